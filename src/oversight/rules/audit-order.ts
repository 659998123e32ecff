import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";
import type { CallerFacts, OversightActorKind } from "./actors";
import { type AuditPhase, auditTransition } from "./audit-lifecycle";
import { type Auditor, type AuditorCandidate, checkAuditor } from "./auditor";
import { accept, checkDateInput, checkText, type Decision, refuse } from "./decision";
import { checkInForce, type HabilitationStanding } from "./in-force";
import { OUTSIDER_REFUSAL } from "./machine";

export const AUDIT_MODES = ["ON_DOCUMENTS", "ON_SITE"] as const;
export type AuditMode = (typeof AUDIT_MODES)[number];

export const AUDIT_MODE_LABELS: Readonly<Record<AuditMode, string>> = { ON_DOCUMENTS: "sur pièces", ON_SITE: "sur place" };

export interface AuditedHabilitation extends HabilitationStanding {
  readonly grantingInstanceId: number;
  readonly grantingInstanceKind: InstanceKind;
}

/**
 * AUD-1, CTX-5, INS-1: the granting Instance audits its habilitations; Certif Pro may also audit one a CPNE granted, as
 * it stays fully responsible for the certificate. Ordering is a decision: decision makers only (INS-2).
 */
export function orderingInstanceFor(caller: CallerFacts | null, habilitation: Pick<AuditedHabilitation, "grantingInstanceId" | "grantingInstanceKind">): Decision<number> {
  const member = caller !== null && caller.instanceId !== null && ["DECISION_MAKER", "STAFF", "PROVIDER"].includes(caller.role);
  const grants = member && caller.instanceId === habilitation.grantingInstanceId;
  const oversees = member && caller.instanceKind === "CERTIFIER" && habilitation.grantingInstanceKind === "CPNE";
  if (!grants && !oversees) {
    return refuse(
      "FORBIDDEN",
      caller?.actsForOrganism
        ? "Un organisme ne peut ordonner un audit : seule l'Instance qui a délivré l'habilitation, ou Certif Pro, le fait (AUD-1)."
        : member
          ? "Seule l'Instance qui a délivré l'habilitation, ou Certif Pro (qui reste pleinement responsable du certificat), ordonne un audit de cet organisme (AUD-1, CTX-5)."
          : OUTSIDER_REFUSAL,
    );
  }
  if (caller!.role !== "DECISION_MAKER") {
    return refuse("FORBIDDEN", "Seul le décideur de l'Instance ordonne un audit : le service compétent et les prestataires le conduisent, mais ne l'ordonnent pas (INS-1, INS-2).");
  }
  return accept(caller!.instanceId!);
}

export interface AuditSchedule {
  readonly mode: AuditMode;
  readonly scheduledOn: IsoDate;
}

/** AUD-1: on documents or on site, on a day still within the habilitation. */
export function checkAuditSchedule(schedule: AuditSchedule, today: IsoDate, lastValidDay: IsoDate): Decision<AuditSchedule> {
  assertIsoDate(today, "today");
  if (!(AUDIT_MODES as readonly string[]).includes(schedule.mode)) {
    return refuse("INVALID", `Modalité d'audit inconnue « ${schedule.mode} » : l'audit se fait sur pièces (ON_DOCUMENTS) ou sur place (ON_SITE).`);
  }
  const bad = checkDateInput(schedule.scheduledOn, "Date de l'audit");
  if (bad) return bad;
  if (schedule.scheduledOn < today) return refuse("INVALID", `La date de l'audit (${schedule.scheduledOn}) est passée : fixez-la à partir d'aujourd'hui (${today}).`);
  if (schedule.scheduledOn > lastValidDay) {
    return refuse("INVALID", `L'habilitation n'est valide que jusqu'au ${lastValidDay} : fixez l'audit au plus tard ce jour-là.`);
  }
  return accept(schedule);
}

export interface AuditOrderInput {
  readonly caller: CallerFacts | null;
  readonly habilitation: AuditedHabilitation;
  /** An audit of this habilitation not yet closed, if any. */
  readonly openAuditId: number | null;
  readonly schedule: AuditSchedule;
  readonly auditor: AuditorCandidate;
  readonly today: IsoDate;
}

export interface AuditOrder extends AuditSchedule {
  readonly phase: "ORDERED";
  readonly orderingInstanceId: number;
  readonly orderedOn: IsoDate;
  readonly auditor: Auditor;
}

/** AUD-1: the Instance orders an audit of a habilitation in force, with its mode, date and a named auditor. */
export function orderAudit(input: AuditOrderInput): Decision<AuditOrder> {
  const ordering = orderingInstanceFor(input.caller, input.habilitation);
  if (!ordering.ok) return ordering;
  const inForce = checkInForce(input.habilitation);
  if (!inForce.ok) return inForce;
  if (input.openAuditId !== null) {
    return refuse("ALREADY_OPEN", `Un audit de cette habilitation est déjà en cours (n° ${input.openAuditId}) : menez-le à son terme ou annulez-le avant d'en ordonner un autre.`);
  }
  const schedule = checkAuditSchedule(input.schedule, input.today, input.habilitation.lastValidDay);
  if (!schedule.ok) return schedule;
  const auditor = checkAuditor(input.auditor, ordering.value);
  if (!auditor.ok) return auditor;
  return accept({ phase: "ORDERED", orderingInstanceId: ordering.value, orderedOn: input.today, ...schedule.value, auditor: auditor.value });
}

export interface AuditRescheduleInput {
  readonly phase: AuditPhase;
  readonly actor: OversightActorKind | null;
  readonly schedule: AuditSchedule;
  readonly lastValidDay: IsoDate;
  readonly today: IsoDate;
}

/** AUD-1: before the report, the Instance running the audit may move its date or change its mode. */
export function rescheduleAudit(input: AuditRescheduleInput): Decision<AuditSchedule> {
  const step = auditTransition(input.phase, "RESCHEDULE", input.actor);
  if (!step.ok) return step;
  return checkAuditSchedule(input.schedule, input.today, input.lastValidDay);
}

export interface AuditCancellationInput {
  readonly phase: AuditPhase;
  readonly actor: OversightActorKind | null;
  readonly reason: string;
  readonly refusalWithdrawalDecided: boolean;
}

/**
 * AUD-1: the ordering Instance may call off an audit that has not been reported (ordered in error, habilitation ended),
 * or a refused one it does not follow with a withdrawal ("Ce retrait peut intervenir"), with its reason.
 */
export function cancelAudit(input: AuditCancellationInput): Decision<{ readonly phase: "CANCELLED"; readonly reason: string }> {
  const step = auditTransition(input.phase, "CANCEL", input.actor);
  if (!step.ok) return step;
  if (input.phase === "REFUSED" && input.refusalWithdrawalDecided) {
    return refuse("WRONG_STATE", "Le retrait de l'habilitation pour refus d'audit est déjà décidé : l'audit ne peut plus être annulé.");
  }
  const reason = checkText(input.reason, "Le motif de l'annulation");
  return reason.ok ? accept({ phase: "CANCELLED", reason: reason.value }) : reason;
}
