import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { OversightActorKind } from "./actors";
import { accept, checkText, type Decision, type Refusal, refuse } from "./decision";
import { checkFormalNotice, type FormalNotice, type FormalNoticeDraft, justificationDue } from "./formal-notice";
import { withdrawalDateStillValid } from "./notice-actions";
import { type ProcedureAction, type ProcedurePhase, procedureTransition, responseDue } from "./procedure-lifecycle";

const MAX_WRITTEN = 20000;

export interface JustificationInput {
  readonly phase: ProcedurePhase;
  readonly actor: OversightActorKind | null;
  readonly text: string;
  /** The current round's notice notification and stated withdrawal date. */
  readonly noticeNotifiedOn: IsoDate | null;
  readonly withdrawalOn: IsoDate;
  readonly today: IsoDate;
}

/**
 * CMP-2: "un délai de 30 jours ouvrés pour justifier, par écrit et de manière détaillée des mesures correctives";
 * CMP-3: after it, nothing more is received and the withdrawal takes effect on the notice's date.
 */
export function sendJustification(input: JustificationInput): Decision<{ readonly phase: "JUSTIFIED"; readonly justifiedOn: IsoDate; readonly responseDue: IsoDate }> {
  const step = procedureTransition(input.phase, "SEND_JUSTIFICATION", input.actor);
  if (!step.ok) {
    const lapsed = step.code === "WRONG_STATE" && (input.phase === "WITHDRAWAL_SCHEDULED" || input.phase === "WITHDRAWN_ON_NOTICE_DATE");
    if (!lapsed || !input.noticeNotifiedOn) return step;
    return refuse(
      "LATE",
      `Le délai de justification a expiré le ${justificationDue(input.noticeNotifiedOn)} (30 jours ouvrés à compter de la notification de la mise en demeure le ${input.noticeNotifiedOn}) : la justification ne peut plus être reçue, et l'habilitation est retirée à compter du ${input.withdrawalOn}, date fixée par la mise en demeure (CMP-3).`,
    );
  }
  assertIsoDate(input.today, "today");
  const text = checkText(input.text, "La justification écrite et détaillée des mesures correctives", MAX_WRITTEN);
  return text.ok ? accept({ phase: "JUSTIFIED", justifiedOn: input.today, responseDue: responseDue(input.today) }) : text;
}

export interface JustificationDecisionInput {
  readonly phase: ProcedurePhase;
  readonly actor: OversightActorKind | null;
  readonly reason: string;
  /** The justification the decision answers (the round the phase is about). */
  readonly justifiedOn: IsoDate | null;
  readonly today: IsoDate;
}

export interface JustificationDecision {
  readonly decidedOn: IsoDate;
  readonly reason: string;
  /** CMP-4: notified by then, or the measures are deemed sufficient. */
  readonly notifyBy: IsoDate;
}

/** CMP-4: "En l'absence de notification d'une décision ... dans le délai imparti, les mesures correctives sont réputées suffisantes". */
function deemedSufficient(justifiedOn: IsoDate): string {
  return `Le délai de 30 jours ouvrés laissé à l'Instance après la justification reçue le ${justifiedOn} a expiré le ${responseDue(justifiedOn)} : les mesures correctives sont réputées suffisantes et l'habilitation est maintenue (CMP-4).`;
}

function lateOrRefused(step: Refusal, phase: ProcedurePhase, justifiedOn: IsoDate | null, then: string) {
  return step.code === "WRONG_STATE" && phase === "DEEMED_SUFFICIENT" && justifiedOn ? refuse("LATE", `${deemedSufficient(justifiedOn)} ${then}`) : step;
}

function checkJustificationDecision(input: JustificationDecisionInput, action: ProcedureAction): Decision<JustificationDecision> {
  const step = procedureTransition(input.phase, action, input.actor);
  if (!step.ok) return lateOrRefused(step, input.phase, input.justifiedOn, "Aucune décision ne peut plus être prise dans cette procédure.");
  assertIsoDate(input.today, "today");
  const reason = checkText(input.reason, "Le motif de la décision", MAX_WRITTEN);
  if (!reason.ok) return reason;
  return accept({ decidedOn: input.today, reason: reason.value, notifyBy: responseDue(input.justifiedOn!) });
}

/** CMP-4: a reasoned withdrawal, effective on the day of its notification (WDR-1). */
export function decideWithdrawal(input: JustificationDecisionInput): Decision<JustificationDecision & { readonly phase: "WITHDRAWAL_DECIDED" }> {
  const decision = checkJustificationDecision(input, "DECIDE_WITHDRAWAL");
  return decision.ok ? accept({ phase: "WITHDRAWAL_DECIDED", ...decision.value }) : decision;
}

/** CMP-4: "l'ouverture d'une période complémentaire de mise en conformité se déroulant dans les mêmes conditions": a new notice. */
export function decideComplementaryPeriod(
  input: JustificationDecisionInput & { readonly notice: FormalNoticeDraft },
): Decision<JustificationDecision & { readonly phase: "COMPLEMENTARY_PERIOD_DECIDED"; readonly notice: FormalNotice }> {
  const decision = checkJustificationDecision(input, "DECIDE_COMPLEMENTARY_PERIOD");
  if (!decision.ok) return decision;
  const notice = checkFormalNotice(input.notice, "COMPLEMENTARY", input.today);
  return notice.ok ? accept({ phase: "COMPLEMENTARY_PERIOD_DECIDED", ...decision.value, notice: notice.value }) : notice;
}

export interface DecisionNotificationInput {
  readonly phase: ProcedurePhase;
  readonly actor: OversightActorKind | null;
  readonly justifiedOn: IsoDate | null;
  /** The notice a complementary period decision carries. */
  readonly nextNotice: FormalNotice | null;
  readonly today: IsoDate;
}

export interface DecisionNotification {
  readonly phase: "WITHDRAWN" | "AWAITING_JUSTIFICATION";
  readonly notifiedOn: IsoDate;
  /** WDR-1: a withdrawal after a procedure takes effect on the day of the notification. */
  readonly withdrawalEffectiveOn: IsoDate | null;
  readonly endedOn: IsoDate | null;
  /** A complementary period: the new 30 working days. */
  readonly justificationDue: IsoDate | null;
}

/** CMP-4: notified within 30 working days of the justification's receipt; afterwards the measures are deemed sufficient. */
export function notifyProcedureDecision(input: DecisionNotificationInput): Decision<DecisionNotification> {
  const step = procedureTransition(input.phase, "NOTIFY_DECISION", input.actor);
  if (!step.ok) return lateOrRefused(step, input.phase, input.justifiedOn, "La décision ne peut plus être notifiée.");
  assertIsoDate(input.today, "today");
  const to = step.value.to as DecisionNotification["phase"];
  if (to === "AWAITING_JUSTIFICATION") {
    if (!input.nextNotice) throw new RangeError("A complementary period decision carries its formal notice");
    const date = withdrawalDateStillValid(input.nextNotice, input.today);
    if (!date.ok) return date;
    return accept({ phase: to, notifiedOn: input.today, withdrawalEffectiveOn: null, endedOn: null, justificationDue: justificationDue(input.today) });
  }
  return accept({
    phase: to,
    notifiedOn: input.today,
    withdrawalEffectiveOn: to === "WITHDRAWN" ? input.today : null,
    endedOn: input.today,
    justificationDue: null,
  });
}

