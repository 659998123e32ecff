import { computeDeadline } from "../../common/calendar/deadlines";
import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { OversightActorKind } from "./actors";
import { type FormalNotice, justificationDue } from "./formal-notice";
import { allowedActionsIn, type Machine, transitionIn } from "./machine";

/** CMP-1…CMP-4: the life of a compliance procedure, as computed from its dated facts and today. */
export const PROCEDURE_PHASES = [
  "NOTICE_ISSUED",
  "AWAITING_JUSTIFICATION",
  "WITHDRAWAL_SCHEDULED",
  "JUSTIFIED",
  "WITHDRAWAL_DECIDED",
  "COMPLEMENTARY_PERIOD_DECIDED",
  "WITHDRAWN",
  "WITHDRAWN_ON_NOTICE_DATE",
  "DEEMED_SUFFICIENT",
] as const;
export type ProcedurePhase = (typeof PROCEDURE_PHASES)[number];

/** Opening the procedure (the first formal notice) is an action on the habilitation, not on a procedure. */
export const PROCEDURE_ACTIONS = [
  "REVISE_NOTICE",
  "NOTIFY_NOTICE",
  "SEND_JUSTIFICATION",
  "DECIDE_WITHDRAWAL",
  "DECIDE_COMPLEMENTARY_PERIOD",
  "NOTIFY_DECISION",
] as const;
export type ProcedureAction = (typeof PROCEDURE_ACTIONS)[number];

export const DECISION_KINDS = ["WITHDRAWAL", "COMPLEMENTARY_PERIOD"] as const;
export type ProcedureDecisionKind = (typeof DECISION_KINDS)[number];

const DECIDER_ONLY: readonly OversightActorKind[] = ["DECIDER"];
const SECRETARIAT: readonly OversightActorKind[] = ["AGENT", "DECIDER"];
const DECISION_REASON =
  "Seule l'Instance qui a délivré l'habilitation décide dans la procédure de mise en conformité, par son décideur : le service compétent et les prestataires la conduisent, mais ne décident jamais (INS-1, INS-2).";

export const PROCEDURE_MACHINE: Machine<ProcedurePhase, ProcedureAction> = {
  subject: "la procédure",
  states: PROCEDURE_PHASES,
  actions: PROCEDURE_ACTIONS,
  transitions: [
    // A notice is corrected before it is notified, e.g. when its withdrawal date no longer leaves the 30 working days.
    { from: "NOTICE_ISSUED", action: "REVISE_NOTICE", to: "NOTICE_ISSUED" },
    { from: "COMPLEMENTARY_PERIOD_DECIDED", action: "REVISE_NOTICE", to: "COMPLEMENTARY_PERIOD_DECIDED" },
    // CMP-2: the 30 working days run from the notice's notification.
    { from: "NOTICE_ISSUED", action: "NOTIFY_NOTICE", to: "AWAITING_JUSTIFICATION" },
    { from: "AWAITING_JUSTIFICATION", action: "SEND_JUSTIFICATION", to: "JUSTIFIED" },
    // CMP-4: a reasoned withdrawal or a complementary period; silence means the measures suffice.
    { from: "JUSTIFIED", action: "DECIDE_WITHDRAWAL", to: "WITHDRAWAL_DECIDED" },
    { from: "JUSTIFIED", action: "DECIDE_COMPLEMENTARY_PERIOD", to: "COMPLEMENTARY_PERIOD_DECIDED" },
    { from: "WITHDRAWAL_DECIDED", action: "NOTIFY_DECISION", to: "WITHDRAWN" },
    { from: "COMPLEMENTARY_PERIOD_DECIDED", action: "NOTIFY_DECISION", to: "AWAITING_JUSTIFICATION" },
  ],
  actors: {
    REVISE_NOTICE: DECIDER_ONLY,
    NOTIFY_NOTICE: SECRETARIAT,
    SEND_JUSTIFICATION: ["ORGANISM"],
    DECIDE_WITHDRAWAL: DECIDER_ONLY,
    DECIDE_COMPLEMENTARY_PERIOD: DECIDER_ONLY,
    NOTIFY_DECISION: SECRETARIAT,
  },
  stateLabels: {
    NOTICE_ISSUED: "ouverte, sa mise en demeure restant à notifier",
    AWAITING_JUSTIFICATION: "en attente de la justification écrite des mesures correctives",
    WITHDRAWAL_SCHEDULED: "sans justification dans le délai : l'habilitation sera retirée à la date fixée par la mise en demeure",
    JUSTIFIED: "en attente de la décision de l'Instance sur la justification reçue",
    WITHDRAWAL_DECIDED: "conclue par une décision de retrait, à notifier",
    COMPLEMENTARY_PERIOD_DECIDED: "prolongée d'une période complémentaire, à notifier",
    WITHDRAWN: "close (habilitation retirée)",
    WITHDRAWN_ON_NOTICE_DATE: "close (habilitation retirée à la date fixée par la mise en demeure)",
    DEEMED_SUFFICIENT: "close (mesures correctives réputées suffisantes, habilitation maintenue)",
  },
  actionLabels: {
    REVISE_NOTICE: "modifier la mise en demeure",
    NOTIFY_NOTICE: "notifier la mise en demeure",
    SEND_JUSTIFICATION: "justifier par écrit les mesures correctives",
    DECIDE_WITHDRAWAL: "décider le retrait de l'habilitation",
    DECIDE_COMPLEMENTARY_PERIOD: "ouvrir une période complémentaire de mise en conformité",
    NOTIFY_DECISION: "notifier la décision prise sur la justification",
  },
  permissionReasons: {
    REVISE_NOTICE: "Seule l'Instance qui a délivré l'habilitation met l'organisme en demeure, par son décideur (INS-1).",
    NOTIFY_NOTICE: "Seule l'Instance qui a délivré l'habilitation, son service compétent ou un prestataire, notifie la mise en demeure.",
    SEND_JUSTIFICATION: "Seul l'organisme mis en demeure, ou son mandataire, justifie ses mesures correctives.",
    DECIDE_WITHDRAWAL: DECISION_REASON,
    DECIDE_COMPLEMENTARY_PERIOD: DECISION_REASON,
    NOTIFY_DECISION: "Seule l'Instance qui a délivré l'habilitation, son service compétent ou un prestataire, notifie la décision.",
  },
};

