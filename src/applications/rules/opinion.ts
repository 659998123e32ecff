import type { InstanceKind } from "../../common/auth/actor";
import { joinFrench } from "../../common/french";

/* ------------------------------------------------------------------ HAB-1, HAB-5, CTX-3: opinion and decision */

export interface HabilitationCriterion {
  readonly code: string;
  readonly label: string;
  /** CONVENTION: section II of the convention; CONTEXTUALISATION: added by the CPNE (CTX-3). */
  readonly origin: "CONVENTION" | "CONTEXTUALISATION";
}

/** HAB-1: the five cumulative criteria of section II, labelled as in the convention. */
export const CONVENTION_CRITERIA: readonly HabilitationCriterion[] = [
  { code: "INTERVENANTS", label: "Mettre à disposition des intervenants", origin: "CONVENTION" },
  {
    code: "SUPPORT",
    label: "Proposer un accompagnement technique et pédagogique à chaque candidat en fonction de son niveau d'autonomie",
    origin: "CONVENTION",
  },
  {
    code: "EVALUATION_APPROACH",
    label:
      "Mettre en œuvre une démarche, des outils et modalités d'évaluation adaptés au(x) public(s) cible(s) permettant la couverture totale des domaines du Référentiel",
    origin: "CONVENTION",
  },
  {
    code: "TRAINING_CAPACITY",
    label:
      "Être en mesure de proposer en tant que de besoin des actions de formation préparant aux épreuves du certificat CléA management, selon une méthodologie de formation rigoureuse",
    origin: "CONVENTION",
  },
  { code: "QUALITY_ASSURANCE", label: "Justifier de la mise en œuvre d'une démarche d'assurance qualité", origin: "CONVENTION" },
];

/** The criteria an opinion and a decision are reasoned on: section II, then the CPNE's own (CTX-3). */
export function applicableCriteria(
  contextualCriteria: readonly { readonly code: string; readonly label: string }[] = [],
): HabilitationCriterion[] {
  const criteria: HabilitationCriterion[] = [...CONVENTION_CRITERIA];
  for (const { code, label } of contextualCriteria) {
    if (code.trim() === "" || label.trim() === "") throw new RangeError("A contextual criterion needs a code and a label");
    if (criteria.some((criterion) => criterion.code === code)) {
      throw new RangeError(`Criterion code "${code}" is used twice`);
    }
    criteria.push({ code, label, origin: "CONTEXTUALISATION" });
  }
  return criteria;
}

export interface CriterionAssessment {
  readonly criterionCode: string;
  readonly met: boolean;
  readonly reason: string;
}

export type OpinionProblemKind = "MISSING" | "DUPLICATED" | "UNKNOWN" | "BLANK_REASON" | "REASON_TOO_LONG";

export const MAX_REASON_LENGTH = 2000;

export interface OpinionProblem {
  readonly kind: OpinionProblemKind;
  readonly criterionCode: string;
  readonly message: string;
}

export type OpinionCheck =
  | { readonly ok: true; readonly allMet: boolean; readonly unmet: readonly CriterionAssessment[] }
  | { readonly ok: false; readonly problems: readonly OpinionProblem[]; readonly reason: string };

/** HAB-4, CTX-3: exactly one reasoned assessment per applicable criterion; every problem is reported at once. */
export function checkOpinion(
  criteria: readonly HabilitationCriterion[],
  assessments: readonly CriterionAssessment[],
): OpinionCheck {
  const byCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
  const counted = new Map<string, number>();
  const problems: OpinionProblem[] = [];
  for (const assessment of assessments) {
    const code = assessment.criterionCode;
    const criterion = byCode.get(code);
    if (criterion === undefined) {
      problems.push({
        kind: "UNKNOWN",
        criterionCode: code,
        message: `Le critère « ${code} » ne fait pas partie des critères d'habilitation applicables : retirez cette appréciation.`,
      });
      continue;
    }
    const seen = (counted.get(code) ?? 0) + 1;
    counted.set(code, seen);
    if (seen === 2) {
      problems.push({
        kind: "DUPLICATED",
        criterionCode: code,
        message: `Le critère « ${criterion.label} » est apprécié plusieurs fois : gardez une seule appréciation.`,
      });
    }
    if (seen === 1 && assessment.reason.trim() === "") {
      problems.push({
        kind: "BLANK_REASON",
        criterionCode: code,
        message: `L'appréciation du critère « ${criterion.label} » n'est pas motivée : indiquez pourquoi il est ${assessment.met ? "satisfait" : "non satisfait"}.`,
      });
    }
    if (seen === 1 && assessment.reason.trim().length > MAX_REASON_LENGTH) {
      problems.push({
        kind: "REASON_TOO_LONG",
        criterionCode: code,
        message: `La motivation du critère « ${criterion.label} » dépasse ${MAX_REASON_LENGTH} caractères : résumez-la.`,
      });
    }
  }
  for (const criterion of criteria) {
    if (!counted.has(criterion.code)) {
      problems.push({
        kind: "MISSING",
        criterionCode: criterion.code,
        message: `Le critère « ${criterion.label} » n'est pas apprécié : indiquez s'il est satisfait et pourquoi.`,
      });
    }
  }
  if (problems.length > 0) {
    return { ok: false, problems, reason: problems.map((problem) => problem.message).join(" ") };
  }
  const unmet = criteria
    .map((criterion) => assessments.find((assessment) => assessment.criterionCode === criterion.code)!)
    .filter((assessment) => !assessment.met);
  return { ok: true, allMet: unmet.length === 0, unmet };
}

