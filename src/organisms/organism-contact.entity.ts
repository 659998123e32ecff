import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity("organism_contact")
export class OrganismContactEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "varchar", length: 200 })
  fullName: string;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 30, nullable: true })
  phone: string | null;

  @Column({ type: "varchar", length: 100, nullable: true })
  functionTitle: string | null;

  /** The day the change happened; null: the day it was reported. */
  @Column({ type: "date", nullable: true })
  changedOn: string | null;

  @Column({ type: "date" })
  updatedOn: string;
}
