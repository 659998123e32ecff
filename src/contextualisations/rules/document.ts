import type { DocumentItem } from "./structure";

export interface WordingDocument {
  domains: {
    code: string;
    title: string;
    competences: { code: string; title: string; criteria: { code: string; text: string }[] }[];
  }[];
}

/** Flattens a whole contextualisation document, keeping where each item was placed. */
export function flattenDocument(document: WordingDocument): DocumentItem[] {
  const items: DocumentItem[] = [];
  for (const domain of document.domains) {
    items.push({ code: domain.code.trim(), kind: "DOMAIN", parentCode: null, text: domain.title });
    for (const competence of domain.competences) {
      items.push({ code: competence.code.trim(), kind: "COMPETENCE", parentCode: domain.code.trim(), text: competence.title });
      for (const criterion of competence.criteria) {
        items.push({ code: criterion.code.trim(), kind: "CRITERION", parentCode: competence.code.trim(), text: criterion.text });
      }
    }
  }
  return items;
}
