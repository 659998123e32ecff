import type { OrganismHabilitation } from "../../../src/habilitations/rules/evaluation-right";
import type { Decision } from "../../../src/evaluations/rules/decision";
import type { Assessment, EvaluatedReferential } from "../../../src/evaluations/rules/referential-scope";
import { allCompetences, assessableItems } from "../../../src/evaluations/rules/referential-scope";
import { clea, cleaManagement20230214 } from "../../../seeds/reference/referentials";
import type { ReferentialSeed } from "../../../seeds/reference/referentials/types";

export function referentialOf(seed: ReferentialSeed): EvaluatedReferential {
  return {
    certification: seed.certification,
    version: seed.version,
    domains: seed.domains.map((domain) => ({
      code: domain.code,
      competences: domain.competences.map((competence) => ({ code: competence.code, criteria: competence.criteria.map((criterion) => criterion.code) })),
    })),
  };
}

/** CléA management 2023-02-14: 3 domains, 17 competences with their criteria. */
export const MANAGEMENT = referentialOf(cleaManagement20230214);
/** CléA (base): 7 domains, 28 sub-domains without criteria. */
export const CLEA = referentialOf(clea);

/** Assessments of the given competences (all by default), acquired except those listed. */
export function assess(referential: EvaluatedReferential, options: { only?: readonly string[]; notAcquired?: readonly string[] } = {}): Assessment[] {
  return allCompetences(referential)
    .filter((competence) => !options.only || options.only.includes(competence.code))
    .flatMap((competence) => assessableItems(competence).map((code) => ({ code, acquired: !(options.notAcquired ?? []).includes(competence.code) })));
}

export function competencesOfDomain(referential: EvaluatedReferential, domainCode: string): string[] {
  return referential.domains.find((domain) => domain.code === domainCode)!.competences.map((competence) => competence.code);
}

export const certifProHabilitation: OrganismHabilitation = {
  id: 1,
  instance: { code: "CERTIF_PRO", kind: "CERTIFIER" },
  certification: "CLEA_MANAGEMENT",
  professionalField: null,
  validity: { notifiedOn: "2025-03-10" },
};

export function expectRefused<T>(decision: Decision<T>): { code: string; rule: string; message: string } {
  if (decision.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(decision.value)}`);
  return decision;
}

export function expectAccepted<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new Error(`Expected acceptance, got ${decision.code} ${decision.rule}: ${decision.message}`);
  return decision.value;
}
