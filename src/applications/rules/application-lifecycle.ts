import type { Actor } from "../../common/auth/actor";
import { isDecisionMakerOf, isInstructorOf } from "../../instances/rules/roles";
import { capitalise, elidedDe, joinFrench } from "../../common/french";
import { requireMember } from "../../common/require-member";

/* ------------------------------------------------------------------ state machine */

export const APPLICATION_STATES = [
  "DRAFT",
  "FILED",
  "COMPLEMENT_REQUESTED",
  "COMPLETE",
  "UNDER_INSTRUCTION",
  "AUDITION_SCHEDULED",
  "OPINION_ISSUED",
  "DECIDED_ACCEPTED",
  "DECIDED_REFUSED",
  "NOTIFIED_ACCEPTED",
  "NOTIFIED_REFUSED",
  "APPEALED",
  "APPEAL_UPHELD",
  "APPEAL_DISMISSED",
  "APPEAL_DISMISSED_NOTIFIED",
  "WITHDRAWN_BY_APPLICANT",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = [
  "FILE",
  "REQUEST_COMPLEMENT",
  "PROVIDE_COMPLEMENT",
  "DECLARE_COMPLETE",
  "START_INSTRUCTION",
  "SCHEDULE_AUDITION",
  "ISSUE_OPINION",
  "DECIDE_ACCEPT",
  "DECIDE_REFUSE",
  "NOTIFY",
  "APPEAL",
  "ACKNOWLEDGE_APPEAL",
  "SCHEDULE_APPEAL_DECISION",
  "DECIDE_APPEAL_UPHOLD",
  "DECIDE_APPEAL_DISMISS",
  "WITHDRAW",
  "RESCHEDULE",
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/**
 * ORGANISM: the applicant's ORGANISM_ADMIN or its Mandataire.
 * INSTRUCTOR: the deciding Instance's STAFF or PROVIDER (the Instance's DECISION_MAKER acts as DECIDER,
 * who may also do everything an INSTRUCTOR does).
 * DECIDER: the deciding Instance's DECISION_MAKER.
 */
export const ACTOR_KINDS = ["ORGANISM", "INSTRUCTOR", "DECIDER"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface TransitionRule {
  readonly from: ApplicationState;
  readonly action: ApplicationAction;
  readonly to: ApplicationState;
}

export const TRANSITIONS: readonly TransitionRule[] = [
  // HAB-2: filing issues the receipt.
  { from: "DRAFT", action: "FILE", to: "FILED" },
  // HAB-3: an incomplete file may get a request for complement; completeness is checked again on reply.
  { from: "FILED", action: "REQUEST_COMPLEMENT", to: "COMPLEMENT_REQUESTED" },
  { from: "COMPLEMENT_REQUESTED", action: "PROVIDE_COMPLEMENT", to: "FILED" },
  { from: "FILED", action: "DECLARE_COMPLETE", to: "COMPLETE" },
  // HAB-3: "Seul un dossier de candidature complet ... peut être instruit".
  { from: "COMPLETE", action: "START_INSTRUCTION", to: "UNDER_INSTRUCTION" },
  // HAB-4: the audition belongs to the instruction (convention III.4, "Instruction par Certif Pro"), and
  // the opinion closes it ("À la fin de l'instruction ... arrête son avis"): audition, then opinion.
  { from: "UNDER_INSTRUCTION", action: "SCHEDULE_AUDITION", to: "AUDITION_SCHEDULED" },
  { from: "UNDER_INSTRUCTION", action: "ISSUE_OPINION", to: "OPINION_ISSUED" },
  { from: "AUDITION_SCHEDULED", action: "ISSUE_OPINION", to: "OPINION_ISSUED" },
  // HAB-4: when the opinion cannot be settled in time, the file moves to a later meeting of its campaign
  // (and any audition is set again).
  { from: "UNDER_INSTRUCTION", action: "RESCHEDULE", to: "UNDER_INSTRUCTION" },
  { from: "AUDITION_SCHEDULED", action: "RESCHEDULE", to: "UNDER_INSTRUCTION" },
  { from: "OPINION_ISSUED", action: "DECIDE_ACCEPT", to: "DECIDED_ACCEPTED" },
  { from: "OPINION_ISSUED", action: "DECIDE_REFUSE", to: "DECIDED_REFUSED" },
  { from: "DECIDED_ACCEPTED", action: "NOTIFY", to: "NOTIFIED_ACCEPTED" },
  { from: "DECIDED_REFUSED", action: "NOTIFY", to: "NOTIFIED_REFUSED" },
  // HAB-8: only a refusal can be appealed.
  { from: "NOTIFIED_REFUSED", action: "APPEAL", to: "APPEALED" },
  // HAB-8: acknowledged within 10 working days, examined for the next meeting, decided at it; the decision and its
  // notification follow the convention's rules ("les modalités de prise de décision et de notification ... s'appliquent").
  { from: "APPEALED", action: "ACKNOWLEDGE_APPEAL", to: "APPEALED" },
  { from: "APPEALED", action: "SCHEDULE_APPEAL_DECISION", to: "APPEALED" },
  { from: "APPEALED", action: "DECIDE_APPEAL_UPHOLD", to: "APPEAL_UPHELD" },
  { from: "APPEALED", action: "DECIDE_APPEAL_DISMISS", to: "APPEAL_DISMISSED" },
  // An upheld appeal habilitates the candidate from the notification of that decision (HAB-6 runs from it).
  { from: "APPEAL_UPHELD", action: "NOTIFY", to: "NOTIFIED_ACCEPTED" },
  { from: "APPEAL_DISMISSED", action: "NOTIFY", to: "APPEAL_DISMISSED_NOTIFIED" },
  // Withdrawal is the applicant's, before the file is declared complete.
  { from: "DRAFT", action: "WITHDRAW", to: "WITHDRAWN_BY_APPLICANT" },
  { from: "FILED", action: "WITHDRAW", to: "WITHDRAWN_BY_APPLICANT" },
  { from: "COMPLEMENT_REQUESTED", action: "WITHDRAW", to: "WITHDRAWN_BY_APPLICANT" },
];

const INSTANCE_SIDE: readonly ActorKind[] = ["INSTRUCTOR", "DECIDER"];
const DECIDER_ONLY: readonly ActorKind[] = ["DECIDER"];
const ORGANISM_ONLY: readonly ActorKind[] = ["ORGANISM"];

/** INS-1, INS-2: staff and providers verify, instruct, write opinions and keep the secretariat; only the Instance decides. */
export const ACTION_ACTORS: Readonly<Record<ApplicationAction, readonly ActorKind[]>> = {
  FILE: ORGANISM_ONLY,
  REQUEST_COMPLEMENT: INSTANCE_SIDE,
  PROVIDE_COMPLEMENT: ORGANISM_ONLY,
  DECLARE_COMPLETE: INSTANCE_SIDE,
  START_INSTRUCTION: INSTANCE_SIDE,
  SCHEDULE_AUDITION: INSTANCE_SIDE,
  ISSUE_OPINION: INSTANCE_SIDE,
  DECIDE_ACCEPT: DECIDER_ONLY,
  DECIDE_REFUSE: DECIDER_ONLY,
  NOTIFY: INSTANCE_SIDE,
  APPEAL: ORGANISM_ONLY,
  ACKNOWLEDGE_APPEAL: INSTANCE_SIDE,
  SCHEDULE_APPEAL_DECISION: INSTANCE_SIDE,
  DECIDE_APPEAL_UPHOLD: DECIDER_ONLY,
  DECIDE_APPEAL_DISMISS: DECIDER_ONLY,
  WITHDRAW: ORGANISM_ONLY,
  RESCHEDULE: INSTANCE_SIDE,
};

export const STATE_LABELS: Readonly<Record<ApplicationState, string>> = {
  DRAFT: "en brouillon",
  FILED: "déposée (récépissé délivré)",
  COMPLEMENT_REQUESTED: "en attente d'un complément d'information",
  COMPLETE: "complète",
  UNDER_INSTRUCTION: "en cours d'instruction",
  AUDITION_SCHEDULED: "en attente de l'audition du candidat",
  OPINION_ISSUED: "instruite (avis arrêté)",
  DECIDED_ACCEPTED: "acceptée (décision à notifier)",
  DECIDED_REFUSED: "refusée (décision à notifier)",
  NOTIFIED_ACCEPTED: "acceptée et notifiée",
  NOTIFIED_REFUSED: "refusée et notifiée",
  APPEALED: "en recours",
  APPEAL_UPHELD: "acceptée sur recours (décision à notifier)",
  APPEAL_DISMISSED: "refusée sur recours (décision à notifier)",
  APPEAL_DISMISSED_NOTIFIED: "refusée sur recours, décision notifiée",
  WITHDRAWN_BY_APPLICANT: "retirée par le candidat",
};

export const ACTION_LABELS: Readonly<Record<ApplicationAction, string>> = {
  FILE: "déposer la demande",
  REQUEST_COMPLEMENT: "demander un complément d'information",
  PROVIDE_COMPLEMENT: "fournir le complément d'information",
  DECLARE_COMPLETE: "déclarer le dossier complet",
  START_INSTRUCTION: "instruire la demande",
  SCHEDULE_AUDITION: "convoquer le candidat à une audition",
  ISSUE_OPINION: "arrêter l'avis",
  DECIDE_ACCEPT: "accepter la demande",
  DECIDE_REFUSE: "refuser la demande",
  NOTIFY: "notifier la décision",
  APPEAL: "former un recours",
  ACKNOWLEDGE_APPEAL: "accuser réception du recours",
  SCHEDULE_APPEAL_DECISION: "inscrire le recours à une réunion de l'Instance",
  DECIDE_APPEAL_UPHOLD: "faire droit au recours",
  DECIDE_APPEAL_DISMISS: "rejeter le recours",
  WITHDRAW: "retirer la demande",
  RESCHEDULE: "reporter la demande à une réunion ultérieure",
};

const ACTOR_LABELS: Readonly<Record<ActorKind, string>> = {
  ORGANISM: "le candidat (ou son mandataire)",
  INSTRUCTOR: "le service compétent de l'Instance ou un prestataire",
  DECIDER: "l'Instance (décideur)",
};

const PERMISSION_REASONS: Readonly<Record<ApplicationAction, string>> = {
  FILE: "Seul le candidat, ou son mandataire, dépose sa demande d'habilitation.",
  REQUEST_COMPLEMENT: "Seule l'Instance, son service compétent ou un prestataire vérifie la complétude du dossier.",
  PROVIDE_COMPLEMENT: "Seul le candidat, ou son mandataire, complète son dossier.",
  DECLARE_COMPLETE: "Seule l'Instance, son service compétent ou un prestataire vérifie la complétude du dossier.",
  START_INSTRUCTION: "Seule l'Instance, son service compétent ou un prestataire instruit la demande.",
  SCHEDULE_AUDITION: "Seule l'Instance, son service compétent ou un prestataire organise l'audition.",
  ISSUE_OPINION: "Seule l'Instance, son service compétent ou un prestataire arrête l'avis.",
  DECIDE_ACCEPT:
    "Seule l'Instance décide de l'habilitation : le service compétent et les prestataires instruisent et rendent un avis, mais ne décident jamais.",
  DECIDE_REFUSE:
    "Seule l'Instance décide de l'habilitation : le service compétent et les prestataires instruisent et rendent un avis, mais ne décident jamais.",
  NOTIFY: "Seule l'Instance, son service compétent ou un prestataire (secrétariat) notifie la décision.",
  APPEAL: "Seul le candidat refusé, ou son mandataire, peut former un recours.",
  ACKNOWLEDGE_APPEAL: "Seule l'Instance, son service compétent ou un prestataire accuse réception d'un recours.",
  SCHEDULE_APPEAL_DECISION: "Seule l'Instance, son service compétent ou un prestataire inscrit le recours à une réunion.",
  DECIDE_APPEAL_UPHOLD:
    "Seule l'Instance statue sur le recours : le service compétent et les prestataires l'instruisent, mais ne décident jamais.",
  DECIDE_APPEAL_DISMISS:
    "Seule l'Instance statue sur le recours : le service compétent et les prestataires l'instruisent, mais ne décident jamais.",
  WITHDRAW: "Seul le candidat, ou son mandataire, peut retirer sa demande.",
  RESCHEDULE: "Seule l'Instance, son service compétent ou un prestataire reporte la demande à une autre réunion.",
};

export type TransitionResult =
  | { readonly ok: true; readonly from: ApplicationState; readonly to: ApplicationState }
  | { readonly ok: false; readonly code: "WRONG_STATE" | "NOT_PERMITTED"; readonly reason: string };

/**
 * The next state, or why not. An actor kind that may never take the action gets NOT_PERMITTED whatever the
 * state (the answer does not depend on the file); a permitted actor gets WRONG_STATE in the wrong state.
 */
export function transition(state: ApplicationState, action: ApplicationAction, actorKind: ActorKind): TransitionResult {
  requireMember(APPLICATION_STATES, state, "application state");
  requireMember(APPLICATION_ACTIONS, action, "action");
  requireMember(ACTOR_KINDS, actorKind, "actor kind");
  if (!ACTION_ACTORS[action].includes(actorKind)) {
    return {
      ok: false,
      code: "NOT_PERMITTED",
      reason: `${capitalise(ACTOR_LABELS[actorKind])} ne peut pas ${ACTION_LABELS[action]}. ${PERMISSION_REASONS[action]}`,
    };
  }
  const rule = TRANSITIONS.find((candidate) => candidate.from === state && candidate.action === action);
  if (rule === undefined) {
    const from = TRANSITIONS.filter((candidate) => candidate.action === action).map((candidate) => STATE_LABELS[candidate.from]);
    return {
      ok: false,
      code: "WRONG_STATE",
      reason: `Impossible ${elidedDe(ACTION_LABELS[action])} : la demande est ${STATE_LABELS[state]}. Cette action n'est possible que lorsque la demande est ${joinFrench(from, "ou")}.`,
    };
  }
  return { ok: true, from: state, to: rule.to };
}

/** The actions the state machine alone allows from a state; the dates may still forbid them (see action-guards.ts). */
export function allowedActions(state: ApplicationState, actorKind: ActorKind): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => transition(state, action, actorKind).ok);
}

export function isTerminal(state: ApplicationState): boolean {
  return !TRANSITIONS.some((rule) => rule.from === state);
}

/** INS-1, INS-2: a member of the deciding Instance decides (its decision makers) or instructs (its staff and providers). */
export function partInApplication(actor: Actor | null, instanceId: number): "DECIDER" | "INSTRUCTOR" | null {
  if (isDecisionMakerOf(actor, instanceId)) return "DECIDER";
  if (isInstructorOf(actor, instanceId)) return "INSTRUCTOR";
  return null;
}

/** The states of a refusal once notified, whatever became of its appeal but an acceptance: what HAB-5's next campaign rule and the refused criteria look at. */
export const REFUSED_STATES: readonly ApplicationState[] = ["NOTIFIED_REFUSED", "APPEALED", "APPEAL_DISMISSED", "APPEAL_DISMISSED_NOTIFIED"];
