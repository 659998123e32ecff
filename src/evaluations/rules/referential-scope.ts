/** The referential version a person is evaluated against, as the path rules need it: codes only. */
export interface EvaluatedReferential {
  readonly certification: string;
  readonly version: string;
  readonly domains: readonly EvaluatedDomain[];
}

export interface EvaluatedDomain {
  readonly code: string;
  readonly competences: readonly EvaluatedCompetence[];
}

export interface EvaluatedCompetence {
  readonly code: string;
  /** Criterion codes; empty where the referential lists none (CléA base: sub-domains only). */
  readonly criteria: readonly string[];
}

/** One assessed item: a criterion, or a competence that has no criteria. */
export interface Assessment {
  readonly code: string;
  readonly acquired: boolean;
}

/** What an evaluator assesses for a competence: each of its criteria, or the competence itself when it lists none. */
export function assessableItems(competence: EvaluatedCompetence): readonly string[] {
  return competence.criteria.length > 0 ? competence.criteria : [competence.code];
}

export interface ItemPlace {
  readonly domainCode: string;
  readonly competenceCode: string;
}

/** Every assessable item code → its competence and domain. */
export function itemIndex(referential: EvaluatedReferential): ReadonlyMap<string, ItemPlace> {
  const index = new Map<string, ItemPlace>();
  for (const domain of referential.domains) {
    for (const competence of domain.competences) {
      for (const code of assessableItems(competence)) index.set(code, { domainCode: domain.code, competenceCode: competence.code });
    }
  }
  return index;
}

export function allCompetences(referential: EvaluatedReferential): readonly (EvaluatedCompetence & { readonly domainCode: string })[] {
  return referential.domains.flatMap((domain) => domain.competences.map((competence) => ({ ...competence, domainCode: domain.code })));
}
