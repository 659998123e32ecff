import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Certif Pro's delegation to a CPNE for one certification. */
@Entity("delegation")
export class DelegationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  instanceId: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  @Column({ type: "date" })
  grantedOn: string;

  @Column({ type: "date", nullable: true })
  revokedOn: string | null;
}
