import { isInstanceMember } from "../instances/rules/roles";
import type { RequestContext } from "../common/context";
import { instanceLoaders } from "../instances/instance.loaders";
import type { AuditEntity } from "./audit.entity";
import type { AuditView } from "./audit.types";
import type { ComplianceProcedureEntity } from "./compliance-procedure.entity";
import type { HabilitationWithdrawalEntity } from "./habilitation-withdrawal.entity";
import { auditFacts, auditParties, grantingParties, withdrawalFacts } from "./oversight.facts";
import { oversightLoaders } from "./oversight.loaders";
import type { OversightReader } from "./oversight-reader";
import type { ProcedureView } from "./procedure.types";
import { oversightActorKind } from "./rules/actors";
import { AUDIT_MACHINE, AUDIT_OPINION_LABELS, allowedAuditActionsFor, auditPhase } from "./rules/audit-lifecycle";
import { AUDIT_MODE_LABELS } from "./rules/audit-order";
import { AUDITOR_KIND_LABELS } from "./rules/auditor";
import { justificationDue, NOTICE_PERIOD_LABELS } from "./rules/formal-notice";
import { checkNoticeSentAlone } from "./rules/notice-actions";
import { auditPendingStep, type OversightStep, procedurePendingStep, withdrawalPendingStep } from "./rules/pending-step";
import { allowedProcedureActions, PROCEDURE_MACHINE, procedurePhaseAt, responseDue } from "./rules/procedure-lifecycle";
import { procedureOutcome, procedureSuspensions } from "./rules/procedure-outcome";
import { relapseWindowEnd } from "./rules/relapse";
import { allowedWithdrawalActions, EDOF_ALERT_SOURCE_LABELS, WITHDRAWAL_CASE_LABELS, withdrawalPhase } from "./rules/withdrawal";
import type { WithdrawalView } from "./withdrawal.types";

/** A file as its readers see it today: its phase, its pending step, and what this caller may do next. */

const stepOf = (step: OversightStep | null) => (step ? { ...step, automatic: step.automatic ? { ...step.automatic } : null } : null);

export async function auditView(ctx: RequestContext, audit: AuditEntity, reader: OversightReader): Promise<AuditView> {
  const today = ctx.clock.today();
  const facts = auditFacts(audit);
  const phase = auditPhase(facts, today);
  const [granting, ordering, caller, auditorUser] = await Promise.all([
    reader.instance(ctx, audit.grantingInstanceId),
    reader.instance(ctx, audit.orderingInstanceId),
    reader.caller(ctx, audit.organismId),
    audit.auditorUserId ? instanceLoaders(ctx).userById.load(audit.auditorUserId) : undefined,
  ]);
  return {
    id: audit.id,
    habilitationId: audit.habilitationId,
    organismId: audit.organismId,
    refusalWithdrawalId: audit.refusalWithdrawalId,
    grantingInstanceCode: granting.code,
    orderingInstanceCode: ordering.code,
    mode: audit.mode,
    modeLabel: AUDIT_MODE_LABELS[audit.mode],
    orderedOn: audit.orderedOn,
    scheduledOn: audit.scheduledOn,
    auditor: {
      kind: audit.auditorKind,
      kindLabel: AUDITOR_KIND_LABELS[audit.auditorKind],
      name: auditorUser?.displayName ?? audit.auditorName ?? "",
      // The auditor's address is the Instances' working data; the audited organism gets the auditor's name.
      userEmail: isInstanceMember(ctx.actor) ? (auditorUser?.email ?? null) : null,
    },
    phase,
    phaseLabel: AUDIT_MACHINE.stateLabels[phase],
    refusal: audit.refusedOn ? { kind: audit.refusalKind!, on: audit.refusedOn } : null,
    report: audit.reportPresentedOn
      ? {
          opinion: audit.opinion!,
          opinionLabel: AUDIT_OPINION_LABELS[audit.opinion!],
          anomalies: (audit.anomalies ?? []).map((anomaly, index) => ({ position: index + 1, ...anomaly })),
          presentedOn: audit.reportPresentedOn,
          observationsDue: audit.observationsDueOn!,
        }
      : null,
    observations: audit.observationsSentOn ? { sentOn: audit.observationsSentOn, text: audit.observationsText ?? "" } : null,
    decision: audit.decisionOutcome
      ? {
          outcome: audit.decisionOutcome,
          meetingOn: audit.meetingOn!,
          decidedOn: audit.decidedOn!,
          reason: audit.decisionReason ?? "",
          followsOpinion: audit.followsOpinion ?? true,
          notificationDue: audit.notificationDueOn!,
          notifiedOn: audit.decisionNotifiedOn,
          late: audit.notifiedLate,
        }
      : null,
    cancelledOn: audit.cancelledOn,
    cancellationReason: audit.cancellationReason,
    pendingStep: stepOf(auditPendingStep(facts, today)),
    allowedActions: allowedAuditActionsFor(caller, auditParties(audit), phase),
    updatedAt: audit.updatedAt,
  };
}