export interface RoundDecision {
  readonly kind: ProcedureDecisionKind;
  readonly decidedOn: IsoDate;
  readonly notifiedOn: IsoDate | null;
}

/**
 * One period of the procedure: a formal notice, its notification, the organism's justification and the Instance's
 * decision on it. A complementary period is the next round: its notice is notified with the decision that opens it,
 * so a later round is never notified before that decision is.
 */
export interface ComplianceRound {
  readonly notice: FormalNotice;
  readonly issuedOn: IsoDate;
  readonly notifiedOn: IsoDate | null;
  readonly justifiedOn: IsoDate | null;
  readonly decision: RoundDecision | null;
}

export interface ProcedureFacts {
  /** In order: the initial period first. */
  readonly rounds: readonly ComplianceRound[];
}

/** CMP-4: last day for the Instance to notify its decision on a justification received that day. */
export function responseDue(justifiedOn: IsoDate): IsoDate {
  return computeDeadline("CMP_INSTANCE_RESPONSE", justifiedOn);
}

export interface PhaseAt {
  readonly phase: ProcedurePhase;
  /** The round the phase is about: the current one, or the one whose decision awaits notification. */
  readonly roundIndex: number;
}

/** CMP-2…CMP-4: where the procedure stands today; the automatic outcomes need no one to act. */
export function procedurePhaseAt(facts: ProcedureFacts, today: IsoDate): PhaseAt {
  assertIsoDate(today, "today");
  validate(facts);
  const last = facts.rounds.length - 1;
  const round = facts.rounds[last];
  if (round.notifiedOn === null) {
    if (last === 0) return { phase: "NOTICE_ISSUED", roundIndex: 0 };
    // A complementary period decided, its notification (with the new notice) pending on the previous round.
    return { phase: today > responseDue(facts.rounds[last - 1].justifiedOn!) ? "DEEMED_SUFFICIENT" : "COMPLEMENTARY_PERIOD_DECIDED", roundIndex: last - 1 };
  }
  if (round.justifiedOn === null) {
    if (today <= justificationDue(round.notifiedOn)) return { phase: "AWAITING_JUSTIFICATION", roundIndex: last };
    return { phase: today >= round.notice.withdrawalOn ? "WITHDRAWN_ON_NOTICE_DATE" : "WITHDRAWAL_SCHEDULED", roundIndex: last };
  }
  const decision = round.decision;
  if (decision?.notifiedOn) return { phase: "WITHDRAWN", roundIndex: last };
  if (today > responseDue(round.justifiedOn)) return { phase: "DEEMED_SUFFICIENT", roundIndex: last };
  return { phase: decision === null ? "JUSTIFIED" : "WITHDRAWAL_DECIDED", roundIndex: last };
}

export const procedurePhase = (facts: ProcedureFacts, today: IsoDate): ProcedurePhase => procedurePhaseAt(facts, today).phase;

const CLOSED: ReadonlySet<ProcedurePhase> = new Set(["WITHDRAWN", "WITHDRAWN_ON_NOTICE_DATE", "DEEMED_SUFFICIENT"]);

/** Not yet ended. A procedure waiting only for its withdrawal date is still open: it ends on that date. */
export function isProcedureOpen(facts: ProcedureFacts, today: IsoDate): boolean {
  return !CLOSED.has(procedurePhase(facts, today));
}

export const procedureTransition = (phase: ProcedurePhase, action: ProcedureAction, actor: OversightActorKind | null) =>
  transitionIn(PROCEDURE_MACHINE, phase, action, actor);

export const allowedProcedureActions = (phase: ProcedurePhase, actor: OversightActorKind | null) => allowedActionsIn(PROCEDURE_MACHINE, phase, actor);

/** The facts' own order: a broken one is a programming error, not a user's. */
function validate(facts: ProcedureFacts): void {
  if (facts.rounds.length === 0) throw new RangeError("A compliance procedure has at least its initial formal notice");
  facts.rounds.forEach((round, index) => {
    const last = index === facts.rounds.length - 1;
    if (round.justifiedOn && (!round.notifiedOn || round.justifiedOn < round.notifiedOn)) throw new RangeError(`Round ${index + 1} justified before its notice was notified`);
    if (round.decision && !round.justifiedOn) throw new RangeError(`Round ${index + 1} decided without a justification`);
    if (round.decision?.notifiedOn && round.decision.notifiedOn < round.decision.decidedOn) throw new RangeError(`Round ${index + 1} decision notified before it was taken`);
    if (!last && round.decision?.kind !== "COMPLEMENTARY_PERIOD") throw new RangeError(`Round ${index + 1} is followed by another without a complementary period`);
    if (last && round.decision?.kind === "COMPLEMENTARY_PERIOD") throw new RangeError(`Round ${index + 1} opens a complementary period that is missing`);
    if (index > 0 && round.notifiedOn !== facts.rounds[index - 1].decision!.notifiedOn) {
      throw new RangeError(`Round ${index + 1} must be notified with the decision that opens it`);
    }
    if (index > 0 && round.notice.period !== "COMPLEMENTARY") throw new RangeError(`Round ${index + 1} must be a complementary period`);
  });
}
