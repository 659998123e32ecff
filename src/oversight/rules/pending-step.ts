import type { DeadlineId } from "../../common/calendar/deadlines";
import { addCalendarDays, assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { type AuditFacts, auditNotificationDue, auditPhase, observationsDue } from "./audit-lifecycle";
import { justificationDue } from "./formal-notice";
import { type ProcedureFacts, procedurePhaseAt, responseDue } from "./procedure-lifecycle";
import { type WithdrawalFacts, withdrawalPhase } from "./withdrawal";

/** Who the file waits for; NOBODY when the next thing happens by itself on its date. */
export type WaitingFor = "ORGANISM" | "AUDITOR" | "AGENT" | "DECIDER" | "NOBODY";

export type OversightStepRule =
  | DeadlineId
  | "AUD_REPORT"
  | "AUD_DECISION"
  | "AUD_REFUSAL_DECISION"
  | "CMP_NOTICE_NOTIFICATION"
  | "CMP_WITHDRAWAL_ON_NOTICE_DATE"
  | "WDR_NOTIFICATION";

/**
 * The same shape as an application's pending step (rule, label, dueOn, overdue), plus who it waits for and what happens
 * by itself if nobody acts. dueOn is null where the convention sets no date (the report, a decision at a meeting).
 */
export interface OversightStep {
  readonly rule: OversightStepRule;
  readonly label: string;
  readonly dueOn: IsoDate | null;
  readonly overdue: boolean;
  readonly waitingFor: WaitingFor;
  readonly automatic: { readonly on: IsoDate; readonly outcome: "WITHDRAWAL" | "DEEMED_SUFFICIENT"; readonly label: string } | null;
}

function step(today: IsoDate, fields: Omit<OversightStep, "overdue" | "automatic"> & Partial<Pick<OversightStep, "automatic">>): OversightStep {
  const overdue = fields.dueOn !== null && fields.waitingFor !== "NOBODY" && today > fields.dueOn;
  return { automatic: null, ...fields, overdue };
}

/** AUD-1…AUD-3, WDR-1: what an audit waits for. */
export function auditPendingStep(facts: AuditFacts, today: IsoDate): OversightStep | null {
  assertIsoDate(today, "today");
  switch (auditPhase(facts, today)) {
    case "ORDERED":
      return step(today, { rule: "AUD_REPORT", label: `Rapport de l'audit prévu le ${facts.scheduledOn} (AUD-2)`, dueOn: null, waitingFor: "AUDITOR" });
    case "REFUSED":
      return facts.refusalWithdrawalDecided
        ? null
        : step(today, {
            rule: "AUD_REFUSAL_DECISION",
            label: `Décision de l'Instance sur le refus d'audit : retrait à compter du ${facts.refusedOn}, ou annulation de l'audit (WDR-1)`,
            dueOn: null,
            waitingFor: "DECIDER",
          });
    case "OBSERVATIONS_PERIOD":
      return step(today, {
        rule: "AUD_OBSERVATIONS",
        label: "Observations écrites de l'organisme sur le rapport d'audit (AUD-3)",
        dueOn: observationsDue(facts.reportPresentedOn!),
        waitingFor: "ORGANISM",
      });
    case "AWAITING_DECISION":
      return step(today, { rule: "AUD_DECISION", label: "Décision de l'Instance en réunion : maintien de l'habilitation ou procédure de mise en conformité (AUD-3)", dueOn: null, waitingFor: "DECIDER" });
    case "DECIDED_KEEP":
    case "DECIDED_PROCEDURE":
      return step(today, { rule: "AUD_NOTIFICATION", label: "Notification de la décision prise après l'audit (AUD-3)", dueOn: auditNotificationDue(facts.decision!.meetingOn), waitingFor: "AGENT" });
    default:
      return null;
  }
}

/**
 * CMP-1…CMP-4: what a procedure waits for, and what happens by itself: the withdrawal on the notice's date (CMP-3), the
 * measures deemed sufficient the day after the Instance's 30 working days (CMP-4). `noticeDueOn`: the date by which an
 * audit decision opening the procedure, and so its notice, is to be notified (AUD-3); none outside an audit.
 */
export function procedurePendingStep(facts: ProcedureFacts, today: IsoDate, noticeDueOn: IsoDate | null = null): OversightStep | null {
  const { phase, roundIndex } = procedurePhaseAt(facts, today);
  const round = facts.rounds[roundIndex];
  const withdrawal = (on: IsoDate) => ({ on, outcome: "WITHDRAWAL" as const, label: `À défaut de justification dans le délai, l'habilitation est retirée le ${on} (CMP-3)` });
  const sufficient = (due: IsoDate) => {
    const on = addCalendarDays(due, 1);
    return { on, outcome: "DEEMED_SUFFICIENT" as const, label: `À défaut de décision notifiée au plus tard le ${due}, les mesures correctives sont réputées suffisantes le ${on} (CMP-4)` };
  };
  switch (phase) {
    case "NOTICE_ISSUED":
      return step(today, { rule: "CMP_NOTICE_NOTIFICATION", label: "Notification de la mise en demeure (CMP-1)", dueOn: noticeDueOn, waitingFor: "AGENT" });
    case "AWAITING_JUSTIFICATION":
      return step(today, {
        rule: "CMP_JUSTIFICATION",
        label: "Justification écrite et détaillée des mesures correctives (CMP-2)",
        dueOn: justificationDue(round.notifiedOn!),
        waitingFor: "ORGANISM",
        automatic: withdrawal(round.notice.withdrawalOn),
      });
    case "WITHDRAWAL_SCHEDULED":
      return step(today, {
        rule: "CMP_WITHDRAWAL_ON_NOTICE_DATE",
        label: "Retrait de l'habilitation à la date fixée par la mise en demeure (CMP-3)",
        dueOn: round.notice.withdrawalOn,
        waitingFor: "NOBODY",
        automatic: withdrawal(round.notice.withdrawalOn),
      });
    case "JUSTIFIED": {
      const due = responseDue(round.justifiedOn!);
      return step(today, {
        rule: "CMP_INSTANCE_RESPONSE",
        label: "Décision de l'Instance sur la justification : retrait ou période complémentaire, notifiée dans les 30 jours ouvrés (CMP-4)",
        dueOn: due,
        waitingFor: "DECIDER",
        automatic: sufficient(due),
      });
    }
    case "WITHDRAWAL_DECIDED":
    case "COMPLEMENTARY_PERIOD_DECIDED": {
      const due = responseDue(round.justifiedOn!);
      return step(today, { rule: "CMP_INSTANCE_RESPONSE", label: "Notification de la décision prise sur la justification (CMP-4)", dueOn: due, waitingFor: "AGENT", automatic: sufficient(due) });
    }
    default:
      return null;
  }
}

/** WDR-1: a decided withdrawal waits for its notification, from which it binds. */
export function withdrawalPendingStep(facts: WithdrawalFacts, today: IsoDate): OversightStep | null {
  assertIsoDate(today, "today");
  if (withdrawalPhase(facts) === "NOTIFIED") return null;
  const effect = facts.case === "AUDIT_REFUSAL" ? `avec effet à compter du ${facts.refusedOn}` : "qui prend effet le jour de sa notification";
  return step(today, { rule: "WDR_NOTIFICATION", label: `Notification de la décision de retrait, ${effect} (WDR-1)`, dueOn: null, waitingFor: "AGENT" });
}
