import type { Actor } from "../common/auth/actor";
import type { AuditEntity } from "./audit.entity";
import type { ComplianceProcedureEntity, FormalNoticeEntity } from "./compliance-procedure.entity";
import type { HabilitationWithdrawalEntity } from "./habilitation-withdrawal.entity";
import type { CallerFacts, FileParties } from "./rules/actors";
import type { AuditFacts } from "./rules/audit-lifecycle";
import type { ComplianceRound, ProcedureFacts } from "./rules/procedure-lifecycle";
import type { WithdrawalFacts } from "./rules/withdrawal";

/** Rows to the facts the rules take: one function each, no I/O. */

export type NoticeFields = Pick<
  FormalNoticeEntity,
  "round" | "period" | "failings" | "suspension" | "withdrawalOn" | "issuedOn" | "notifiedOn" | "justifiedOn" | "decisionKind" | "decidedOn" | "decisionNotifiedOn"
>;

export function roundOf(notice: NoticeFields): ComplianceRound {
  return {
    notice: { failings: notice.failings, suspension: notice.suspension, withdrawalOn: notice.withdrawalOn, period: notice.period },
    issuedOn: notice.issuedOn,
    notifiedOn: notice.notifiedOn,
    justifiedOn: notice.justifiedOn,
    decision: notice.decisionKind ? { kind: notice.decisionKind, decidedOn: notice.decidedOn!, notifiedOn: notice.decisionNotifiedOn } : null,
  };
}

/** The rounds in their order: the initial period first. */
export function procedureFacts(notices: readonly NoticeFields[]): ProcedureFacts {
  return { rounds: [...notices].sort((a, b) => a.round - b.round).map(roundOf) };
}

export function auditFacts(audit: AuditEntity): AuditFacts {
  return {
    orderedOn: audit.orderedOn,
    scheduledOn: audit.scheduledOn,
    cancelledOn: audit.cancelledOn,
    refusedOn: audit.refusedOn,
    reportPresentedOn: audit.reportPresentedOn,
    opinion: audit.opinion,
    observationsSentOn: audit.observationsSentOn,
    decision: audit.decisionOutcome ? { outcome: audit.decisionOutcome, meetingOn: audit.meetingOn! } : null,
    decisionNotifiedOn: audit.decisionNotifiedOn,
    refusalWithdrawalDecided: audit.refusalWithdrawalId !== null,
  };
}

export type WithdrawalFields = Pick<HabilitationWithdrawalEntity, "withdrawalCase" | "decidedOn" | "notifiedOn" | "refusedOn">;

export function withdrawalFacts(withdrawal: WithdrawalFields): WithdrawalFacts {
  return { case: withdrawal.withdrawalCase, decidedOn: withdrawal.decidedOn, notifiedOn: withdrawal.notifiedOn, refusedOn: withdrawal.refusedOn };
}

export function auditParties(audit: AuditEntity): FileParties {
  return { grantingInstanceId: audit.grantingInstanceId, orderingInstanceId: audit.orderingInstanceId, auditorUserId: audit.auditorUserId };
}

/** Procedures and withdrawals are the granting Instance's alone. */
export function grantingParties(file: Pick<ComplianceProcedureEntity, "instanceId">): FileParties {
  return { grantingInstanceId: file.instanceId };
}

export function callerFacts(actor: Actor | null, actsForOrganism: boolean): CallerFacts | null {
  if (!actor) return null;
  return { userId: actor.userId, role: actor.role, instanceId: actor.instanceId, instanceKind: actor.instanceKind, actsForOrganism };
}
