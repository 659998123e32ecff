import { DateTime } from "luxon";
import { PARIS_ZONE } from "../../common/calendar/working-days";

export type TimeBound = { readonly ok: true; readonly at: Date | null } | { readonly ok: false; readonly reason: string };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A journal filter bound: a day (YYYY-MM-DD, in Europe/Paris, the whole day included) or an ISO 8601 instant
 * (Paris time when it carries no offset). `from` and `to` are both inclusive.
 */
export function parseBound(value: string | null | undefined, side: "from" | "to"): TimeBound {
  if (value === null || value === undefined) return { ok: true, at: null };
  const text = value.trim();
  const parsed = DateTime.fromISO(text, { zone: PARIS_ZONE });
  if (!parsed.isValid || (!DATE_ONLY.test(text) && !text.includes("T"))) {
    return { ok: false, reason: `« ${value} » n'est ni une date (AAAA-MM-JJ) ni un instant ISO 8601 (AAAA-MM-JJTHH:MM:SS+01:00).` };
  }
  const at = DATE_ONLY.test(text) && side === "to" ? parsed.endOf("day") : parsed;
  return { ok: true, at: at.toJSDate() };
}

export function parseRange(from: string | null | undefined, to: string | null | undefined):
  | { readonly ok: true; readonly from: Date | null; readonly to: Date | null }
  | { readonly ok: false; readonly reason: string } {
  const start = parseBound(from, "from");
  if (!start.ok) return start;
  const end = parseBound(to, "to");
  if (!end.ok) return end;
  if (start.at && end.at && end.at < start.at) return { ok: false, reason: `La fin (« ${to} ») précède le début (« ${from} »).` };
  return { ok: true, from: start.at, to: end.at };
}
