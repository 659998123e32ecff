import { diffWords } from "diff";

export type DiffSegmentKind = "EQUAL" | "ADDED" | "REMOVED";
export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
}

/** Word-level changes from the base wording to the contextualised one. */
export function wordingDiff(base: string, contextualised: string): DiffSegment[] {
  return diffWords(base, contextualised).map((part) => ({
    kind: part.added ? "ADDED" : part.removed ? "REMOVED" : "EQUAL",
    text: part.value,
  }));
}
