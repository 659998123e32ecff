import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { OversightActorKind } from "./actors";
import type { AuditPhase } from "./audit-lifecycle";
import { accept, checkDateInput, checkText, type Decision, refuse } from "./decision";
import { checkInForce, type HabilitationStanding } from "./in-force";
import { allowedActionsIn, type Machine, transitionIn } from "./machine";

/**
 * WDR-1, convention V.3: the four withdrawal cases, the first one with its two effective dates. Renunciation (HAB-6)
 * is the organism's own act and stays with the habilitation.
 */
export const WITHDRAWAL_CASES = ["PROCEDURE_DECISION", "NOTICE_DATE", "RELAPSE", "AUDIT_REFUSAL", "EDOF_ALERT"] as const;
export type WithdrawalCase = (typeof WITHDRAWAL_CASES)[number];

export const WITHDRAWAL_CASE_LABELS: Readonly<Record<WithdrawalCase, string>> = {
  PROCEDURE_DECISION: "retrait à l'issue d'une procédure de mise en conformité (décision notifiée)",
  NOTICE_DATE: "retrait à l'issue d'une procédure de mise en conformité (absence de justification dans le délai)",
  RELAPSE: "retrait pour nouveau manquement dans les 12 mois suivant la fin d'une procédure de mise en conformité",
  AUDIT_REFUSAL: "retrait pour refus de participer à un audit",
  EDOF_ALERT: "retrait sur alerte de la Caisse des Dépôts et Consignations ou de France compétences (EDOF)",
};

export type WithdrawalDates =
  | { readonly case: "PROCEDURE_DECISION" | "RELAPSE" | "EDOF_ALERT"; readonly decisionNotifiedOn: IsoDate }
  | { readonly case: "NOTICE_DATE"; readonly noticeWithdrawalOn: IsoDate }
  | { readonly case: "AUDIT_REFUSAL"; readonly refusedOn: IsoDate };

/**
 * WDR-1: the first day the habilitation is withdrawn. "au jour de la notification ... de la décision"; "au jour indiqué
 * sur la lettre de notification de la mise en demeure"; "au jour de la nouvelle notification" (relapse); "à compter de
 * la date de réception du refus par l'Instance ou ... de constatation du refus". The convention gives no date for an
 * EDOF alert: like every other decided withdrawal, it takes effect on its notification.
 */
export function withdrawalEffectiveDate(dates: WithdrawalDates): IsoDate {
  switch (dates.case) {
    case "NOTICE_DATE":
      return assertIsoDate(dates.noticeWithdrawalOn, "notice withdrawal date");
    case "AUDIT_REFUSAL":
      return assertIsoDate(dates.refusedOn, "refusal date");
    default:
      return assertIsoDate(dates.decisionNotifiedOn, "notification date");
  }
}

/** The withdrawals decided on their own, outside a procedure's decision: decided, then notified. */
export type StandaloneWithdrawalCase = "RELAPSE" | "AUDIT_REFUSAL" | "EDOF_ALERT";

export const WITHDRAWAL_PHASES = ["DECIDED", "NOTIFIED"] as const;
export type WithdrawalPhase = (typeof WITHDRAWAL_PHASES)[number];
export const WITHDRAWAL_ACTIONS = ["NOTIFY"] as const;
export type WithdrawalAction = (typeof WITHDRAWAL_ACTIONS)[number];

export const WITHDRAWAL_MACHINE: Machine<WithdrawalPhase, WithdrawalAction> = {
  subject: "le retrait",
  states: WITHDRAWAL_PHASES,
  actions: WITHDRAWAL_ACTIONS,
  transitions: [{ from: "DECIDED", action: "NOTIFY", to: "NOTIFIED" }],
  actors: { NOTIFY: ["AGENT", "DECIDER"] },
  stateLabels: { DECIDED: "décidé, à notifier", NOTIFIED: "notifié" },
  actionLabels: { NOTIFY: "notifier la décision de retrait" },
  permissionReasons: { NOTIFY: "Seule l'Instance qui a délivré l'habilitation, son service compétent ou un prestataire, notifie la décision de retrait." },
};

export interface WithdrawalFacts {
  readonly case: StandaloneWithdrawalCase;
  readonly decidedOn: IsoDate;
  readonly notifiedOn: IsoDate | null;
  /** AUDIT_REFUSAL: the refusal's receipt or observation. */
  readonly refusedOn: IsoDate | null;
}

export function withdrawalPhase(facts: WithdrawalFacts): WithdrawalPhase {
  return facts.notifiedOn ? "NOTIFIED" : "DECIDED";
}

/** A decided withdrawal binds once notified; it then runs from its effective date (WDR-1). */
export function standaloneEffectiveOn(facts: WithdrawalFacts): IsoDate | null {
  if (!facts.notifiedOn) return null;
  return facts.case === "AUDIT_REFUSAL"
    ? withdrawalEffectiveDate({ case: "AUDIT_REFUSAL", refusedOn: facts.refusedOn! })
    : withdrawalEffectiveDate({ case: facts.case, decisionNotifiedOn: facts.notifiedOn });
}

export const allowedWithdrawalActions = (phase: WithdrawalPhase, actor: OversightActorKind | null) => allowedActionsIn(WITHDRAWAL_MACHINE, phase, actor);

export interface WithdrawalDecisionBase {
  /** The caller's part on the granting Instance's side. */
  readonly actor: OversightActorKind | null;
  readonly habilitation: HabilitationStanding;
  /** A withdrawal of this habilitation already decided and not yet notified, if any. */
  readonly pendingWithdrawalId: number | null;
  readonly reason: string;
  readonly today: IsoDate;
}

