import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { AuditOpinion, AuditPhase } from "./rules/audit-lifecycle";
import type { AuditMode } from "./rules/audit-order";
import type { Anomaly, RefusalKind } from "./rules/audit-report";
import type { AuditorKind } from "./rules/auditor";

/**
 * An audit of a habilitation (AUD-1…AUD-3). `stage` is the last phase an act set; the phase itself also moves with the
 * dates (the observations period runs out), see `auditPhase`.
 */
@Entity("audit")
export class AuditEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "int" }) habilitationId: number;
  @Column({ type: "int" }) organismId: number;
  /** The Instance that granted the habilitation: it decides what follows (INS-1). */
  @Column({ type: "int" }) grantingInstanceId: number;
  /** The granting Instance, or Certif Pro auditing a CPNE's habilitation (CTX-5). */
  @Column({ type: "int" }) orderingInstanceId: number;
  @Column({ type: "date" }) orderedOn: string;
  @Column({ type: "int" }) orderedByUserId: number;
  @Column({ type: "varchar", length: 20 }) mode: AuditMode;
  @Column({ type: "date" }) scheduledOn: string;
  @Column({ type: "varchar", length: 20 }) auditorKind: AuditorKind;
  @Column({ type: "int", nullable: true }) auditorUserId: number | null;
  @Column({ type: "varchar", length: 200, nullable: true }) auditorName: string | null;
  @Column({ type: "varchar", length: 30 }) stage: AuditPhase;
  @Column({ type: "date", nullable: true }) cancelledOn: string | null;
  @Column({ type: "varchar", length: 2000, nullable: true }) cancellationReason: string | null;
  @Column({ type: "varchar", length: 10, nullable: true }) refusalKind: RefusalKind | null;
  @Column({ type: "date", nullable: true }) refusedOn: string | null;
  /** The withdrawal the granting Instance decided on the refusal (WDR-1). */
  @Column({ type: "int", nullable: true }) refusalWithdrawalId: number | null;
  @Column({ type: "date", nullable: true }) reportPresentedOn: string | null;
  @Column({ type: "varchar", length: 30, nullable: true }) opinion: AuditOpinion | null;
  @Column({ type: "simple-json", nullable: true }) anomalies: Anomaly[] | null;
  @Column({ type: "int", nullable: true }) reportRecordedByUserId: number | null;
  @Column({ type: "date", nullable: true }) observationsDueOn: string | null;
  @Column({ type: "date", nullable: true }) observationsSentOn: string | null;
  @Column({ type: "text", nullable: true }) observationsText: string | null;
  @Column({ type: "varchar", length: 20, nullable: true }) decisionOutcome: "KEEP" | "OPEN_PROCEDURE" | null;
  @Column({ type: "date", nullable: true }) meetingOn: string | null;
  @Column({ type: "date", nullable: true }) decidedOn: string | null;
  @Column({ type: "int", nullable: true }) decidedByUserId: number | null;
  @Column({ type: "text", nullable: true }) decisionReason: string | null;
  @Column({ type: "boolean", nullable: true }) followsOpinion: boolean | null;
  @Column({ type: "date", nullable: true }) notificationDueOn: string | null;
  @Column({ type: "date", nullable: true }) decisionNotifiedOn: string | null;
  @Column({ type: "boolean", nullable: true }) notifiedLate: boolean | null;
  @Column({ type: "int", default: 1 }) rowVersion: number;
  @CreateDateColumn({ type: "datetime", precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: "datetime", precision: 3 }) updatedAt: Date;
}
