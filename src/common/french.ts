import { assertIsoDate, type IsoDate } from "./calendar/working-days";

/** How messages and documents read in French: one place for every area. */

/** "de déposer", "d'accepter". */
export function elidedDe(verbPhrase: string): string {
  return /^[aeiouyàâéèêîôh]/i.test(verbPhrase) ? `d'${verbPhrase}` : `de ${verbPhrase}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b et c", "a ou b". */
export function joinFrench(items: readonly string[], conjunction: "et" | "ou" = "et"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** "1 ligne", "3 lignes". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n > 1 ? plural : singular}`;
}

/** "2025-03-04" → "04/03/2025": how dates read in messages. */
export function formatDate(date: IsoDate): string {
  assertIsoDate(date);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2025-03-01" → "1er mars 2025": how dates read on documents. */
export function longFrenchDate(date: IsoDate): string {
  assertIsoDate(date);
  const day = Number(date.slice(8, 10));
  return `${day === 1 ? "1er" : day} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "420 min" → "7 h", "200 min" → "3 h 20". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, "0")}`;
}
