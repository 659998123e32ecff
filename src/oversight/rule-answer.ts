import { badInput, forbidden } from "../common/errors";
import type { Decision } from "./rules/decision";

/** A rule's refusal as the API gives it: FORBIDDEN, or BAD_USER_INPUT with the rule's code in `extensions.reason`. */
export function orThrow<T>(decision: Decision<T>): T {
  if (decision.ok) return decision.value;
  if (decision.code === "FORBIDDEN") throw forbidden(decision.message);
  throw badInput(decision.message, { reason: decision.code });
}
