import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { OversightActorKind } from "./actors";
import { accept, checkText, type Decision, refuse } from "./decision";
import { checkFormalNotice, checkWithdrawalDate, type FormalNotice, type FormalNoticeDraft, justificationDue, type NoticePeriod } from "./formal-notice";
import { checkInForce, type HabilitationStanding } from "./in-force";
import { type ProcedurePhase, procedureTransition } from "./procedure-lifecycle";

const MAX_FINDING = 20000;

const OPENING_REFUSAL =
  "Seule l'Instance qui a délivré l'habilitation met l'organisme en demeure, par son décideur : le service compétent et les prestataires conduisent la procédure, mais ne décident jamais (INS-1, INS-2).";

/** INS-1, INS-2: only the granting Instance's decision maker opens a procedure. */
export function checkProcedureOpener(actor: OversightActorKind | null): Decision<true> {
  return actor === "DECIDER" ? accept(true) : refuse("FORBIDDEN", OPENING_REFUSAL);
}

export interface ProcedureOpeningInput {
  /** The caller's part on the habilitation's side of the granting Instance. */
  readonly actor: OversightActorKind | null;
  readonly habilitation: HabilitationStanding;
  readonly openProcedureId: number | null;
  /** The reasoned finding behind the procedure (outside an audit: an observed failing, unpaid invoices …). */
  readonly finding: string;
  readonly notice: FormalNoticeDraft;
  readonly today: IsoDate;
}

/**
 * CMP-1, INS-1: outside an audit, the granting Instance opens a procedure on a reasoned finding by issuing its formal
 * notice. V.3: this, or an audit decision, is the only way a habilitation is ever suspended.
 */
export function openProcedure(input: ProcedureOpeningInput): Decision<{ readonly phase: "NOTICE_ISSUED"; readonly finding: string; readonly notice: FormalNotice }> {
  const opener = checkProcedureOpener(input.actor);
  if (!opener.ok) return opener;
  const inForce = checkInForce(input.habilitation);
  if (!inForce.ok) return inForce;
  if (input.openProcedureId !== null) {
    return refuse("ALREADY_OPEN", `Une procédure de mise en conformité de cette habilitation est déjà en cours (n° ${input.openProcedureId}) : une seule à la fois.`);
  }
  const finding = checkText(input.finding, "Le constat motivant la procédure", MAX_FINDING);
  if (!finding.ok) return finding;
  const notice = checkFormalNotice(input.notice, "INITIAL", input.today);
  return notice.ok ? accept({ phase: "NOTICE_ISSUED", finding: finding.value, notice: notice.value }) : notice;
}

export interface NoticeRevisionInput {
  readonly phase: ProcedurePhase;
  readonly actor: OversightActorKind | null;
  readonly notice: FormalNoticeDraft;
  readonly today: IsoDate;
}

/** CMP-1: a notice not yet notified (initial, or the one a complementary period decision carries) may be corrected. */
export function reviseNotice(input: NoticeRevisionInput): Decision<FormalNotice> {
  const step = procedureTransition(input.phase, "REVISE_NOTICE", input.actor);
  if (!step.ok) return step;
  const period: NoticePeriod = input.phase === "NOTICE_ISSUED" ? "INITIAL" : "COMPLEMENTARY";
  return checkFormalNotice(input.notice, period, input.today);
}

export interface NoticeNotificationInput {
  readonly phase: ProcedurePhase;
  readonly actor: OversightActorKind | null;
  readonly notice: FormalNotice;
  readonly today: IsoDate;
}

export interface NoticeNotification {
  readonly phase: "AWAITING_JUSTIFICATION";
  readonly notifiedOn: IsoDate;
  readonly justificationDue: IsoDate;
  readonly withdrawalOn: IsoDate;
  /** CMP-1: for a serious failing, the habilitation is suspended from the notification on, for the whole procedure. */
  readonly suspendedFrom: IsoDate | null;
}

/** CMP-3: checked again on the day of notification, which may come after the notice was written. */
export function withdrawalDateStillValid(notice: FormalNotice, today: IsoDate): Decision<IsoDate> {
  const check = checkWithdrawalDate(notice.withdrawalOn, today);
  return check.ok ? check : refuse(check.code, `${check.message} Le décideur doit d'abord modifier la mise en demeure.`);
}

/** CMP-2: notified today, the notice gives the organism 30 working days to justify its corrective measures. */
export function notifyNotice(input: NoticeNotificationInput): Decision<NoticeNotification> {
  const step = procedureTransition(input.phase, "NOTIFY_NOTICE", input.actor);
  if (!step.ok) return step;
  assertIsoDate(input.today, "today");
  const date = withdrawalDateStillValid(input.notice, input.today);
  if (!date.ok) return date;
  return accept({
    phase: "AWAITING_JUSTIFICATION",
    notifiedOn: input.today,
    justificationDue: justificationDue(input.today),
    withdrawalOn: input.notice.withdrawalOn,
    suspendedFrom: input.notice.suspension ? input.today : null,
  });
}


/** AUD-3, CMP-1: the notice an audit decision issues goes out with that decision, never on its own. */
export function checkNoticeSentAlone(origin: "AUDIT" | "FINDING"): Decision<true> {
  return origin === "AUDIT"
    ? refuse("WRONG_STATE", "Cette mise en demeure a été décidée après un audit : elle est notifiée avec la décision prise après l'audit (notifiez cette décision).")
    : accept(true);
}
