import { type IsoDate, isIsoDate } from "./calendar/working-days";
import { badInput } from "./errors";

/** A date argument, checked before any rule compares it or any column stores it. */
export function requireDate(value: string, name: string): IsoDate {
  if (!isIsoDate(value)) throw badInput(`${name} : date invalide « ${value} », attendu AAAA-MM-JJ.`);
  return value;
}

/** An optional date argument (a list's filter): null when absent, checked before it reaches SQL. */
export function optionalDate(value: string | null | undefined, name: string): IsoDate | null {
  return value === null || value === undefined ? null : requireDate(value, name);
}
