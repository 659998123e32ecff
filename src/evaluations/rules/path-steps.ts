import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { accept, type Decision, refuse } from "./decision";
import { count, formatDate, joinFrench } from "../../common/french";
import { pathStatus, type RecordedEvaluation } from "./path";
import type { EvaluationKind, Sitting } from "./path-limits";
import { allCompetences, type Assessment, assessableItems, type EvaluatedReferential, itemIndex } from "./referential-scope";

export interface EvaluationInput {
  readonly referential: EvaluatedReferential;
  /** The path's validated evaluations so far. */
  readonly previous: readonly RecordedEvaluation[];
  readonly sittings: readonly Sitting[];
  readonly assessments: readonly Assessment[];
  readonly scorePercent?: number | null;
  readonly enrolledOn: IsoDate;
  readonly today: IsoDate;
}

export interface EvaluationResult {
  readonly heldOn: IsoDate;
  readonly acquiredCompetences: readonly string[];
  /** Domains validated once this evaluation counts (REF-4). */
  readonly validatedDomains: readonly string[];
}

/**
 * EVA-2, art. 2: the preliminary evaluation "détermine les acquis du candidat vis-à-vis du Référentiel" and "les
 * domaines pouvant déjà être validés": one per path, positioning the person on every competence, criterion by criterion.
 */
export function checkPreliminaryEvaluation(input: EvaluationInput): Decision<EvaluationResult> {
  const existing = input.previous.find((evaluation) => evaluation.kind === "PRELIMINARY");
  if (existing) {
    return refuse(
      "CONFLICT",
      "EVA-2",
      `Une évaluation préalable a déjà été enregistrée pour ce parcours (le ${formatDate(existing.heldOn)}). Enregistrez une évaluation finale, ou une nouvelle inscription pour un nouveau parcours.`,
    );
  }
  const dates = checkDates(input, null);
  if (!dates.ok) return dates;
  const scope = allCompetences(input.referential).map((competence) => competence.code);
  const complete = checkAssessments(input.referential, scope, input.assessments, input.scorePercent, "L'évaluation préalable positionne la personne sur tout le référentiel");
  if (!complete.ok) return complete;
  return accept(resultOf(input, "PRELIMINARY", dates.value));
}

/**
 * EVA-2, art. 2: the final evaluation "portera spécifiquement sur les compétences jugées non acquises au regard de
 * l'évaluation préalable des acquis": it follows the preliminary one, and an acquired competence is never asked again.
 * Several may follow one another (seed 004: "d'autres étapes et évaluations peuvent être envisagées").
 */
export function checkFinalEvaluation(input: EvaluationInput): Decision<EvaluationResult> {
  const status = pathStatus(input.referential, input.previous, input.today);
  if (status.preliminaryOn === null) {
    return refuse("CONFLICT", "EVA-2", "L'évaluation finale suit l'évaluation préalable : enregistrez d'abord l'évaluation préalable de ce parcours.");
  }
  if (status.outcome.obtained || status.remainingCompetences.length === 0) {
    return refuse("CONFLICT", "EVA-2", "Toutes les compétences de ce parcours sont déjà acquises : aucune évaluation finale n'est nécessaire ; le dossier peut être présenté au jury.");
  }
  const dates = checkDates(input, status.preliminaryOn);
  if (!dates.ok) return dates;
  const index = itemIndex(input.referential);
  const assessed = [...new Set(input.assessments.map((a) => index.get(a.code)?.competenceCode).filter((code): code is string => !!code))];
  const again = status.competences.filter((c) => c.acquired && assessed.includes(c.code));
  if (again.length > 0) {
    const list = again.map((c) => `${c.code} (acquise lors de l'évaluation ${c.acquiredIn === "PRELIMINARY" ? "préalable" : "finale"} du ${formatDate(c.acquiredOn!)})`);
    return refuse(
      "BAD_USER_INPUT",
      "EVA-2",
      `L'évaluation finale porte uniquement sur les compétences non acquises ; ${again.length > 1 ? "sont déjà acquises" : "est déjà acquise"} : ${joinFrench(list)}. Retirez-${again.length > 1 ? "les" : "la"} de l'évaluation.`,
    );
  }
  const complete = checkAssessments(input.referential, assessed, input.assessments, input.scorePercent, "L'évaluation finale apprécie chaque compétence évaluée sur tous ses critères");
  if (!complete.ok) return complete;
  if (assessed.length === 0) {
    return refuse("BAD_USER_INPUT", "EVA-2", `L'évaluation finale porte sur au moins une compétence non acquise : ${joinFrench(status.remainingCompetences)}.`);
  }
  return accept(resultOf(input, "FINAL", dates.value));
}

export interface TrainingInput {
  readonly referential: EvaluatedReferential;
  readonly previous: readonly RecordedEvaluation[];
  readonly startsOn: IsoDate;
  readonly today: IsoDate;
}

