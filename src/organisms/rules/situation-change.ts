import type { IsoDate } from "../../common/calendar/working-days";
import { type ChangeKind, CHANGE_KINDS, checkChangeReport } from "./changes";
import { type Checked, InputCheck } from "./fields";

export interface SituationReport {
  kind: ChangeKind;
  changedOn: IsoDate;
  reportedOn: IsoDate;
  dueOn: IsoDate;
  late: boolean;
  description: string;
  /** Why the report is late, when it is. */
  lateReason: string | null;
}

/**
 * HAB-7: a change of situation is reported within 30 days of the change. A late report is still accepted (the
 * Instance must know), and flagged late. A change that has not happened yet is reported when it happens.
 */
export function checkSituationReport(kind: string, changedOn: string, description: string, today: IsoDate): Checked<SituationReport> {
  const check = new InputCheck();
  if (!(CHANGE_KINDS as readonly string[]).includes(kind)) check.fail("kind", "Nature du changement", `« ${kind} » n'est pas une nature connue.`);
  const date = check.date("changedOn", "Date du changement", changedOn);
  check.notAfterToday("changedOn", "Date du changement", date, today, "la date du changement");
  const text = check.requiredText("description", "Description", description, 2000);
  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  const report = checkChangeReport(kind as ChangeKind, date!, today);
  return check.result({
    kind: kind as ChangeKind,
    changedOn: date!,
    reportedOn: today,
    dueOn: report.due,
    late: !report.ok,
    description: text,
    lateReason: report.ok ? null : report.reason,
  });
}

/** Late when reported after the due date. */
export const isLate = (change: { reportedOn: IsoDate; dueOn: IsoDate }): boolean => change.reportedOn > change.dueOn;
