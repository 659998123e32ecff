import type { JournalRecord } from "../common/db/unit-of-work";
import { AppError } from "../common/errors";
import type { CandidateEntity } from "./candidate.entity";
import type { Decision, Refusal } from "./rules/decision";

/** A rule's refusal as the API gives it: its code, its French message, and the rule that refused. */
export const refusalError = (refusal: Refusal, extensions: Record<string, unknown> = {}): AppError =>
  new AppError(refusal.code, refusal.message, { rule: refusal.rule, ...extensions });

/** The value a rule accepted, or its refusal thrown. */
export function decided<T>(decision: Decision<T>): T {
  if (!decision.ok) throw refusalError(decision);
  return decision.value;
}

/**
 * A journal line about a candidate, readable by the certifier (the Instance the habilitation belongs to). Never a
 * name, a birth date or a free text of the person's: the journal is never erased.
 */
export function candidateLine(candidate: Pick<CandidateEntity, "id" | "status">, certifierCode: string, action: string, reason: string, toState?: string): JournalRecord {
  return { subjectType: "CANDIDATE", subjectId: candidate.id, subjectInstanceCode: certifierCode, action, fromState: candidate.status, toState: toState ?? candidate.status, reason };
}

/** Free text the person or the organism writes, trimmed and held to its column's length. */
export function textWithin(value: string | null | undefined, max: number, what: string): string | null {
  const text = value?.trim() ?? "";
  if (text.length > max) throw new AppError("BAD_USER_INPUT", `${what} : ${max} caractères au plus.`);
  return text.length ? text : null;
}

