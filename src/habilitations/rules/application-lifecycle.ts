import { computeDeadline } from "../../common/calendar/deadlines";
import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../instances/instance.entity";

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
  "DECIDE_APPEAL_UPHOLD",
  "DECIDE_APPEAL_DISMISS",
  "WITHDRAW",
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
  { from: "OPINION_ISSUED", action: "DECIDE_ACCEPT", to: "DECIDED_ACCEPTED" },
  { from: "OPINION_ISSUED", action: "DECIDE_REFUSE", to: "DECIDED_REFUSED" },
  { from: "DECIDED_ACCEPTED", action: "NOTIFY", to: "NOTIFIED_ACCEPTED" },
  { from: "DECIDED_REFUSED", action: "NOTIFY", to: "NOTIFIED_REFUSED" },
  // HAB-8: only a refusal can be appealed.
  { from: "NOTIFIED_REFUSED", action: "APPEAL", to: "APPEALED" },
  { from: "APPEALED", action: "DECIDE_APPEAL_UPHOLD", to: "APPEAL_UPHELD" },
  { from: "APPEALED", action: "DECIDE_APPEAL_DISMISS", to: "APPEAL_DISMISSED" },
  // An upheld appeal habilitates the candidate from the notification of that decision (HAB-6 runs from it).
  { from: "APPEAL_UPHELD", action: "NOTIFY", to: "NOTIFIED_ACCEPTED" },
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
  DECIDE_APPEAL_UPHOLD: DECIDER_ONLY,
  DECIDE_APPEAL_DISMISS: DECIDER_ONLY,
  WITHDRAW: ORGANISM_ONLY,
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
  APPEAL_DISMISSED: "refusée (recours rejeté)",
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
  DECIDE_APPEAL_UPHOLD: "faire droit au recours",
  DECIDE_APPEAL_DISMISS: "rejeter le recours",
  WITHDRAW: "retirer la demande",
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
  DECIDE_APPEAL_UPHOLD:
    "Seule l'Instance statue sur le recours : le service compétent et les prestataires l'instruisent, mais ne décident jamais.",
  DECIDE_APPEAL_DISMISS:
    "Seule l'Instance statue sur le recours : le service compétent et les prestataires l'instruisent, mais ne décident jamais.",
  WITHDRAW: "Seul le candidat, ou son mandataire, peut retirer sa demande.",
};

export type TransitionResult =
  | { readonly ok: true; readonly from: ApplicationState; readonly to: ApplicationState }
  | { readonly ok: false; readonly code: "WRONG_STATE" | "NOT_PERMITTED"; readonly reason: string };

function requireMember<T extends string>(list: readonly T[], value: T, name: string): void {
  if (!list.includes(value)) throw new RangeError(`Unknown ${name} ${JSON.stringify(value)}`);
}

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

export function allowedActions(state: ApplicationState, actorKind: ActorKind): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => transition(state, action, actorKind).ok);
}

export function isTerminal(state: ApplicationState): boolean {
  return !TRANSITIONS.some((rule) => rule.from === state);
}

/* ------------------------------------------------------------------ HAB-4, HAB-5: timing */

export type TimingCheck =
  | { readonly ok: true; readonly deadline: IsoDate }
  | { readonly ok: false; readonly deadline: IsoDate; readonly reason: string };

/** HAB-4: the latest date the opinion may be settled: 5 working days before the deciding meeting. */
export function opinionDeadline(meetingDate: IsoDate): IsoDate {
  return computeDeadline("HAB_OPINION_BEFORE_MEETING", meetingDate);
}

export function checkOpinionTiming(opinionDate: IsoDate, meetingDate: IsoDate): TimingCheck {
  assertIsoDate(opinionDate, "opinion date");
  const deadline = opinionDeadline(meetingDate);
  if (opinionDate <= deadline) return { ok: true, deadline };
  return {
    ok: false,
    deadline,
    reason: `L'avis doit être arrêté au plus tard 5 jours ouvrés avant la réunion du ${meetingDate}, soit le ${deadline} ; arrêté le ${opinionDate}, il est trop tardif : reportez la demande à une réunion ultérieure.`,
  };
}

