import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";

/**
 * Why a rule says no. FORBIDDEN maps to the FORBIDDEN error code; every other code is a client mistake
 * (BAD_USER_INPUT), the rule code travelling with it so that a client can tell a late act from a wrong state.
 */
export type RuleCode =
  | "FORBIDDEN"
  | "WRONG_STATE"
  | "INVALID"
  | "TOO_EARLY"
  | "LATE"
  | "NOT_IN_FORCE"
  | "ALREADY_OPEN"
  | "NO_RECENT_PROCEDURE";

export type Decision<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: RuleCode; readonly message: string };

export type Refusal = Extract<Decision<never>, { ok: false }>;

export const accept = <T>(value: T): Decision<T> => ({ ok: true, value });

export const refuse = (code: RuleCode, message: string): Refusal => ({ ok: false, code, message });

/** A date typed by a person: a clear refusal rather than an exception. */
export function checkDateInput(value: string, label: string): Refusal | null {
  return isIsoDate(value) ? null : refuse("INVALID", `${label} : date invalide « ${value} », attendu AAAA-MM-JJ.`);
}

/** A text typed by a person: trimmed, required, bounded. */
export function checkText(value: string, label: string, max = 2000): Decision<string> {
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") return refuse("INVALID", `${label} est obligatoire.`);
  if (text.length > max) return refuse("INVALID", `${label} dépasse ${max} caractères (${text.length}) : abrégez-le.`);
  return accept(text);
}

export type { IsoDate };
