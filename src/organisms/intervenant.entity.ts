import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An evaluator and/or trainer of an organism. */
@Entity("intervenant")
export class IntervenantEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "varchar", length: 200 })
  fullName: string;

  @Column({ type: "boolean" })
  evaluator: boolean;

  @Column({ type: "boolean" })
  trainer: boolean;

  @Column({ type: "varchar", length: 2000 })
  qualifications: string;

  @Column({ type: "boolean", default: false })
  remoteReady: boolean;
}