/** HAB-4: the latest date to send the audition convocation: 8 working days before the audition. */
export function auditionConvocationDeadline(auditionDate: IsoDate): IsoDate {
  return computeDeadline("HAB_AUDITION_CONVOCATION", auditionDate);
}

export function checkAuditionConvocation(convocationDate: IsoDate, auditionDate: IsoDate): TimingCheck {
  assertIsoDate(convocationDate, "convocation date");
  const deadline = auditionConvocationDeadline(auditionDate);
  if (convocationDate <= deadline) return { ok: true, deadline };
  return {
    ok: false,
    deadline,
    reason: `La convocation à l'audition du ${auditionDate} doit être adressée au plus tard 8 jours ouvrés avant, soit le ${deadline} ; envoyée le ${convocationDate}, elle est trop tardive : fixez une date d'audition postérieure.`,
  };
}

/** HAB-5: Certif Pro notifies within 20 working days of its meeting; a CPNE by its own calendar (null). */
export function notificationDeadline(instanceKind: InstanceKind, meetingDate: IsoDate): IsoDate | null {
  if (instanceKind === "CPNE") {
    assertIsoDate(meetingDate, "meeting date");
    return null;
  }
  return computeDeadline("HAB_NOTIFICATION_CERTIF_PRO", meetingDate);
}

/* ------------------------------------------------------------------ HAB-8: appeal */

export function appealFilingDeadline(notifiedOn: IsoDate): IsoDate {
  return computeDeadline("HAB_APPEAL_FILING", notifiedOn);
}

/** HAB-8: the appeal is addressed within 30 working days of the notification of the refusal. */
export function checkAppealFiling(notifiedOn: IsoDate, filedOn: IsoDate): TimingCheck {
  assertIsoDate(filedOn, "appeal filing date");
  const deadline = appealFilingDeadline(notifiedOn);
  if (filedOn < notifiedOn) {
    return {
      ok: false,
      deadline,
      reason: `Un recours ne peut être formé qu'après la notification du refus (notifié le ${notifiedOn}).`,
    };
  }
  if (filedOn <= deadline) return { ok: true, deadline };
  return {
    ok: false,
    deadline,
    reason: `Le recours devait être adressé dans les 30 jours ouvrés suivant la notification du refus (${notifiedOn}), soit au plus tard le ${deadline} ; reçu le ${filedOn}, il est hors délai. Une nouvelle demande reste possible dès la campagne d'habilitation suivante.`,
  };
}

export interface AppealDueDates {
  /** Acknowledgement of receipt: within 10 working days of receipt. */
  readonly acknowledgementDue: IsoDate;
  /** Examination and opinion: within 25 working days of receipt. */
  readonly examinationDue: IsoDate;
}

export function appealDueDates(receivedOn: IsoDate): AppealDueDates {
  return {
    acknowledgementDue: computeDeadline("HAB_APPEAL_ACK", receivedOn),
    examinationDue: computeDeadline("HAB_APPEAL_EXAMINATION", receivedOn),
  };
}

/* ------------------------------------------------------------------ HAB-1, HAB-5, CTX-3: opinion and decision */

export interface HabilitationCriterion {
  readonly code: string;
  readonly label: string;
  /** CONVENTION: section II of the convention; CONTEXTUALISATION: added by the CPNE (CTX-3). */
  readonly origin: "CONVENTION" | "CONTEXTUALISATION";
}

