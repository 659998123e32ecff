import type { ContextualisationDocumentInput, ReferentialFieldsFragment } from "../generated/graphql";

/** The whole wording document of a served referential, as saveContextualisation takes it. */
export function documentOf(referential: Pick<ReferentialFieldsFragment, "domains">): ContextualisationDocumentInput {
  return {
    domains: referential.domains.map((domain) => ({
      code: domain.code,
      title: domain.title,
      competences: domain.competences.map((competence) => ({
        code: competence.code,
        title: competence.title,
        criteria: competence.criteria.map((criterion) => ({ code: criterion.code, text: criterion.text })),
      })),
    })),
  };
}
