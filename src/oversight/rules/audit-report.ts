import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { OversightActorKind } from "./actors";
import { AUDIT_OPINIONS, type AuditOpinion, type AuditPhase, auditTransition, observationsDue } from "./audit-lifecycle";
import { accept, checkDateInput, checkText, type Decision, refuse } from "./decision";

export const ANOMALY_SEVERITIES = ["MINOR", "BLOCKING"] as const;
export type AnomalySeverity = (typeof ANOMALY_SEVERITIES)[number];

export interface Anomaly {
  readonly description: string;
  readonly severity: AnomalySeverity;
}

const MAX_ANOMALIES = 50;

/**
 * AUD-2: "favorable sans réserve(s) : absence d'anomalie(s)"; "favorable avec réserve(s) : anomalie(s) mineure(s)";
 * "défavorable : anomalie(s) bloquante(s)". The opinion and the anomalies listed must agree.
 */
export function checkReportConclusion(opinion: AuditOpinion, anomalies: readonly Anomaly[]): Decision<readonly Anomaly[]> {
  if (!(AUDIT_OPINIONS as readonly string[]).includes(opinion)) {
    return refuse("INVALID", `Avis inconnu « ${opinion} » : le rapport conclut à un avis favorable sans réserve, favorable avec réserve(s) ou défavorable.`);
  }
  if (anomalies.length > MAX_ANOMALIES) return refuse("INVALID", `Le rapport liste ${anomalies.length} anomalies : regroupez-les (${MAX_ANOMALIES} au plus).`);
  const cleaned: Anomaly[] = [];
  for (const [index, anomaly] of anomalies.entries()) {
    if (!(ANOMALY_SEVERITIES as readonly string[]).includes(anomaly.severity)) {
      return refuse("INVALID", `Anomalie ${index + 1} : gravité inconnue « ${anomaly.severity} » (MINOR pour mineure, BLOCKING pour bloquante).`);
    }
    const description = checkText(anomaly.description, `La description de l'anomalie ${index + 1}`);
    if (!description.ok) return description;
    cleaned.push({ description: description.value, severity: anomaly.severity });
  }
  const blocking = cleaned.some((anomaly) => anomaly.severity === "BLOCKING");
  switch (opinion) {
    case "FAVOURABLE":
      if (cleaned.length > 0) {
        return refuse("INVALID", "Un avis favorable sans réserve constate l'absence d'anomalie : retirez les anomalies listées, ou concluez à un avis favorable avec réserve(s) ou défavorable.");
      }
      break;
    case "FAVOURABLE_WITH_RESERVATIONS":
      if (cleaned.length === 0) return refuse("INVALID", "Un avis favorable avec réserve(s) repose sur des anomalies mineures : listez-les.");
      if (blocking) return refuse("INVALID", "Une anomalie bloquante conduit à un avis défavorable, non à un avis favorable avec réserve(s) : corrigez l'avis ou la gravité de l'anomalie.");
      break;
    case "UNFAVOURABLE":
      if (!blocking) return refuse("INVALID", "Un avis défavorable repose sur au moins une anomalie bloquante : listez-la (ou concluez à un avis favorable avec réserve(s)).");
      break;
  }
  return accept(cleaned);
}

export interface AuditReportInput {
  readonly phase: AuditPhase;
  readonly actor: OversightActorKind | null;
  readonly opinion: AuditOpinion;
  readonly anomalies: readonly Anomaly[];
  readonly scheduledOn: IsoDate;
  readonly today: IsoDate;
}

export interface AuditReport {
  readonly phase: "OBSERVATIONS_PERIOD";
  readonly opinion: AuditOpinion;
  readonly anomalies: readonly Anomaly[];
  readonly reportPresentedOn: IsoDate;
  readonly observationsDue: IsoDate;
}

/** AUD-2, AUD-3: the report, presented to the organism on the day it is recorded, opens 15 working days for observations. */
export function recordAuditReport(input: AuditReportInput): Decision<AuditReport> {
  const step = auditTransition(input.phase, "RECORD_REPORT", input.actor);
  if (!step.ok) return step;
  assertIsoDate(input.today, "today");
  if (input.today < input.scheduledOn) return refuse("TOO_EARLY", `L'audit est prévu le ${input.scheduledOn} : son rapport ne peut être présenté avant.`);
  const anomalies = checkReportConclusion(input.opinion, input.anomalies);
  if (!anomalies.ok) return anomalies;
  return accept({
    phase: "OBSERVATIONS_PERIOD",
    opinion: input.opinion,
    anomalies: anomalies.value,
    reportPresentedOn: input.today,
    observationsDue: observationsDue(input.today),
  });
}

export const REFUSAL_KINDS = ["WRITTEN", "OBSERVED"] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];

export interface AuditRefusalInput {
  readonly phase: AuditPhase;
  readonly actor: OversightActorKind | null;
  /** WRITTEN: the day the Instance received the written refusal; OBSERVED: the day it observed the refusal. */
  readonly kind: RefusalKind;
  readonly on: IsoDate;
  readonly orderedOn: IsoDate;
  readonly today: IsoDate;
}

export interface AuditRefusal {
  readonly phase: "REFUSED";
  readonly kind: RefusalKind;
  readonly refusedOn: IsoDate;
  /** WDR-1: should the Instance withdraw, the withdrawal runs from this day. */
  readonly withdrawalEffectiveOn: IsoDate;
}

/**
 * WDR-1: "en cas de refus de participer à un audit, à compter de la date de réception du refus par l'Instance ou à défaut
 * d'écrit à compter de la date de constatation du refus par cette Instance".
 */
export function recordAuditRefusal(input: AuditRefusalInput): Decision<AuditRefusal> {
  const step = auditTransition(input.phase, "RECORD_REFUSAL", input.actor);
  if (!step.ok) return step;
  assertIsoDate(input.today, "today");
  if (!(REFUSAL_KINDS as readonly string[]).includes(input.kind)) {
    return refuse("INVALID", `Nature du refus inconnue « ${input.kind} » : refus écrit (WRITTEN, date de réception) ou constaté (OBSERVED, date de constatation).`);
  }
  const label = input.kind === "WRITTEN" ? "Date de réception du refus écrit" : "Date de constatation du refus";
  const bad = checkDateInput(input.on, label);
  if (bad) return bad;
  if (input.on < input.orderedOn) return refuse("INVALID", `${label} (${input.on}) : un audit ordonné le ${input.orderedOn} ne peut avoir été refusé avant.`);
  if (input.on > input.today) return refuse("INVALID", `${label} (${input.on}) : un refus s'enregistre une fois reçu ou constaté, pas à l'avance.`);
  return accept({ phase: "REFUSED", kind: input.kind, refusedOn: input.on, withdrawalEffectiveOn: input.on });
}