/** HAB-1: the five cumulative criteria of section II, labelled as in the convention. */
export const CONVENTION_CRITERIA: readonly HabilitationCriterion[] = [
  { code: "INTERVENANTS", label: "Mettre à disposition des intervenants", origin: "CONVENTION" },
  {
    code: "SUPPORT",
    label: "Proposer un accompagnement technique et pédagogique à chaque candidat en fonction de son niveau d'autonomie",
    origin: "CONVENTION",
  },
  {
    code: "EVALUATION_APPROACH",
    label:
      "Mettre en œuvre une démarche, des outils et modalités d'évaluation adaptés au(x) public(s) cible(s) permettant la couverture totale des domaines du Référentiel",
    origin: "CONVENTION",
  },
  {
    code: "TRAINING_CAPACITY",
    label:
      "Être en mesure de proposer en tant que de besoin des actions de formation préparant aux épreuves du certificat CléA management, selon une méthodologie de formation rigoureuse",
    origin: "CONVENTION",
  },
  { code: "QUALITY_ASSURANCE", label: "Justifier de la mise en œuvre d'une démarche d'assurance qualité", origin: "CONVENTION" },
];

/** The criteria an opinion and a decision are reasoned on: section II, then the CPNE's own (CTX-3). */
export function applicableCriteria(
  contextualCriteria: readonly { readonly code: string; readonly label: string }[] = [],
): HabilitationCriterion[] {
  const criteria: HabilitationCriterion[] = [...CONVENTION_CRITERIA];
  for (const { code, label } of contextualCriteria) {
    if (code.trim() === "" || label.trim() === "") throw new RangeError("A contextual criterion needs a code and a label");
    if (criteria.some((criterion) => criterion.code === code)) {
      throw new RangeError(`Criterion code "${code}" is used twice`);
    }
    criteria.push({ code, label, origin: "CONTEXTUALISATION" });
  }
  return criteria;
}

export interface CriterionAssessment {
  readonly criterionCode: string;
  readonly met: boolean;
  readonly reason: string;
}

export type OpinionProblemKind = "MISSING" | "DUPLICATED" | "UNKNOWN" | "BLANK_REASON";

export interface OpinionProblem {
  readonly kind: OpinionProblemKind;
  readonly criterionCode: string;
  readonly message: string;
}

export type OpinionCheck =
  | { readonly ok: true; readonly allMet: boolean; readonly unmet: readonly CriterionAssessment[] }
  | { readonly ok: false; readonly problems: readonly OpinionProblem[]; readonly reason: string };

/** HAB-4, CTX-3: exactly one reasoned assessment per applicable criterion; every problem is reported at once. */
export function checkOpinion(
  criteria: readonly HabilitationCriterion[],
  assessments: readonly CriterionAssessment[],
): OpinionCheck {
  const byCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
  const counted = new Map<string, number>();
  const problems: OpinionProblem[] = [];
  for (const assessment of assessments) {
    const code = assessment.criterionCode;
    const criterion = byCode.get(code);
    if (criterion === undefined) {
      problems.push({
        kind: "UNKNOWN",
        criterionCode: code,
        message: `Le critère « ${code} » ne fait pas partie des critères d'habilitation applicables : retirez cette appréciation.`,
      });
      continue;
    }
    const seen = (counted.get(code) ?? 0) + 1;
    counted.set(code, seen);
    if (seen === 2) {
      problems.push({
        kind: "DUPLICATED",
        criterionCode: code,
        message: `Le critère « ${criterion.label} » est apprécié plusieurs fois : gardez une seule appréciation.`,
      });
    }
    if (seen === 1 && assessment.reason.trim() === "") {
      problems.push({
        kind: "BLANK_REASON",
        criterionCode: code,
        message: `L'appréciation du critère « ${criterion.label} » n'est pas motivée : indiquez pourquoi il est ${assessment.met ? "satisfait" : "non satisfait"}.`,
      });
    }
  }
  for (const criterion of criteria) {
    if (!counted.has(criterion.code)) {
      problems.push({
        kind: "MISSING",
        criterionCode: criterion.code,
        message: `Le critère « ${criterion.label} » n'est pas apprécié : indiquez s'il est satisfait et pourquoi.`,
      });
    }
  }
  if (problems.length > 0) {
    return { ok: false, problems, reason: problems.map((problem) => problem.message).join(" ") };
  }
  const unmet = criteria
    .map((criterion) => assessments.find((assessment) => assessment.criterionCode === criterion.code)!)
    .filter((assessment) => !assessment.met);
  return { ok: true, allMet: unmet.length === 0, unmet };
}

