import { addCalendarDays, assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { OversightActorKind } from "./actors";
import { type AuditOpinion, type AuditPhase, auditNotificationDue, auditTransition, observationsDue, opinionConsequence } from "./audit-lifecycle";
import { accept, checkDateInput, checkText, type Decision, refuse } from "./decision";
import { checkFormalNotice, type FormalNotice, type FormalNoticeDraft } from "./formal-notice";
import { checkInForce, type HabilitationStanding } from "./in-force";

const MAX_WRITTEN = 10000;

export interface ObservationsInput {
  readonly phase: AuditPhase;
  readonly actor: OversightActorKind | null;
  readonly text: string;
  readonly reportPresentedOn: IsoDate | null;
  readonly observationsSentOn: IsoDate | null;
  readonly today: IsoDate;
}

/** AUD-3: "invite l'audité à présenter ses observations écrites dans un délai de 15 jours ouvrés". */
export function sendObservations(input: ObservationsInput): Decision<{ readonly phase: "AWAITING_DECISION"; readonly observationsSentOn: IsoDate }> {
  const step = auditTransition(input.phase, "SEND_OBSERVATIONS", input.actor);
  if (!step.ok) {
    const expired = step.code === "WRONG_STATE" && input.phase === "AWAITING_DECISION" && input.reportPresentedOn && !input.observationsSentOn;
    if (!expired) return step;
    const due = observationsDue(input.reportPresentedOn!);
    return refuse(
      "LATE",
      `Le délai d'observations a expiré le ${due} (15 jours ouvrés à compter de la présentation du rapport le ${input.reportPresentedOn}) : les observations ne peuvent plus être reçues, l'Instance décide au vu du rapport.`,
    );
  }
  const text = checkText(input.text, "Le texte des observations", MAX_WRITTEN);
  return text.ok ? accept({ phase: "AWAITING_DECISION", observationsSentOn: input.today }) : text;
}

export interface AuditDecisionInput {
  readonly phase: AuditPhase;
  readonly actor: OversightActorKind | null;
  /** The Instance's meeting that took the decision. */
  readonly meetingOn: IsoDate;
  readonly reason: string;
  readonly opinion: AuditOpinion;
  readonly reportPresentedOn: IsoDate;
  readonly observationsSentOn: IsoDate | null;
  readonly today: IsoDate;
}

export interface AuditDecision {
  readonly meetingOn: IsoDate;
  readonly reason: string;
  /** AUD-3: notified within 15 working days of the meeting. */
  readonly notificationDue: IsoDate;
  /** AUD-3: the Instance is sovereign; a decision departing from the auditor's opinion is kept as such in the journal. */
  readonly followsOpinion: boolean;
}

/** AUD-3: the decision is taken at a meeting held once the observations are in or their period is over. */
function checkDecisionTiming(input: AuditDecisionInput, action: "DECIDE_KEEP" | "DECIDE_PROCEDURE"): Decision<{ meetingOn: IsoDate; reason: string }> {
  const step = auditTransition(input.phase, action, input.actor);
  if (!step.ok) {
    if (step.code !== "WRONG_STATE" || input.phase !== "OBSERVATIONS_PERIOD") return step;
    const due = observationsDue(input.reportPresentedOn);
    return refuse(
      "TOO_EARLY",
      `Les observations écrites de l'organisme sont attendues jusqu'au ${due} : l'Instance décide une fois les observations reçues ou ce délai expiré, soit à partir du ${addCalendarDays(due, 1)}.`,
    );
  }
  assertIsoDate(input.today, "today");
  const bad = checkDateInput(input.meetingOn, "Date de la réunion de l'Instance");
  if (bad) return bad;
  if (input.meetingOn > input.today) return refuse("INVALID", `La réunion du ${input.meetingOn} n'a pas encore eu lieu : la décision s'enregistre à l'issue de la réunion.`);
  const contradictoryEnd = input.observationsSentOn ?? addCalendarDays(observationsDue(input.reportPresentedOn), 1);
  if (input.meetingOn < contradictoryEnd) {
    const why = input.observationsSentOn
      ? `les observations de l'organisme ont été reçues le ${input.observationsSentOn}`
      : `le délai d'observations courait jusqu'au ${observationsDue(input.reportPresentedOn)}`;
    return refuse("INVALID", `La réunion du ${input.meetingOn} précède la fin de la phase contradictoire (${why}) : l'Instance décide lors d'une réunion tenue depuis.`);
  }
  const reason = checkText(input.reason, "Le motif de la décision");
  return reason.ok ? accept({ meetingOn: input.meetingOn, reason: reason.value }) : reason;
}

/** AUD-3: keep the habilitation for its remaining duration, without a compliance procedure. */
export function decideToKeep(input: AuditDecisionInput): Decision<AuditDecision & { readonly phase: "DECIDED_KEEP" }> {
  const timing = checkDecisionTiming(input, "DECIDE_KEEP");
  if (!timing.ok) return timing;
  const followsOpinion = !opinionConsequence(input.opinion).procedure;
  return accept({ phase: "DECIDED_KEEP", ...timing.value, notificationDue: auditNotificationDue(timing.value.meetingOn), followsOpinion });
}

export interface ProcedureDecisionInput extends AuditDecisionInput {
  readonly habilitation: HabilitationStanding;
  /** A compliance procedure of this habilitation not yet ended, if any. */
  readonly openProcedureId: number | null;
  /** The formal notice the decision issues; its suspension is the Instance's qualification of the failings. */
  readonly notice: FormalNoticeDraft;
}

/**
 * AUD-2, AUD-3: open a compliance procedure. The Instance qualifies the anomalies itself: a suspension says they are
 * serious (blocking), none that they are minor, whatever the auditor concluded.
 */
export function decideToOpenProcedure(input: ProcedureDecisionInput): Decision<AuditDecision & { readonly phase: "DECIDED_PROCEDURE"; readonly notice: FormalNotice }> {
  const timing = checkDecisionTiming(input, "DECIDE_PROCEDURE");
  if (!timing.ok) return timing;
  const inForce = checkInForce(input.habilitation);
  if (!inForce.ok) return inForce;
  if (input.openProcedureId !== null) {
    return refuse("ALREADY_OPEN", `Une procédure de mise en conformité de cette habilitation est déjà en cours (n° ${input.openProcedureId}) : traitez ces anomalies dans cette procédure, ou décidez le maintien.`);
  }
  const notice = checkFormalNotice(input.notice, "INITIAL", input.today);
  if (!notice.ok) return notice;
  const expected = opinionConsequence(input.opinion);
  return accept({
    phase: "DECIDED_PROCEDURE",
    ...timing.value,
    notificationDue: auditNotificationDue(timing.value.meetingOn),
    followsOpinion: expected.procedure && expected.suspension === notice.value.suspension,
    notice: notice.value,
  });
}

export interface AuditNotificationInput {
  readonly phase: AuditPhase;
  readonly actor: OversightActorKind | null;
  readonly meetingOn: IsoDate;
  readonly today: IsoDate;
}

export interface AuditNotification {
  readonly phase: "KEPT" | "PROCEDURE_OPENED";
  readonly notifiedOn: IsoDate;
  readonly due: IsoDate;
  /** Past the 15 working days: still notified (the convention attaches no effect to the delay), and said so. */
  readonly late: boolean;
}

/** AUD-3: "notifiée dans un délai de 15 jours ouvrés à compter de la date de la réunion de l'Instance décisionnaire". */
export function notifyAuditDecision(input: AuditNotificationInput): Decision<AuditNotification> {
  const step = auditTransition(input.phase, "NOTIFY_DECISION", input.actor);
  if (!step.ok) return step;
  assertIsoDate(input.today, "today");
  const due = auditNotificationDue(input.meetingOn);
  return accept({ phase: step.value.to as AuditNotification["phase"], notifiedOn: input.today, due, late: input.today > due });
}
