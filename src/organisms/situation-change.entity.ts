import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A change of situation reported by an organism. */
@Entity("situation_change")
export class SituationChangeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "varchar", length: 40 })
  kind: string;

  @Column({ type: "date" })
  changedOn: string;

  @Column({ type: "date" })
  reportedOn: string;

  @Column({ type: "date" })
  dueOn: string;

  @Column({ type: "varchar", length: 2000 })
  description: string;
}
