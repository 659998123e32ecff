export interface OutcomeInput {
  certification: string;
  /** Domain codes of the referential version. */
  domains: readonly string[];
  /** Domain codes the jury validated. */
  validatedDomains: readonly string[];
  /** CléA (base) only: share of the evaluation points obtained, 0–100. */
  scorePercent?: number | null;
}

export type Outcome = { obtained: true } | { obtained: false; missingDomains: string[]; reason: string };

const CLEA_MINIMUM_SCORE = 75;

/**
 * REF-4: CléA management is obtained when every domain is validated (Annexe 3, art. 4); CléA (base) needs all
 * 7 domains mastered and, per seed 002, at least 75 % of the points.
 */
export function certificationOutcome(input: OutcomeInput): Outcome {
  const unknown = input.validatedDomains.filter((code) => !input.domains.includes(code));
  if (unknown.length) throw new RangeError(`Unknown domains: ${unknown.join(", ")}`);
  const missingDomains = input.domains.filter((code) => !input.validatedDomains.includes(code));
  if (missingDomains.length) {
    return {
      obtained: false,
      missingDomains,
      reason: `Tous les domaines doivent être validés ; ${missingDomains.length > 1 ? "restent" : "reste"} : ${missingDomains.join(", ")}.`,
    };
  }
  if (input.certification === "CLEA" && (input.scorePercent ?? 0) < CLEA_MINIMUM_SCORE) {
    return { obtained: false, missingDomains: [], reason: `CléA demande aussi au moins ${CLEA_MINIMUM_SCORE} % des points.` };
  }
  return { obtained: true };
}