/** EVA-2: a training path follows the preliminary evaluation, "si nécessaire": while something is left to acquire. */
export function checkTraining(input: TrainingInput): Decision<{ readonly remainingCompetences: readonly string[] }> {
  const status = pathStatus(input.referential, input.previous, input.today);
  if (status.preliminaryOn === null) {
    return refuse("CONFLICT", "EVA-2", "Le parcours de formation est préconisé par l'évaluation préalable : enregistrez-la d'abord.");
  }
  if (status.remainingCompetences.length === 0) {
    return refuse("CONFLICT", "EVA-2", "Toutes les compétences sont acquises : aucun parcours de formation n'est nécessaire pour la certification.");
  }
  if (input.startsOn < status.preliminaryOn) {
    return refuse("BAD_USER_INPUT", "EVA-2", `Le parcours de formation commence après l'évaluation préalable du ${formatDate(status.preliminaryOn)}.`);
  }
  return accept({ remainingCompetences: status.remainingCompetences });
}

function checkDates(input: EvaluationInput, notBefore: IsoDate | null): Decision<IsoDate> {
  if (input.sittings.length === 0) return refuse("BAD_USER_INPUT", "EVA-2", "Indiquez au moins une séquence d'évaluation (date et durée).");
  const invalid = input.sittings.find((sitting) => !isIsoDate(sitting.heldOn));
  if (invalid) return refuse("BAD_USER_INPUT", "EVA-2", `Date de séquence invalide « ${invalid.heldOn} » : attendu AAAA-MM-JJ.`);
  const days = input.sittings.map((sitting) => sitting.heldOn).sort();
  const first = days[0]!;
  const last = days[days.length - 1]!;
  if (first < input.enrolledOn) {
    return refuse("BAD_USER_INPUT", "EVA-2", `L'évaluation ne peut précéder l'inscription du ${formatDate(input.enrolledOn)} (séquence du ${formatDate(first)}).`);
  }
  if (last > input.today) {
    return refuse("BAD_USER_INPUT", "EVA-2", `Une évaluation s'enregistre une fois tenue : la séquence du ${formatDate(last)} est à venir.`);
  }
  const latest = input.previous.map((evaluation) => evaluation.heldOn).sort().pop();
  const floor = [notBefore, latest].filter((day): day is IsoDate => !!day).sort().pop();
  if (floor && first <= floor) {
    return refuse("BAD_USER_INPUT", "EVA-2", `Cette évaluation suit la précédente du ${formatDate(floor)} : ses séquences commencent après cette date.`);
  }
  return accept(last);
}

function checkAssessments(
  referential: EvaluatedReferential,
  competenceScope: readonly string[],
  assessments: readonly Assessment[],
  scorePercent: number | null | undefined,
  lead: string,
): Decision<null> {
  const index = itemIndex(referential);
  const unknown = assessments.filter((a) => !index.has(a.code)).map((a) => a.code);
  if (unknown.length > 0) {
    return refuse(
      "BAD_USER_INPUT",
      "EVA-2",
      `${count(unknown.length, "code inconnu", "codes inconnus")} dans le référentiel ${referential.certification} ${referential.version} : ${joinFrench(unknown)}. Évaluez les critères (ou, sans critère, les compétences) de cette version.`,
    );
  }
  const seen = new Set<string>();
  const twice = assessments.filter((a) => (seen.has(a.code) ? true : (seen.add(a.code), false))).map((a) => a.code);
  if (twice.length > 0) return refuse("BAD_USER_INPUT", "EVA-2", `Chaque critère est apprécié une fois ; en double : ${joinFrench([...new Set(twice)])}.`);
  const missing = allCompetences(referential)
    .filter((competence) => competenceScope.includes(competence.code))
    .flatMap((competence) => assessableItems(competence))
    .filter((code) => !seen.has(code));
  if (missing.length > 0) {
    return refuse("BAD_USER_INPUT", "EVA-2", `${lead} ; ${count(missing.length, "critère non apprécié", "critères non appréciés")} : ${joinFrench(missing)}.`);
  }
  if (scorePercent !== undefined && scorePercent !== null && !(Number.isFinite(scorePercent) && scorePercent >= 0 && scorePercent <= 100)) {
    return refuse("BAD_USER_INPUT", "REF-4", `Part des points invalide (${String(scorePercent)}) : attendu un pourcentage de 0 à 100.`);
  }
  return accept(null);
}

function resultOf(input: EvaluationInput, kind: EvaluationKind, heldOn: IsoDate): EvaluationResult {
  const before = pathStatus(input.referential, input.previous, input.today);
  const after = pathStatus(input.referential, [...input.previous, { kind, heldOn, assessments: input.assessments, scorePercent: input.scorePercent ?? null }], input.today);
  const acquiredBefore = new Set(before.competences.filter((c) => c.acquired).map((c) => c.code));
  const acquiredCompetences = after.competences.filter((c) => c.acquired && !acquiredBefore.has(c.code)).map((c) => c.code);
  return { heldOn, acquiredCompetences, validatedDomains: after.validatedDomains };
}
