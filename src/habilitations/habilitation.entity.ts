import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A habilitation granted by an Instance, from notification. */
@Entity("habilitation")
export class HabilitationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "int" })
  instanceId: number;

  @Column({ type: "int" })
  applicationId: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  @Column({ type: "varchar", length: 300, nullable: true })
  professionalField: string | null;

  @Column({ type: "date" })
  notifiedOn: string;

  @Column({ type: "date", nullable: true })
  firstUsedOn: string | null;

  @Column({ type: "date", nullable: true })
  withdrawnOn: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  withdrawalReason: string | null;

  @Column({ type: "date", nullable: true })
  renunciationSentOn: string | null;

  @Column({ type: "date", nullable: true })
  renunciationReceivedOn: string | null;

  @Column({ type: "int", default: 1 })
  rowVersion: number;
}

@Entity("habilitation_suspension")
export class HabilitationSuspensionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  habilitationId: number;

  @Column({ type: "date" })
  startsOn: string;

  @Column({ type: "date", nullable: true })
  endsOn: string | null;

  @Column({ type: "varchar", length: 2000 })
  reason: string;
}
