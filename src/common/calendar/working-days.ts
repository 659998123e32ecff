import getJoursFeries from "@socialgouv/jours-feries";
import { DateTime } from "luxon";

/** A calendar date `YYYY-MM-DD`, understood in Europe/Paris. */
export type IsoDate = string;

export const PARIS_ZONE = "Europe/Paris";

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

// Calendar arithmetic runs in UTC, where every day lasts 24 hours; the zone only matters when an
// instant is turned into a date (parisDate).
function toDateTime(date: IsoDate, name = "date"): DateTime {
  if (typeof date !== "string" || !ISO_DATE_PATTERN.test(date)) {
    throw new RangeError(`Invalid ${name} ${JSON.stringify(date)}: expected a calendar date YYYY-MM-DD`);
  }
  const parsed = DateTime.fromISO(date, { zone: "utc" });
  if (!parsed.isValid) {
    throw new RangeError(
      `Invalid ${name} "${date}": ${parsed.invalidExplanation ?? "not a calendar date"}`,
    );
  }
  return parsed;
}

function toIsoDate(dateTime: DateTime): IsoDate {
  const iso = dateTime.toISODate();
  if (iso === null) {
    throw new RangeError(`Date out of range: ${dateTime.invalidExplanation ?? "unknown reason"}`);
  }
  return iso;
}

function requireInteger(value: number, name: string, minimum?: number): void {
  if (!Number.isInteger(value) || (minimum !== undefined && value < minimum)) {
    const bound = minimum === undefined ? "an integer" : `an integer >= ${minimum}`;
    throw new RangeError(`Invalid ${name} ${String(value)}: expected ${bound}`);
  }
}

/** Throws a RangeError unless `date` is a valid `YYYY-MM-DD` calendar date; returns it. */
export function assertIsoDate(date: IsoDate, name = "date"): IsoDate {
  toDateTime(date, name);
  return date;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && ISO_DATE_PATTERN.test(value) && DateTime.fromISO(value, { zone: "utc" }).isValid;
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a, "first date");
  assertIsoDate(b, "second date");
  return a < b ? -1 : a > b ? 1 : 0;
}

const holidaysByYear = new Map<number, ReadonlySet<IsoDate>>();

// The library builds each holiday as local midnight of the process zone, and derives the Easter
// ones by adding 24-hour steps, which can land an hour off midnight across a DST change (23:00 the
// day before in a zone that leaves DST in April). Reading the local date 12 hours later recovers
// the intended day in any process zone.
function localCalendarDate(date: Date): IsoDate {
  const midday = new Date(date.getTime() + 12 * 60 * 60 * 1000);
  const y = String(midday.getFullYear()).padStart(4, "0");
  const m = String(midday.getMonth() + 1).padStart(2, "0");
  const d = String(midday.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

function holidaysOf(year: number): ReadonlySet<IsoDate> {
  let holidays = holidaysByYear.get(year);
  if (holidays === undefined) {
    holidays = new Set(Object.values(getJoursFeries(year)).map(localCalendarDate));
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** The French public holidays (metropolitan France, without the Alsace-Moselle extras) of a year. */
export function publicHolidays(year: number): IsoDate[] {
  requireInteger(year, "year", 1000);
  return [...holidaysOf(year)].sort();
}

export function isPublicHoliday(date: IsoDate): boolean {
  return holidaysOf(toDateTime(date).year).has(date);
}

function isWorkingDateTime(dateTime: DateTime): boolean {
  return dateTime.weekday <= 5 && !holidaysOf(dateTime.year).has(toIsoDate(dateTime));
}

/** "Jour ouvré": Monday to Friday, except French public holidays. */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDateTime(toDateTime(date));
}

function stepWorkingDays(start: DateTime, n: number, step: 1 | -1): IsoDate {
  let current = start;
  let counted = 0;
  while (counted < n) {
    current = current.plus({ days: step });
    if (isWorkingDateTime(current)) counted += 1;
  }
  return toIsoDate(current);
}

/**
 * The n-th working day after `from`. `from` itself never counts, even when it is a working day
 * (the day of the notification is not part of the delay); n = 0 returns `from`.
 */
export function addWorkingDays(from: IsoDate, n: number): IsoDate {
  const start = toDateTime(from, "start date");
  requireInteger(n, "number of working days", 0);
  return stepWorkingDays(start, n, 1);
}

/**
 * The n-th working day before `to`: the latest date leaving n full working days before `to`
 * ("au plus tard n jours ouvrés avant"). n = 0 returns `to`.
 */
export function subtractWorkingDays(to: IsoDate, n: number): IsoDate {
  const end = toDateTime(to, "end date");
  requireInteger(n, "number of working days", 0);
  return stepWorkingDays(end, n, -1);
}

/**
 * Number of working days d with a < d <= b. When b is before a, the result is negative:
 * -(working days d with b < d <= a), so that workingDaysBetween(a, b) = -workingDaysBetween(b, a)
 * and a deadline in the past reads as "n working days late".
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate): number {
  const start = toDateTime(a, "start date");
  const end = toDateTime(b, "end date");
  if (end < start) return -workingDaysBetween(b, a);
  let count = 0;
  for (let current = start.plus({ days: 1 }); current <= end; current = current.plus({ days: 1 })) {
    if (isWorkingDateTime(current)) count += 1;
  }
  return count;
}

/** Signed number of calendar days from a to b. */
export function calendarDaysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round(toDateTime(b, "end date").diff(toDateTime(a, "start date"), "days").days);
}

export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  const start = toDateTime(date);
  requireInteger(n, "number of days");
  return toIsoDate(start.plus({ days: n }));
}

/** Same day n months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const start = toDateTime(date);
  requireInteger(n, "number of months");
  return toIsoDate(start.plus({ months: n }));
}

/** Same day n years later; 29 Feb becomes 28 Feb in a common year. */
export function addYears(date: IsoDate, n: number): IsoDate {
  const start = toDateTime(date);
  requireInteger(n, "number of years");
  return toIsoDate(start.plus({ years: n }));
}

/** The calendar date of an instant in Europe/Paris (DST-aware). */
export function parisDate(instant: Date): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Invalid instant ${String(instant)}: expected a valid Date`);
  }
  return toIsoDate(DateTime.fromJSDate(instant, { zone: PARIS_ZONE }));
}

