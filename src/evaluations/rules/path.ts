import type { IsoDate } from "../../common/calendar/working-days";
import { certificationOutcome, type Outcome } from "../../referentials/rules/certification-outcome";
import { type EvaluationKind, pathEndsOn } from "./path-limits";
import { allCompetences, type Assessment, assessableItems, type EvaluatedReferential } from "./referential-scope";

/** A validated evaluation of the person's path. */
export interface RecordedEvaluation {
  readonly kind: EvaluationKind;
  /** The day of its last sitting: its results stand from then. */
  readonly heldOn: IsoDate;
  readonly assessments: readonly Assessment[];
  /** CléA (base): share of the evaluation points obtained, 0–100 (REF-4). */
  readonly scorePercent?: number | null;
}

export interface CompetenceStanding {
  readonly code: string;
  readonly domainCode: string;
  readonly acquired: boolean;
  readonly acquiredOn: IsoDate | null;
  readonly acquiredIn: EvaluationKind | null;
}

export interface PathStatus {
  readonly preliminaryOn: IsoDate | null;
  /** EVA-9: last day of the path where a limit applies. */
  readonly pathEndsOn: IsoDate | null;
  /** EVA-9: the path ended without every domain validated; its partial validation is no longer kept. */
  readonly lapsed: boolean;
  readonly competences: readonly CompetenceStanding[];
  readonly validatedDomains: readonly string[];
  /** What is left to validate (REF-4). */
  readonly remainingDomains: readonly string[];
  readonly remainingCompetences: readonly string[];
  readonly scorePercent: number | null;
  readonly outcome: Outcome;
}

/**
 * EVA-2, REF-4: where the person stands. Our reading of art. 3 ("apprécier le niveau requis de compétences pour
 * chaque domaine selon les critères mentionnés dans le référentiel"): a competence is acquired in the evaluation
 * where all its criteria are; a domain is validated once all its competences are; acquisitions add up across the
 * path (partial validation), within 5 years where EVA-9 applies.
 */
export function pathStatus(referential: EvaluatedReferential, evaluations: readonly RecordedEvaluation[], today: IsoDate): PathStatus {
  const ordered = [...evaluations].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const preliminary = ordered.find((evaluation) => evaluation.kind === "PRELIMINARY") ?? null;
  const competences = allCompetences(referential).map((competence): CompetenceStanding => {
    const items = assessableItems(competence);
    const where = ordered.find((evaluation) => items.every((code) => evaluation.assessments.some((a) => a.code === code && a.acquired)));
    return {
      code: competence.code,
      domainCode: competence.domainCode,
      acquired: where !== undefined,
      acquiredOn: where?.heldOn ?? null,
      acquiredIn: where?.kind ?? null,
    };
  });
  const validatedDomains = referential.domains
    .filter((domain) => competences.filter((c) => c.domainCode === domain.code).every((c) => c.acquired))
    .map((domain) => domain.code);
  const scored = [...ordered].reverse().find((evaluation) => evaluation.scorePercent !== undefined && evaluation.scorePercent !== null);
  const scorePercent = scored?.scorePercent ?? null;
  const outcome = certificationOutcome({
    certification: referential.certification,
    domains: referential.domains.map((domain) => domain.code),
    validatedDomains,
    scorePercent,
  });
  const end = preliminary ? pathEndsOn(referential.certification, preliminary.heldOn) : null;
  return {
    preliminaryOn: preliminary?.heldOn ?? null,
    pathEndsOn: end,
    lapsed: end !== null && today > end && !outcome.obtained,
    competences,
    validatedDomains,
    remainingDomains: referential.domains.map((domain) => domain.code).filter((code) => !validatedDomains.includes(code)),
    remainingCompetences: competences.filter((c) => !c.acquired).map((c) => c.code),
    scorePercent,
    outcome,
  };
}
