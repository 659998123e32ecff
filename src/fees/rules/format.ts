import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";

/** "330,00 €", "1 320,00 €". */
export function formatEuros(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Amount ${String(cents)} is not a whole number of cents`);
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const euros = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${euros},${String(absolute % 100).padStart(2, "0")} €`;
}

/** "2025-03-04" → "04/03/2025". */
export function formatDate(date: IsoDate): string {
  assertIsoDate(date);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
