import { computeDeadline } from "../../common/calendar/deadlines";
import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { type CallerFacts, type ConcernedSide, type FileParties, oversightActorKind, type OversightActorKind } from "./actors";
import { allowedActionsIn, type Machine, transitionIn } from "./machine";

/** AUD-1…AUD-3: the life of an audit, as computed from its dated facts and today. */
export const AUDIT_PHASES = [
  "ORDERED",
  "REFUSED",
  "OBSERVATIONS_PERIOD",
  "AWAITING_DECISION",
  "DECIDED_KEEP",
  "DECIDED_PROCEDURE",
  "KEPT",
  "PROCEDURE_OPENED",
  "CANCELLED",
] as const;
export type AuditPhase = (typeof AUDIT_PHASES)[number];

export const AUDIT_ACTIONS = [
  "RESCHEDULE",
  "CANCEL",
  "RECORD_REFUSAL",
  "RECORD_REPORT",
  "SEND_OBSERVATIONS",
  "DECIDE_KEEP",
  "DECIDE_PROCEDURE",
  "NOTIFY_DECISION",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The auditor's three possible conclusions (AUD-2, convention V.1). */
export const AUDIT_OPINIONS = ["FAVOURABLE", "FAVOURABLE_WITH_RESERVATIONS", "UNFAVOURABLE"] as const;
export type AuditOpinion = (typeof AUDIT_OPINIONS)[number];

export const AUDIT_OPINION_LABELS: Readonly<Record<AuditOpinion, string>> = {
  FAVOURABLE: "avis favorable sans réserve(s)",
  FAVOURABLE_WITH_RESERVATIONS: "avis favorable avec réserve(s)",
  UNFAVOURABLE: "avis défavorable",
};

export interface OpinionConsequence {
  readonly procedure: boolean;
  readonly suspension: boolean;
}

/**
 * AUD-2: what each opinion calls for: "maintien de l'habilitation ... sans mise en œuvre d'une procédure de mise en
 * conformité"; "procédure de mise en conformité n'entraînant pas la suspension"; "procédure ... suspendant l'habilitation".
 * The Instance may decide otherwise (AUD-3, sovereign qualification).
 */
export function opinionConsequence(opinion: AuditOpinion): OpinionConsequence {
  return { procedure: opinion !== "FAVOURABLE", suspension: opinion === "UNFAVOURABLE" };
}

/**
 * The running of the audit (date, refusal, report, cancellation) is the ordering Instance's; what follows the report
 * is the granting Instance's (AUD-1, INS-1), even when Certif Pro ran the audit (CTX-5).
 */
export const AUDIT_ACTION_SIDE: Readonly<Record<AuditAction, ConcernedSide>> = {
  RESCHEDULE: "ORDERING",
  CANCEL: "ORDERING",
  RECORD_REFUSAL: "ORDERING",
  RECORD_REPORT: "ORDERING",
  SEND_OBSERVATIONS: "GRANTING",
  DECIDE_KEEP: "GRANTING",
  DECIDE_PROCEDURE: "GRANTING",
  NOTIFY_DECISION: "GRANTING",
};

const RUNNING: readonly OversightActorKind[] = ["AGENT", "DECIDER"];
const DECIDER_ONLY: readonly OversightActorKind[] = ["DECIDER"];

const DECISION_REASON =
  "Seule l'Instance qui a délivré l'habilitation décide après un audit, par son décideur : le service compétent, les prestataires et les auditeurs ne décident jamais (INS-1, INS-2).";

export const AUDIT_MACHINE: Machine<AuditPhase, AuditAction> = {
  subject: "l'audit",
  states: AUDIT_PHASES,
  actions: AUDIT_ACTIONS,
  transitions: [
    { from: "ORDERED", action: "RESCHEDULE", to: "ORDERED" },
    { from: "ORDERED", action: "CANCEL", to: "CANCELLED" },
    // WDR-1: the refusal is a withdrawal case; the withdrawal itself is the granting Instance's decision.
    { from: "ORDERED", action: "RECORD_REFUSAL", to: "REFUSED" },
    { from: "REFUSED", action: "CANCEL", to: "CANCELLED" },
    // AUD-2, AUD-3: the report is presented to the organism, which has 15 working days for observations.
    { from: "ORDERED", action: "RECORD_REPORT", to: "OBSERVATIONS_PERIOD" },
    { from: "OBSERVATIONS_PERIOD", action: "SEND_OBSERVATIONS", to: "AWAITING_DECISION" },
    // AUD-3: the Instance decides once the observations are in or their period has run out.
    { from: "AWAITING_DECISION", action: "DECIDE_KEEP", to: "DECIDED_KEEP" },
    { from: "AWAITING_DECISION", action: "DECIDE_PROCEDURE", to: "DECIDED_PROCEDURE" },
    { from: "DECIDED_KEEP", action: "NOTIFY_DECISION", to: "KEPT" },
    { from: "DECIDED_PROCEDURE", action: "NOTIFY_DECISION", to: "PROCEDURE_OPENED" },
  ],
  actors: {
    RESCHEDULE: RUNNING,
    CANCEL: DECIDER_ONLY,
    RECORD_REFUSAL: RUNNING,
    RECORD_REPORT: ["AUDITOR", "AGENT", "DECIDER"],
    SEND_OBSERVATIONS: ["ORGANISM"],
    DECIDE_KEEP: DECIDER_ONLY,
    DECIDE_PROCEDURE: DECIDER_ONLY,
    NOTIFY_DECISION: RUNNING,
  },
  stateLabels: {
    ORDERED: "ordonné (audit à réaliser)",
    REFUSED: "refusé par l'organisme",
    OBSERVATIONS_PERIOD: "en phase contradictoire (rapport présenté, délai d'observations en cours)",
    AWAITING_DECISION: "en attente de la décision de l'Instance",
    DECIDED_KEEP: "suivi d'une décision de maintien de l'habilitation, à notifier",
    DECIDED_PROCEDURE: "suivi d'une décision d'engager une procédure de mise en conformité, à notifier",
    KEPT: "clos (habilitation maintenue)",
    PROCEDURE_OPENED: "clos (procédure de mise en conformité engagée)",
    CANCELLED: "annulé",
  },
  actionLabels: {
    RESCHEDULE: "modifier la date ou les modalités de l'audit",
    CANCEL: "annuler l'audit",
    RECORD_REFUSAL: "enregistrer le refus de l'audit",
    RECORD_REPORT: "enregistrer le rapport d'audit",
    SEND_OBSERVATIONS: "présenter des observations écrites sur le rapport",
    DECIDE_KEEP: "décider le maintien de l'habilitation",
    DECIDE_PROCEDURE: "engager une procédure de mise en conformité",
    NOTIFY_DECISION: "notifier la décision prise après l'audit",
  },
  permissionReasons: {
    RESCHEDULE: "Seule l'Instance qui conduit l'audit, son service compétent ou un prestataire, en fixe la date et les modalités.",
    CANCEL: "Seule l'Instance qui a ordonné l'audit l'annule, par son décideur.",
    RECORD_REFUSAL: "Seule l'Instance qui conduit l'audit, son service compétent ou un prestataire, enregistre le refus de l'organisme.",
    RECORD_REPORT: "Seul l'auditeur désigné, ou l'Instance qui conduit l'audit (service compétent, prestataire), enregistre le rapport.",
    SEND_OBSERVATIONS: "Seul l'organisme audité, ou son mandataire, présente des observations sur le rapport.",
    DECIDE_KEEP: DECISION_REASON,
    DECIDE_PROCEDURE: DECISION_REASON,
    NOTIFY_DECISION: "Seule l'Instance qui a délivré l'habilitation, son service compétent ou un prestataire, notifie la décision prise après l'audit.",
  },
};

/** What has happened to an audit, with the dates: the phase follows from them and from today. */
export interface AuditFacts {
  readonly orderedOn: IsoDate;
  readonly scheduledOn: IsoDate;
  readonly cancelledOn: IsoDate | null;
  /** Receipt of the written refusal, or the day the Instance observed it (WDR-1). */
  readonly refusedOn: IsoDate | null;
  /** The day the report was presented to the organism: the 15 working days run from it (AUD-3). */
  readonly reportPresentedOn: IsoDate | null;
  readonly opinion: AuditOpinion | null;
  readonly observationsSentOn: IsoDate | null;
  readonly decision: { readonly outcome: "KEEP" | "OPEN_PROCEDURE"; readonly meetingOn: IsoDate } | null;
  readonly decisionNotifiedOn: IsoDate | null;
  /** After a refusal: whether the granting Instance has decided the withdrawal (a withdrawal of its own). */
  readonly refusalWithdrawalDecided: boolean;
}

/** AUD-3: last day for the organism's written observations. */
export function observationsDue(reportPresentedOn: IsoDate): IsoDate {
  return computeDeadline("AUD_OBSERVATIONS", reportPresentedOn);
}

/** AUD-3: last day to notify the decision taken at the meeting. */
export function auditNotificationDue(meetingOn: IsoDate): IsoDate {
  return computeDeadline("AUD_NOTIFICATION", meetingOn);
}

export function auditPhase(facts: AuditFacts, today: IsoDate): AuditPhase {
  assertIsoDate(today, "today");
  if (facts.cancelledOn) return "CANCELLED";
  if (facts.refusedOn) return "REFUSED";
  if (!facts.reportPresentedOn) return "ORDERED";
  if (facts.decision) {
    const keep = facts.decision.outcome === "KEEP";
    if (facts.decisionNotifiedOn) return keep ? "KEPT" : "PROCEDURE_OPENED";
    return keep ? "DECIDED_KEEP" : "DECIDED_PROCEDURE";
  }
  if (facts.observationsSentOn || today > observationsDue(facts.reportPresentedOn)) return "AWAITING_DECISION";
  return "OBSERVATIONS_PERIOD";
}

export const auditTransition = (phase: AuditPhase, action: AuditAction, actor: OversightActorKind | null) =>
  transitionIn(AUDIT_MACHINE, phase, action, actor);

export const allowedAuditActions = (phase: AuditPhase, actor: OversightActorKind | null) => allowedActionsIn(AUDIT_MACHINE, phase, actor);

/** What the caller may do next: its part differs with the step when Certif Pro runs the audit of a CPNE's habilitation. */
export function allowedAuditActionsFor(caller: CallerFacts | null, file: FileParties, phase: AuditPhase): AuditAction[] {
  return AUDIT_ACTIONS.filter((action) => auditTransition(phase, action, oversightActorKind(caller, file, AUDIT_ACTION_SIDE[action])).ok);
}

/** Open: something is still awaited of someone (a refused audit waits for the withdrawal decision). */
export function isAuditOpen(facts: AuditFacts, today: IsoDate): boolean {
  const phase = auditPhase(facts, today);
  if (phase === "REFUSED") return !facts.refusalWithdrawalDecided;
  return phase !== "KEPT" && phase !== "PROCEDURE_OPENED" && phase !== "CANCELLED";
}
