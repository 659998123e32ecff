import type { BaseItem } from "../../referentials/rules/referential-tree";
import { capitalise } from "../../common/french";

/** One item of a submitted contextualisation document, flattened with the parent it was given under. */
export interface DocumentItem {
  code: string;
  kind: BaseItem["kind"];
  parentCode: string | null;
  text: string;
}

export type ViolationKind = "ADDED" | "REMOVED" | "DUPLICATED" | "MISPLACED";

export interface StructureViolation {
  kind: ViolationKind;
  code: string;
  message: string;
}

const KIND_LABEL: Record<BaseItem["kind"], string> = {
  DOMAIN: "le domaine",
  COMPETENCE: "la compétence",
  CRITERION: "le critère",
};

/**
 * CTX-2: a contextualisation keeps every domain, competence and criterion of the base, each once and in its place.
 * Returns every violation, so that a CPNE can fix its document in one go.
 */
export function checkStructure(base: readonly BaseItem[], document: readonly DocumentItem[]): StructureViolation[] {
  const baseByCode = new Map(base.map((item) => [item.code, item]));
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  const violations: StructureViolation[] = [];

  for (const item of document) {
    const expected = baseByCode.get(item.code);
    if (!expected) {
      violations.push({
        kind: "ADDED",
        code: item.code,
        message: `${capitalise(KIND_LABEL[item.kind])} ${item.code} n'existe pas dans le référentiel : une contextualisation ne peut rien ajouter.`,
      });
      continue;
    }
    if (seen.has(item.code)) {
      if (!duplicated.has(item.code)) {
        duplicated.add(item.code);
        violations.push({
          kind: "DUPLICATED",
          code: item.code,
          message: `${capitalise(KIND_LABEL[expected.kind])} ${item.code} figure plusieurs fois : chaque élément doit figurer une seule fois.`,
        });
      }
      continue;
    }
    seen.add(item.code);
    if (expected.kind !== item.kind || expected.parentCode !== item.parentCode) {
      const where = expected.parentCode ? `sous ${expected.parentCode}` : "au premier niveau";
      violations.push({
        kind: "MISPLACED",
        code: item.code,
        message: `${capitalise(KIND_LABEL[expected.kind])} ${item.code} doit rester ${where} : une contextualisation ne déplace rien.`,
      });
    }
  }

  for (const item of base) {
    if (!seen.has(item.code)) {
      violations.push({
        kind: "REMOVED",
        code: item.code,
        message: `${capitalise(KIND_LABEL[item.kind])} ${item.code} manque : une contextualisation ne peut rien retirer.`,
      });
    }
  }
  return violations;
}

/** CTX-2: why a document that would change the structure is refused, with the number of violations. */
export function structureViolationMessage(violations: readonly StructureViolation[]): string {
  return (
    `La contextualisation modifierait la structure du référentiel (${violations.length} écart${violations.length > 1 ? "s" : ""}) : ` +
    "elle adapte les libellés, sans rien ajouter ni retirer (CTX-2). Rien n'a été enregistré."
  );
}
