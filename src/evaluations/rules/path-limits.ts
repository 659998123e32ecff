import { computeDeadline } from "../../common/calendar/deadlines";
import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { type Accommodation, extraMinutesGranted } from "./accommodations";
import { accept, type Decision, refuse } from "./decision";
import { formatDate, formatMinutes } from "../../common/french";

export type EvaluationKind = "PRELIMINARY" | "FINAL";

export interface PathLimits {
  readonly preliminaryMaxMinutes: number;
  readonly finalMaxMinutes: number;
}

/**
 * EVA-9, seed 002: "L'évaluation dure, au plus, 7 heures, qui peuvent être réparties sur plusieurs séquences" and
 * "Vous disposez de 5 ans au maximum pour réaliser ce parcours, avant une nouvelle évaluation, qui sera cette fois
 * d'une durée maximale de 3 heures"; of CléA numérique: "Les conditions et les modalités du parcours sont les mêmes
 * que pour CléA". The CléA management convention sets no such figure.
 */
const LIMITS: Readonly<Record<string, PathLimits>> = {
  CLEA: { preliminaryMaxMinutes: 7 * 60, finalMaxMinutes: 3 * 60 },
  CLEA_NUMERIQUE: { preliminaryMaxMinutes: 7 * 60, finalMaxMinutes: 3 * 60 },
};

export function pathLimits(certification: string): PathLimits | null {
  return LIMITS[certification] ?? null;
}

/** One sequence of an evaluation: a preliminary evaluation may be spread over several. */
export interface Sitting {
  readonly heldOn: IsoDate;
  readonly minutes: number;
}

export interface DurationInput {
  readonly certification: string;
  readonly kind: EvaluationKind;
  readonly sittings: readonly Sitting[];
  readonly accommodations: readonly Accommodation[];
}

/** A sitting is held within a day, whatever the certification. */
const MAX_SITTING_MINUTES = 24 * 60;

const KIND_LABEL: Readonly<Record<EvaluationKind, string>> = { PRELIMINARY: "L'évaluation préalable", FINAL: "L'évaluation finale" };

/** EVA-9: the preliminary evaluation lasts at most 7 h in all, the final one at most 3 h, plus any adaptation of duration (EVA-6). */
export function checkEvaluationDuration(input: DurationInput): Decision<{ readonly totalMinutes: number; readonly maximumMinutes: number | null }> {
  if (input.sittings.length === 0) return refuse("BAD_USER_INPUT", "EVA-9", "Indiquez au moins une séquence d'évaluation (date et durée).");
  for (const sitting of input.sittings) {
    if (!isIsoDate(sitting.heldOn)) return refuse("BAD_USER_INPUT", "EVA-9", `Date de séquence invalide « ${sitting.heldOn} » : attendu AAAA-MM-JJ.`);
    if (!Number.isInteger(sitting.minutes) || sitting.minutes < 1 || sitting.minutes > MAX_SITTING_MINUTES) {
      return refuse("BAD_USER_INPUT", "EVA-9", `La séquence du ${formatDate(sitting.heldOn)} doit durer un nombre entier de minutes, de 1 à ${MAX_SITTING_MINUTES} (une journée).`);
    }
  }
  const totalMinutes = input.sittings.reduce((sum, sitting) => sum + sitting.minutes, 0);
  const limits = pathLimits(input.certification);
  if (limits === null) return accept({ totalMinutes, maximumMinutes: null });
  const base = input.kind === "PRELIMINARY" ? limits.preliminaryMaxMinutes : limits.finalMaxMinutes;
  const extra = extraMinutesGranted(input.accommodations);
  const maximumMinutes = base + extra;
  if (totalMinutes <= maximumMinutes) return accept({ totalMinutes, maximumMinutes });
  const allowance = extra > 0 ? ` (${formatMinutes(base)}, plus ${formatMinutes(extra)} d'adaptation de la durée)` : "";
  return refuse(
    "BAD_USER_INPUT",
    "EVA-9",
    `${KIND_LABEL[input.kind]} dure au plus ${formatMinutes(maximumMinutes)}${allowance} ; les séquences déclarées totalisent ${formatMinutes(totalMinutes)}. Corrigez les durées ou répartissez l'évaluation autrement.`,
  );
}

/** EVA-9: the last day of the path (5 years from the preliminary evaluation), or null where no limit applies. */
export function pathEndsOn(certification: string, preliminaryOn: IsoDate): IsoDate | null {
  return pathLimits(certification) === null ? null : computeDeadline("EVA_CLEA_PATH_MAX", preliminaryOn);
}

/** EVA-9: an evaluation of the path is held within 5 years of the preliminary one; partial validation lasts as long. */
export function checkWithinPath(certification: string, preliminaryOn: IsoDate, heldOn: IsoDate): Decision<{ readonly pathEndsOn: IsoDate | null }> {
  const end = pathEndsOn(certification, preliminaryOn);
  if (end === null || heldOn <= end) return accept({ pathEndsOn: end });
  return refuse(
    "BAD_USER_INPUT",
    "EVA-9",
    `Le parcours commencé par l'évaluation préalable du ${formatDate(preliminaryOn)} devait s'achever au plus tard le ${formatDate(end)} (5 ans) : les domaines validés en partie ne sont plus conservés. Une nouvelle inscription, avec une nouvelle évaluation préalable, est nécessaire.`,
  );
}
