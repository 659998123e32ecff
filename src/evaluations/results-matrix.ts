import { buildTree } from "../referentials/rules/referential-tree";
import type { CandidateReferential } from "./candidate-referential";
import type { MatrixDomainType, ResultsMatrixType } from "./candidate.types";
import type { PathStatus } from "./rules/path";

/**
 * EVA-4: the results per domain and competence, in the wording the person was evaluated against: the CPNE's
 * contextualised wording where it has one, the referential's otherwise; a domain is validated on the day its last
 * competence was acquired.
 */
export function resultsMatrix(
  referential: CandidateReferential,
  wording: ReadonlyMap<string, string>,
  status: PathStatus,
  context: { readonly code: string; readonly name: string } | null,
): ResultsMatrixType {
  const acquiredOn = new Map(status.competences.map((c) => [c.code, c.acquiredOn]));
  const worded = (code: string, base: string) => {
    const text = wording.get(code);
    return { title: text ?? base, contextualised: text !== undefined && text !== base };
  };
  const domains = buildTree(referential.items).map((domain): MatrixDomainType => {
    const competences = domain.children.map((competence) => ({
      code: competence.item.code,
      ...worded(competence.item.code, competence.item.text),
      acquiredOn: acquiredOn.get(competence.item.code) ?? null,
    }));
    const validated = status.validatedDomains.includes(domain.item.code);
    return {
      code: domain.item.code,
      ...worded(domain.item.code, domain.item.text),
      validatedOn: validated ? competences.map((c) => c.acquiredOn!).sort().at(-1) ?? null : null,
      competences,
    };
  });
  return {
    certification: referential.evaluated.certification,
    certificationName: referential.certificationName,
    referentialVersion: referential.version.version,
    context: context?.code ?? null,
    contextName: context?.name ?? null,
    domains,
  };
}
