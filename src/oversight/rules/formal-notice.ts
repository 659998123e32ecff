import { computeDeadline } from "../../common/calendar/deadlines";
import { addCalendarDays, assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { accept, checkDateInput, checkText, type Decision, refuse } from "./decision";

/** CMP-1: "période initiale ou période complémentaire de mise en conformité". */
export const NOTICE_PERIODS = ["INITIAL", "COMPLEMENTARY"] as const;
export type NoticePeriod = (typeof NOTICE_PERIODS)[number];

export const NOTICE_PERIOD_LABELS: Readonly<Record<NoticePeriod, string>> = {
  INITIAL: "période initiale de mise en conformité",
  COMPLEMENTARY: "période complémentaire de mise en conformité",
};

/** What the decision maker writes in a formal notice (mise en demeure). */
export interface FormalNoticeDraft {
  readonly failings: readonly string[];
  /** "en cas de manquement grave ..., la suspension temporaire de l'habilitation pendant toute la durée de la procédure". */
  readonly suspension: boolean;
  /** "la date de retrait de l'habilitation en l'absence de justification écrite ... dans le délai imparti". */
  readonly withdrawalOn: IsoDate;
}

export interface FormalNotice extends FormalNoticeDraft {
  readonly period: NoticePeriod;
}

const MAX_FAILINGS = 30;

/** CMP-2: last day for the organism's written justification: 30 working days from the notice's notification. */
export function justificationDue(noticeNotifiedOn: IsoDate): IsoDate {
  return computeDeadline("CMP_JUSTIFICATION", noticeNotifiedOn);
}

/** CMP-3: the withdrawal date a notice states can only fall after the whole justification period. */
export function earliestWithdrawalDate(noticeNotifiedOn: IsoDate): IsoDate {
  return addCalendarDays(justificationDue(noticeNotifiedOn), 1);
}

/** CMP-1, CMP-3: for a notice notified on `notifiedOn`, the stated withdrawal date leaves the organism its 30 working days. */
export function checkWithdrawalDate(withdrawalOn: IsoDate, notifiedOn: IsoDate): Decision<IsoDate> {
  const earliest = earliestWithdrawalDate(notifiedOn);
  if (withdrawalOn >= earliest) return accept(withdrawalOn);
  return refuse(
    "INVALID",
    `La date de retrait (${withdrawalOn}) doit suivre le délai de justification : notifiée le ${notifiedOn}, la mise en demeure laisse à l'organisme jusqu'au ${justificationDue(notifiedOn)} pour justifier ses mesures correctives (30 jours ouvrés). Fixez le retrait au ${earliest} au plus tôt.`,
  );
}

/**
 * CMP-1: the notice states the failings, the period to comply (initial or complementary), the withdrawal date if nothing
 * is justified in time, and whether the habilitation is suspended for the procedure. It can be notified today at the
 * earliest, so the withdrawal date is checked against a notification today.
 */
export function checkFormalNotice(draft: FormalNoticeDraft, period: NoticePeriod, today: IsoDate): Decision<FormalNotice> {
  assertIsoDate(today, "today");
  if (!Array.isArray(draft.failings) || draft.failings.length === 0) {
    return refuse("INVALID", "La mise en demeure précise le ou les manquements identifiés : indiquez-en au moins un.");
  }
  if (draft.failings.length > MAX_FAILINGS) return refuse("INVALID", `La mise en demeure liste ${draft.failings.length} manquements : regroupez-les (${MAX_FAILINGS} au plus).`);
  const failings: string[] = [];
  for (const [index, failing] of draft.failings.entries()) {
    const text = checkText(failing, `Le manquement ${index + 1}`);
    if (!text.ok) return text;
    if (failings.includes(text.value)) return refuse("INVALID", `Le manquement ${index + 1} répète un manquement déjà listé : retirez le doublon.`);
    failings.push(text.value);
  }
  if (typeof draft.suspension !== "boolean") return refuse("INVALID", "Indiquez si la mise en demeure suspend l'habilitation (manquement grave) ou non.");
  const bad = checkDateInput(draft.withdrawalOn, "Date de retrait en l'absence de justification");
  if (bad) return bad;
  const withdrawalOn = checkWithdrawalDate(draft.withdrawalOn, today);
  if (!withdrawalOn.ok) return withdrawalOn;
  return accept({ failings, suspension: draft.suspension, withdrawalOn: withdrawalOn.value, period });
}