export interface RefusalGround {
  readonly criterionCode: string;
  readonly label: string;
  readonly reason: string;
}

export interface DecisionInput {
  readonly outcome: "ACCEPT" | "REFUSE";
  readonly instanceKind: InstanceKind;
  /** HAB-5: a CPNE's acceptance states the professional field. */
  readonly professionalField?: string | null;
  readonly criteria: readonly HabilitationCriterion[];
  /** The Instance's own assessment of each criterion (it may depart from the opinion). */
  readonly assessments: readonly CriterionAssessment[];
}

export type DecisionCheck =
  | { readonly ok: true; readonly outcome: "ACCEPT" }
  | { readonly ok: true; readonly outcome: "REFUSE"; readonly grounds: readonly RefusalGround[]; readonly appealNotice: string }
  | { readonly ok: false; readonly reason: string };

export const APPEAL_NOTICE =
  "Vous pouvez demander un nouvel examen de votre demande en adressant un recours à l'Instance dans un délai de 30 jours ouvrés à compter de la notification de ce refus : une note argumentée au regard des critères d'habilitation, accompagnée des justificatifs.";

/**
 * HAB-5: "si les critères sont satisfaits, la demande est acceptée ... ; s'ils ne le sont pas, la demande est
 * refusée": the outcome follows from the assessments, both ways.
 */
export function checkDecision(input: DecisionInput): DecisionCheck {
  const opinion = checkOpinion(input.criteria, input.assessments);
  if (!opinion.ok) return { ok: false, reason: `La décision doit être motivée critère par critère. ${opinion.reason}` };
  if (input.outcome === "ACCEPT") {
    if (!opinion.allMet) {
      const labels = opinion.unmet.map((assessment) => `« ${labelOf(input.criteria, assessment.criterionCode)} »`);
      return {
        ok: false,
        reason: `La demande ne peut être acceptée que si tous les critères sont satisfaits ; ne le ${opinion.unmet.length > 1 ? "sont" : "est"} pas : ${joinFrench(labels, "et")}.`,
      };
    }
    if (input.instanceKind === "CPNE" && (input.professionalField ?? "").trim() === "") {
      return { ok: false, reason: "La décision d'acceptation d'une CPNE précise le champ professionnel de l'habilitation : indiquez-le." };
    }
    return { ok: true, outcome: "ACCEPT" };
  }
  if (opinion.allMet) {
    return { ok: false, reason: "Tous les critères sont satisfaits : la demande doit être acceptée. Pour la refuser, indiquez le critère non satisfait et pourquoi." };
  }
  const grounds = opinion.unmet.map((assessment) => ({
    criterionCode: assessment.criterionCode,
    label: labelOf(input.criteria, assessment.criterionCode),
    reason: assessment.reason,
  }));
  return { ok: true, outcome: "REFUSE", grounds, appealNotice: APPEAL_NOTICE };
}

/* ------------------------------------------------------------------ helpers */

function labelOf(criteria: readonly HabilitationCriterion[], code: string): string {
  return criteria.find((criterion) => criterion.code === code)?.label ?? code;
}

/** "de déposer", "d'accepter". */
function elidedDe(verbPhrase: string): string {
  return /^[aeiouyàâéèêîôh]/i.test(verbPhrase) ? `d'${verbPhrase}` : `de ${verbPhrase}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinFrench(items: readonly string[], conjunction: "et" | "ou"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
