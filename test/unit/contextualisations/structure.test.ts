import { describe, expect, it } from "vitest";
import { checkStructure, type DocumentItem } from "../../../src/contextualisations/rules/structure";
import { flattenDocument } from "../../../src/contextualisations/rules/document";
import type { BaseItem } from "../../../src/referentials/rules/referential-tree";

const item = (code: string, kind: BaseItem["kind"], parentCode: string | null, position: number): BaseItem => ({
  code, kind, parentCode, position, text: `texte ${code}`, shortTitle: null,
  criterionKind: kind === "CRITERION" ? "CERTIFICATION" : null, transversal: false, criteriaLead: null,
});

const base: BaseItem[] = [
  item("1", "DOMAIN", null, 1),
  item("1-1", "COMPETENCE", "1", 2),
  item("1-1.1", "CRITERION", "1-1", 3),
  item("1-1.2", "CRITERION", "1-1", 4),
  item("2", "DOMAIN", null, 5),
  item("2-1", "COMPETENCE", "2", 6),
  item("2-1.1", "CRITERION", "2-1", 7),
];

const asDocument = (items: BaseItem[]): DocumentItem[] =>
  items.map(({ code, kind, parentCode, text }) => ({ code, kind, parentCode, text }));

describe("checkStructure", () => {
  it("CTX-2: a document that rewords every item in place has no violation", () => {
    const reworded = asDocument(base).map((i) => ({ ...i, text: `${i.text} (adapté)` }));
    expect(checkStructure(base, reworded)).toEqual([]);
  });

  it("CTX-2: an added criterion is reported as ADDED", () => {
    const document = [...asDocument(base), { code: "1-1.3", kind: "CRITERION" as const, parentCode: "1-1", text: "nouveau" }];
    expect(checkStructure(base, document)).toMatchObject([{ kind: "ADDED", code: "1-1.3" }]);
  });

  it("CTX-2: an added domain and competence are reported as ADDED", () => {
    const document = [
      ...asDocument(base),
      { code: "4", kind: "DOMAIN" as const, parentCode: null, text: "x" },
      { code: "4-1", kind: "COMPETENCE" as const, parentCode: "4", text: "y" },
    ];
    expect(checkStructure(base, document).map((v) => `${v.kind}:${v.code}`)).toEqual(["ADDED:4", "ADDED:4-1"]);
  });

  it("CTX-2: a missing criterion is reported as REMOVED", () => {
    const document = asDocument(base).filter((i) => i.code !== "1-1.2");
    expect(checkStructure(base, document)).toMatchObject([{ kind: "REMOVED", code: "1-1.2" }]);
  });

  it("CTX-2: removing a competence reports it and each of its criteria", () => {
    const document = asDocument(base).filter((i) => !i.code.startsWith("2-1"));
    expect(checkStructure(base, document).map((v) => `${v.kind}:${v.code}`)).toEqual(["REMOVED:2-1", "REMOVED:2-1.1"]);
  });

  it("CTX-2: an item given twice is reported once as DUPLICATED", () => {
    const document = [...asDocument(base), asDocument(base)[2], asDocument(base)[2]];
    expect(checkStructure(base, document)).toEqual([expect.objectContaining({ kind: "DUPLICATED", code: "1-1.1" })]);
  });

  it("CTX-2: a criterion moved under another competence is MISPLACED", () => {
    const document = asDocument(base).map((i) => (i.code === "1-1.2" ? { ...i, parentCode: "2-1" } : i));
    expect(checkStructure(base, document)).toMatchObject([{ kind: "MISPLACED", code: "1-1.2" }]);
  });

  it("CTX-2: a competence given as a criterion is MISPLACED", () => {
    const document = asDocument(base).map((i) => (i.code === "1-1" ? { ...i, kind: "CRITERION" as const } : i));
    expect(checkStructure(base, document)).toMatchObject([{ kind: "MISPLACED", code: "1-1" }]);
  });

  it("CTX-2: every violation is reported at once, each with a message", () => {
    const document = [
      ...asDocument(base).filter((i) => i.code !== "2-1.1"),
      { code: "9-9", kind: "COMPETENCE" as const, parentCode: "1", text: "ajout" },
      asDocument(base)[1],
    ];
    const violations = checkStructure(base, document);
    expect(violations.map((v) => `${v.kind}:${v.code}`).sort()).toEqual(["ADDED:9-9", "DUPLICATED:1-1", "REMOVED:2-1.1"]);
    for (const v of violations) expect(v.message.length).toBeGreaterThan(20);
  });

  it("CTX-2: flattening a nested document keeps where each item was placed", () => {
    const flat = flattenDocument({
      domains: [{ code: "1", title: "D", competences: [{ code: " 1-1 ", title: "C", criteria: [{ code: "1-1.1", text: "K" }] }] }],
    });
    expect(flat).toEqual([
      { code: "1", kind: "DOMAIN", parentCode: null, text: "D" },
      { code: "1-1", kind: "COMPETENCE", parentCode: "1", text: "C" },
      { code: "1-1.1", kind: "CRITERION", parentCode: "1-1", text: "K" },
    ]);
  });
});