export async function procedureView(ctx: RequestContext, procedure: ComplianceProcedureEntity, reader: OversightReader): Promise<ProcedureView> {
  const today = ctx.clock.today();
  const [facts, notices, instance, caller] = await Promise.all([
    reader.procedureFacts(ctx, procedure),
    oversightLoaders(ctx).noticesByProcedure.load(procedure.id),
    reader.instance(ctx, procedure.instanceId),
    reader.caller(ctx, procedure.organismId),
  ]);
  const { phase } = procedurePhaseAt(facts, today);
  const outcome = procedureOutcome(facts, today);
  const suspensions = procedureSuspensions(facts, today);
  const actor = oversightActorKind(caller, grantingParties(procedure), "GRANTING");
  const sentAlone = checkNoticeSentAlone(procedure.origin).ok;
  return {
    id: procedure.id,
    habilitationId: procedure.habilitationId,
    organismId: procedure.organismId,
    auditId: procedure.auditId,
    instanceCode: instance.code,
    origin: procedure.origin,
    finding: procedure.finding,
    openedOn: procedure.openedOn,
    phase,
    phaseLabel: PROCEDURE_MACHINE.stateLabels[phase],
    rounds: [...notices]
      .sort((a, b) => a.round - b.round)
      .map((notice) => ({
        round: notice.round,
        period: notice.period,
        periodLabel: NOTICE_PERIOD_LABELS[notice.period],
        failings: notice.failings,
        suspension: notice.suspension,
        withdrawalOn: notice.withdrawalOn,
        issuedOn: notice.issuedOn,
        notifiedOn: notice.notifiedOn,
        justificationDue: notice.notifiedOn ? justificationDue(notice.notifiedOn) : null,
        justifiedOn: notice.justifiedOn,
        justification: notice.justificationText,
        responseDue: notice.justifiedOn ? responseDue(notice.justifiedOn) : null,
        decision: notice.decisionKind
          ? { kind: notice.decisionKind, decidedOn: notice.decidedOn!, reason: notice.decisionReason ?? "", notifiedOn: notice.decisionNotifiedOn }
          : null,
      })),
    suspensions: suspensions.map((period) => ({ startsOn: period.from, endsOn: period.to })),
    suspendedToday: suspensions.some((period) => period.from <= today && (period.to === null || today <= period.to)),
    endsOn: outcome.endsOn,
    habilitationKept: outcome.habilitationKept,
    relapseWindowEnd: outcome.habilitationKept && outcome.endsOn ? relapseWindowEnd(outcome.endsOn) : null,
    withdrawalCase: outcome.withdrawal?.case ?? null,
    withdrawalEffectiveOn: outcome.withdrawal?.effectiveOn ?? null,
    pendingStep: stepOf(procedurePendingStep(facts, today, procedure.noticeDueOn)),
    allowedActions: allowedProcedureActions(phase, actor).filter((action) => action !== "NOTIFY_NOTICE" || sentAlone),
    updatedAt: procedure.updatedAt,
  };
}

export async function withdrawalView(ctx: RequestContext, withdrawal: HabilitationWithdrawalEntity, reader: OversightReader): Promise<WithdrawalView> {
  const facts = withdrawalFacts(withdrawal);
  const phase = withdrawalPhase(facts);
  const [instance, caller] = await Promise.all([reader.instance(ctx, withdrawal.instanceId), reader.caller(ctx, withdrawal.organismId)]);
  return {
    id: withdrawal.id,
    habilitationId: withdrawal.habilitationId,
    organismId: withdrawal.organismId,
    auditId: withdrawal.auditId,
    relapseProcedureId: withdrawal.relapseProcedureId,
    instanceCode: instance.code,
    case: withdrawal.withdrawalCase,
    caseLabel: WITHDRAWAL_CASE_LABELS[withdrawal.withdrawalCase],
    phase,
    decidedOn: withdrawal.decidedOn,
    reason: withdrawal.reason,
    notifiedOn: withdrawal.notifiedOn,
    effectiveOn: withdrawal.effectiveOn,
    refusedOn: withdrawal.refusedOn,
    findingOn: withdrawal.findingOn,
    finding: withdrawal.finding,
    edofAlert: withdrawal.edofSource
      ? {
          source: withdrawal.edofSource,
          sourceLabel: EDOF_ALERT_SOURCE_LABELS[withdrawal.edofSource],
          reference: withdrawal.edofReference ?? "",
          level: withdrawal.edofLevel ?? "",
          receivedOn: withdrawal.edofReceivedOn!,
        }
      : null,
    pendingStep: stepOf(withdrawalPendingStep(facts, ctx.clock.today())),
    allowedActions: allowedWithdrawalActions(phase, oversightActorKind(caller, grantingParties(withdrawal), "GRANTING")),
    updatedAt: withdrawal.updatedAt,
  };
}
