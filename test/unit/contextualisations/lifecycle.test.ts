import { describe, expect, it } from "vitest";
import {
  type ContextualisationAction,
  type ContextualisationStatus,
  transition,
} from "../../../src/contextualisations/rules/lifecycle";

const STATUSES: ContextualisationStatus[] = ["DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "SUPERSEDED"];
const ALLOWED: Record<ContextualisationAction, [ContextualisationStatus, ContextualisationStatus]> = {
  EDIT: ["DRAFT", "DRAFT"],
  SUBMIT: ["DRAFT", "SUBMITTED"],
  APPROVE: ["SUBMITTED", "PUBLISHED"],
  REJECT: ["SUBMITTED", "REJECTED"],
  SUPERSEDE: ["PUBLISHED", "SUPERSEDED"],
};

describe("contextualisation lifecycle", () => {
  for (const [action, [from, to]] of Object.entries(ALLOWED) as [ContextualisationAction, [ContextualisationStatus, ContextualisationStatus]][]) {
    for (const status of STATUSES) {
      if (status === from) {
        it(`CTX-5: ${action} moves ${from} to ${to}`, () => {
          expect(transition(status, action)).toEqual({ ok: true, from, to });
        });
      } else {
        it(`CTX-5: ${action} is refused from ${status}, with a reason naming the state`, () => {
          const result = transition(status, action);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason).toContain(status);
        });
      }
    }
  }
});
