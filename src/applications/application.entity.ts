import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { ApplicationState } from "./rules/application-lifecycle";

/** An application for habilitation, filed by one organism (SIREN) to one Instance. */
@Entity("application")
export class ApplicationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "int" })
  instanceId: number;

  @Column({ type: "int" })
  campaignId: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  /** For a CPNE: the professional field the habilitation covers. */
  @Column({ type: "varchar", length: 300, nullable: true })
  professionalField: string | null;

  @Column({ type: "int", nullable: true })
  mandataireId: number | null;

  @Column({ type: "varchar", length: 30 })
  status: ApplicationState;

  @Column({ type: "int", default: 1 })
  rowVersion: number;

  @CreateDateColumn({ type: "datetime", precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime", precision: 3 })
  updatedAt: Date;

  @Column({ type: "date", nullable: true }) filedOn: string | null;
  @Column({ type: "varchar", length: 40, nullable: true }) receiptNumber: string | null;
  @Column({ type: "varchar", length: 2000, nullable: true }) complementRequest: string | null;
  @Column({ type: "date", nullable: true }) complementRequestedOn: string | null;
  @Column({ type: "date", nullable: true }) completedOn: string | null;
  @Column({ type: "int", nullable: true }) meetingId: number | null;
  @Column({ type: "date", nullable: true }) auditionOn: string | null;
  @Column({ type: "date", nullable: true }) convocationOn: string | null;
  @Column({ type: "date", nullable: true }) opinionOn: string | null;
  @Column({ type: "date", nullable: true }) decidedOn: string | null;
  @Column({ type: "int", nullable: true }) durationMonths: number | null;
  @Column({ type: "date", nullable: true }) notifiedOn: string | null;
  @Column({ type: "date", nullable: true }) appealFiledOn: string | null;
  @Column({ type: "varchar", length: 4000, nullable: true }) appealGrounds: string | null;
  @Column({ type: "date", nullable: true }) appealAcknowledgedOn: string | null;
  /** The meeting at which the Instance decides on the appeal. */
  @Column({ type: "int", nullable: true }) appealMeetingId: number | null;
  @Column({ type: "date", nullable: true }) appealDecidedOn: string | null;
  @Column({ type: "date", nullable: true }) appealNotifiedOn: string | null;

  /** The pending step's due date and the deadline rule behind it, kept in step with `status` for list filters. */
  @Column({ type: "date", nullable: true }) nextDueOn: string | null;
  @Column({ type: "varchar", length: 60, nullable: true }) nextDueRule: string | null;
}

@Entity("application_assessment")
export class ApplicationAssessmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  applicationId: number;

  @Column({ type: "varchar", length: 20 })
  stage: "OPINION" | "DECISION";

  @Column({ type: "varchar", length: 40 })
  criterionCode: string;

  @Column({ type: "varchar", length: 500 })
  criterionLabel: string;

  @Column({ type: "boolean" })
  met: boolean;

  @Column({ type: "varchar", length: 2000 })
  reason: string;
}

/** What the candidate changed, for a criterion its last refusal named, before applying again. */
@Entity("application_change")
export class ApplicationChangeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  applicationId: number;

  @Column({ type: "varchar", length: 40 })
  criterionCode: string;

  @Column({ type: "varchar", length: 500 })
  criterionLabel: string;

  @Column({ type: "varchar", length: 2000 })
  description: string;
}
