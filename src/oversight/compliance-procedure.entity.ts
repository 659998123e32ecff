import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { NoticePeriod } from "./rules/formal-notice";
import type { ProcedureDecisionKind, ProcedurePhase } from "./rules/procedure-lifecycle";

export type ProcedureOrigin = "AUDIT" | "FINDING";

/**
 * A compliance procedure (CMP-1…CMP-5). `stage` is the last phase an act set, and the due dates of the current round
 * are kept beside it so that lists filter and sort in SQL; the phase itself also moves with the dates (CMP-3, CMP-4).
 */
@Entity("compliance_procedure")
export class ComplianceProcedureEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "int" }) habilitationId: number;
  @Column({ type: "int" }) organismId: number;
  /** The Instance that granted the habilitation (INS-1). */
  @Column({ type: "int" }) instanceId: number;
  @Column({ type: "varchar", length: 20 }) origin: ProcedureOrigin;
  @Column({ type: "int", nullable: true }) auditId: number | null;
  @Column({ type: "text", nullable: true }) finding: string | null;
  @Column({ type: "date" }) openedOn: string;
  @Column({ type: "int" }) openedByUserId: number;
  /** Opened by an audit decision: the date its notice is to be notified by (AUD-3). */
  @Column({ type: "date", nullable: true }) noticeDueOn: string | null;
  @Column({ type: "varchar", length: 30 }) stage: ProcedurePhase;
  @Column({ type: "int", default: 1 }) currentRound: number;
  @Column({ type: "date", nullable: true }) justificationDueOn: string | null;
  /** The current round's withdrawal date (CMP-3). */
  @Column({ type: "date" }) withdrawalOn: string;
  /** The Instance's last day to notify its decision on the justification (CMP-4). */
  @Column({ type: "date", nullable: true }) responseDueOn: string | null;
  @Column({ type: "int", default: 1 }) rowVersion: number;
  @CreateDateColumn({ type: "datetime", precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: "datetime", precision: 3 }) updatedAt: Date;
}

/** One round of a procedure: its formal notice (initial or complementary), the justification and the decision on it. */
@Entity("formal_notice")
export class FormalNoticeEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "int" }) procedureId: number;
  @Column({ type: "int" }) round: number;
  @Column({ type: "varchar", length: 15 }) period: NoticePeriod;
  @Column({ type: "simple-json" }) failings: string[];
  @Column({ type: "boolean" }) suspension: boolean;
  @Column({ type: "date" }) withdrawalOn: string;
  @Column({ type: "date" }) issuedOn: string;
  @Column({ type: "int" }) issuedByUserId: number;
  @Column({ type: "date", nullable: true }) notifiedOn: string | null;
  @Column({ type: "date", nullable: true }) justifiedOn: string | null;
  @Column({ type: "mediumtext", nullable: true }) justificationText: string | null;
  @Column({ type: "int", nullable: true }) justifiedByUserId: number | null;
  @Column({ type: "varchar", length: 25, nullable: true }) decisionKind: ProcedureDecisionKind | null;
  @Column({ type: "date", nullable: true }) decidedOn: string | null;
  @Column({ type: "int", nullable: true }) decidedByUserId: number | null;
  @Column({ type: "text", nullable: true }) decisionReason: string | null;
  @Column({ type: "date", nullable: true }) decisionNotifiedOn: string | null;
}
