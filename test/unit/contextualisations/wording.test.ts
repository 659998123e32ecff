import { describe, expect, it } from "vitest";
import { baseChanges } from "../../../src/contextualisations/rules/outdated";
import { wordingDiff } from "../../../src/referentials/rules/wording-diff";
import { checkWording, MAX_WORDING_LENGTH } from "../../../src/referentials/rules/wording";
import type { BaseItem } from "../../../src/referentials/rules/referential-tree";

describe("wording", () => {
  it("CTX-2: a wording is trimmed and its inner spaces folded", () => {
    expect(checkWording("  animer   une réunion ;\n", "2-2.1")).toEqual({ ok: true, text: "animer une réunion ;" });
  });

  it("CTX-2: a blank wording is refused with the item's code", () => {
    const result = checkWording(" \t ", "2-2.1");
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("2-2.1") });
  });

  it("CTX-2: a wording over the limit is refused; at the limit it is accepted", () => {
    expect(checkWording("é".repeat(MAX_WORDING_LENGTH), "1").ok).toBe(true);
    expect(checkWording("é".repeat(MAX_WORDING_LENGTH + 1), "1").ok).toBe(false);
  });

  it("CTX-2: the word-level diff shows what a CPNE changed", () => {
    expect(wordingDiff("animer une réunion ;", "animer une réunion d'équipe ;")).toEqual([
      { kind: "EQUAL", text: "animer une réunion " },
      { kind: "ADDED", text: "d'équipe " },
      { kind: "EQUAL", text: ";" },
    ]);
  });

  it("REF-3: base changes list reworded, added and removed items", () => {
    const item = (code: string, text: string): BaseItem => ({
      code, text, kind: "CRITERION", parentCode: "1-1", position: 1, shortTitle: null, criterionKind: "CERTIFICATION", transversal: false, criteriaLead: null,
    });
    const changes = baseChanges([item("a", "un"), item("b", "deux"), item("c", "trois")], [item("a", "un"), item("b", "deux bis"), item("d", "quatre")]);
    expect(changes).toEqual([
      { code: "b", kind: "CHANGED", previousText: "deux", currentText: "deux bis" },
      { code: "d", kind: "ADDED", previousText: null, currentText: "quatre" },
      { code: "c", kind: "REMOVED", previousText: "trois", currentText: null },
    ]);
  });
});
