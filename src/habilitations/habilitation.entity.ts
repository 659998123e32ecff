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

  /** The CPNE's contextualised referential it was granted under; null under the base referential. */
  @Column({ type: "int", nullable: true })
  contextualisationId: number | null;

  @Column({ type: "date" })
  notifiedOn: string;

  /** The first day when it follows a previous habilitation (the day after that one ends); null: the notification. */
  @Column({ type: "date", nullable: true })
  startsOn: string | null;

  @Column({ type: "date", nullable: true })
  firstUsedOn: string | null;

  /** HAB-6: the number of the first certificate decided under it, the evidence of its use. */
  @Column({ type: "varchar", length: 20, nullable: true })
  firstUseCertificate: string | null;

  @Column({ type: "date", nullable: true })
  renunciationSentOn: string | null;

  @Column({ type: "date", nullable: true })
  renunciationReceivedOn: string | null;

  @Column({ type: "int", default: 1 })
  rowVersion: number;
}