export interface DecidedWithdrawal {
  readonly phase: "DECIDED";
  readonly case: StandaloneWithdrawalCase;
  readonly decidedOn: IsoDate;
  readonly reason: string;
}

/** INS-1, INS-2: only the granting Instance's decision maker withdraws. */
export function checkWithdrawalDecider(actor: OversightActorKind | null): Decision<true> {
  return actor === "DECIDER"
    ? accept(true)
    : refuse("FORBIDDEN", "Seule l'Instance qui a délivré l'habilitation la retire, par son décideur : le service compétent et les prestataires ne décident jamais (INS-1, INS-2).");
}

/** INS-1: a withdrawal is the granting Instance's decision, on a habilitation still in force, once. */
export function checkWithdrawalDecision(input: WithdrawalDecisionBase, withdrawalCase: StandaloneWithdrawalCase): Decision<DecidedWithdrawal> {
  const decider = checkWithdrawalDecider(input.actor);
  if (!decider.ok) return decider;
  assertIsoDate(input.today, "today");
  const inForce = checkInForce(input.habilitation);
  if (!inForce.ok) return inForce;
  if (input.pendingWithdrawalId !== null) {
    return refuse("ALREADY_OPEN", `Le retrait de cette habilitation est déjà décidé (n° ${input.pendingWithdrawalId}) et attend sa notification.`);
  }
  const reason = checkText(input.reason, "Le motif du retrait");
  if (!reason.ok) return reason;
  return accept({ phase: "DECIDED", case: withdrawalCase, decidedOn: input.today, reason: reason.value });
}

export interface RefusalWithdrawalInput extends WithdrawalDecisionBase {
  readonly auditPhase: AuditPhase;
  readonly refusedOn: IsoDate | null;
}

/** WDR-1: after a refused audit, the granting Instance may withdraw, from the refusal's receipt or observation. */
export function decideRefusalWithdrawal(input: RefusalWithdrawalInput): Decision<DecidedWithdrawal & { readonly effectiveOn: IsoDate }> {
  const decided = checkWithdrawalDecision(input, "AUDIT_REFUSAL");
  if (!decided.ok) return decided;
  if (input.auditPhase !== "REFUSED" || !input.refusedOn) {
    return refuse("WRONG_STATE", "Seul le refus d'un audit, une fois enregistré, fonde un retrait pour refus d'audit.");
  }
  return accept({ ...decided.value, effectiveOn: input.refusedOn });
}

export const EDOF_ALERT_SOURCES = ["CAISSE_DES_DEPOTS", "FRANCE_COMPETENCES"] as const;
export type EdofAlertSource = (typeof EDOF_ALERT_SOURCES)[number];

export const EDOF_ALERT_SOURCE_LABELS: Readonly<Record<EdofAlertSource, string>> = {
  CAISSE_DES_DEPOTS: "Caisse des Dépôts et Consignations",
  FRANCE_COMPETENCES: "France compétences",
};

export interface EdofAlert {
  readonly source: EdofAlertSource;
  readonly reference: string;
  /** "plusieurs niveaux de sanctions": the level as the alert states it. */
  readonly level: string;
  readonly receivedOn: IsoDate;
}

/** WDR-1: "en cas d'alerte de la Caisse des Dépôts et Consignations ou de France compétences concernant un enregistrement non conforme sur la plateforme EDOF". */
export function decideEdofWithdrawal(input: WithdrawalDecisionBase & { readonly alert: EdofAlert }): Decision<DecidedWithdrawal & { readonly alert: EdofAlert }> {
  const decided = checkWithdrawalDecision(input, "EDOF_ALERT");
  if (!decided.ok) return decided;
  const { alert } = input;
  if (!(EDOF_ALERT_SOURCES as readonly string[]).includes(alert.source)) {
    return refuse("INVALID", `Source d'alerte inconnue « ${alert.source} » : la Caisse des Dépôts et Consignations (CAISSE_DES_DEPOTS) ou France compétences (FRANCE_COMPETENCES).`);
  }
  const reference = checkText(alert.reference, "La référence de l'alerte", 100);
  if (!reference.ok) return reference;
  const level = checkText(alert.level, "Le niveau de l'alerte", 100);
  if (!level.ok) return level;
  const bad = checkDateInput(alert.receivedOn, "Date de réception de l'alerte");
  if (bad) return bad;
  if (alert.receivedOn > input.today) return refuse("INVALID", `Date de réception de l'alerte (${alert.receivedOn}) : une alerte s'enregistre une fois reçue, pas à l'avance.`);
  return accept({ ...decided.value, alert: { source: alert.source, reference: reference.value, level: level.value, receivedOn: alert.receivedOn } });
}

export interface WithdrawalNotificationInput {
  readonly actor: OversightActorKind | null;
  readonly facts: WithdrawalFacts;
  readonly today: IsoDate;
}

/** WDR-1: notified today, the withdrawal takes effect today (relapse, EDOF alert) or from the refusal (audit refusal). */
export function notifyWithdrawal(input: WithdrawalNotificationInput): Decision<{ readonly phase: "NOTIFIED"; readonly notifiedOn: IsoDate; readonly effectiveOn: IsoDate }> {
  const step = transitionIn(WITHDRAWAL_MACHINE, withdrawalPhase(input.facts), "NOTIFY", input.actor);
  if (!step.ok) return step;
  assertIsoDate(input.today, "today");
  const effectiveOn = standaloneEffectiveOn({ ...input.facts, notifiedOn: input.today })!;
  return accept({ phase: "NOTIFIED", notifiedOn: input.today, effectiveOn });
}