export interface RefusalGround {
  readonly criterionCode: string;
  readonly label: string;
  readonly reason: string;
}

export interface DecisionInput {
  readonly outcome: "ACCEPT" | "REFUSE";
  readonly instanceKind: InstanceKind;
  /** HAB-5: a CPNE's acceptance states the professional field. */
  readonly professionalField?: string | null;
  readonly criteria: readonly HabilitationCriterion[];
  /** The Instance's own assessment of each criterion (it may depart from the opinion). */
  readonly assessments: readonly CriterionAssessment[];
}

export type DecisionCheck =
  | { readonly ok: true; readonly outcome: "ACCEPT" }
  | { readonly ok: true; readonly outcome: "REFUSE"; readonly grounds: readonly RefusalGround[]; readonly appealNotice: string }
  | { readonly ok: false; readonly reason: string };

export const APPEAL_NOTICE =
  "Vous pouvez demander un nouvel examen de votre demande en adressant un recours à l'Instance dans un délai de 30 jours ouvrés à compter de la notification de ce refus : une note argumentée au regard des critères d'habilitation, accompagnée des justificatifs.";

/**
 * HAB-5: "si les critères sont satisfaits, la demande est acceptée ... ; s'ils ne le sont pas, la demande est
 * refusée": the outcome follows from the assessments, both ways.
 */
export function checkDecision(input: DecisionInput): DecisionCheck {
  const opinion = checkOpinion(input.criteria, input.assessments);
  if (!opinion.ok) return { ok: false, reason: `La décision doit être motivée critère par critère. ${opinion.reason}` };
  if (input.outcome === "ACCEPT") {
    if (!opinion.allMet) {
      const labels = opinion.unmet.map((assessment) => `« ${labelOf(input.criteria, assessment.criterionCode)} »`);
      return {
        ok: false,
        reason: `La demande ne peut être acceptée que si tous les critères sont satisfaits ; ne le ${opinion.unmet.length > 1 ? "sont" : "est"} pas : ${joinFrench(labels, "et")}.`,
      };
    }
    if (input.instanceKind === "CPNE" && (input.professionalField ?? "").trim() === "") {
      return { ok: false, reason: "La décision d'acceptation d'une CPNE précise le champ professionnel de l'habilitation : indiquez-le." };
    }
    return { ok: true, outcome: "ACCEPT" };
  }
  if (opinion.allMet) {
    return { ok: false, reason: "Tous les critères sont satisfaits : la demande doit être acceptée. Pour la refuser, indiquez le critère non satisfait et pourquoi." };
  }
  const grounds = opinion.unmet.map((assessment) => ({
    criterionCode: assessment.criterionCode,
    label: labelOf(input.criteria, assessment.criterionCode),
    reason: assessment.reason,
  }));
  return { ok: true, outcome: "REFUSE", grounds, appealNotice: APPEAL_NOTICE };
}

function labelOf(criteria: readonly HabilitationCriterion[], code: string): string {
  return criteria.find((criterion) => criterion.code === code)?.label ?? code;
}

export const HABILITATION_MONTHS = 36;

/** HAB-5: an acceptance states the duration, 3 years from the notification; a refusal states none. */
export function grantedDuration(outcome: "ACCEPT" | "REFUSE", requestedMonths: number | null): { ok: true; months: number | null } | { ok: false; reason: string } {
  if (outcome === "REFUSE") return { ok: true, months: null };
  const months = requestedMonths ?? HABILITATION_MONTHS;
  if (months !== HABILITATION_MONTHS) return { ok: false, reason: "Une habilitation est accordée pour 3 ans (36 mois) à compter de la notification (HAB-6)." };
  return { ok: true, months };
}

const CRITERION_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** CTX-3: a CPNE adds habilitation criteria of its own (criteria for organisms, beside those of section II). */
export function checkOwnCriterion(
  instanceKind: InstanceKind,
  code: string,
  label: string,
): { ok: true; code: string; label: string } | { ok: false; reason: string } {
  if (instanceKind !== "CPNE") return { ok: false, reason: "Seule une CPNE ajoute des critères d'habilitation propres à son champ (CTX-3)." };
  const cleanCode = code.trim().toUpperCase();
  const cleanLabel = label.trim();
  if (!CRITERION_CODE.test(cleanCode)) return { ok: false, reason: `Code de critère invalide « ${code} » : lettres majuscules, chiffres et « _ », 2 à 40 caractères.` };
  if (CONVENTION_CRITERIA.some((c) => c.code === cleanCode)) return { ok: false, reason: `Le code ${cleanCode} est celui d'un critère de la convention.` };
  if (!cleanLabel || cleanLabel.length > 500) return { ok: false, reason: "Libellé du critère : 1 à 500 caractères." };
  return { ok: true, code: cleanCode, label: cleanLabel };
}
