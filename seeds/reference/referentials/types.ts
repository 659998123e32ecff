/** Shape of a referential version as seeded from the source documents. */
export type CertificationCode = "CLEA" | "CLEA_NUMERIQUE" | "CLEA_MANAGEMENT";
export type CriterionKind = "CERTIFICATION" | "ASSOCIATED";

export interface CriterionSeed {
  /** Stable code: `<competence code>.<n>`, n counted in source order from 1 (e.g. `1-4.2`). */
  code: string;
  kind: CriterionKind;
  /** The wording exactly as in the source (accents, apostrophes, punctuation). */
  text: string;
}

export interface CompetenceSeed {
  /** e.g. `1-4` (CléA management), `1.2` (CléA sub-domain), `3` (CléA numérique). */
  code: string;
  title: string;
  /** Short label where the source gives one (the matrix title of Annexe 1). */
  shortTitle?: string;
  /** Part of the transversal dimension (CléA management: 1-7, 2-5, 2-6, 3-4). */
  transversal?: boolean;
  /** Lead-in of the criteria bullets where the source has one, e.g. "Le candidat :". */
  criteriaLead?: string;
  criteria: CriterionSeed[];
}

export interface DomainSeed {
  code: string;
  title: string;
  shortTitle?: string;
  competences: CompetenceSeed[];
}

export interface ReferentialSeed {
  certification: CertificationCode;
  /** Version label; by convention the date it came into force (YYYY-MM-DD). */
  version: string;
  /** ISO date from which this version is in force. */
  effectiveFrom: string;
  /** Which seed document and section this was transcribed from. */
  source: string;
  /** Title of the transversal dimension, where the referential has one. */
  transversalTitle?: string;
  domains: DomainSeed[];
}
