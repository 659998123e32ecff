import type { IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";

export type Decision = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly message: string };

export interface NewApplicationFacts {
  readonly instance: { readonly name: string; readonly kind: InstanceKind };
  readonly certification: string;
  /** The organism was refused by this Instance in this very campaign. */
  readonly refusedInThisCampaign: boolean;
}

/**
 * HAB-5: a refused candidate applies again from the next campaign on, not in the same one. A delegated CPNE
 * habilitates whether or not it has contextualised the referential (CTX-1): under its contextualised referential when
 * it has published one (CTX-4), under the base referential in its field otherwise.
 */
export function checkNewApplication(facts: NewApplicationFacts): Decision {
  if (facts.refusedInThisCampaign) {
    return {
      ok: false,
      code: "REAPPLICATION_TOO_EARLY",
      message: "Une demande refusée peut être présentée à nouveau lors de la campagne suivante (HAB-5), pas dans la même campagne.",
    };
  }
  return { ok: true };
}

/** HAB-2: the application lists every establishment and site of the organism: one at least. */
export function checkFiledSites(openSites: number): Decision {
  if (openSites > 0) return { ok: true };
  return {
    ok: false,
    code: "NO_SITE",
    message: "La demande liste tous les établissements et sites de l'organisme (HAB-2) : déclarez-en au moins un avant de déposer.",
  };
}

/** HAB-2: the receipt sent on filing: the Instance, the year, and the file's number. */
export function receiptNumber(instanceCode: string, filedOn: IsoDate, applicationId: number): string {
  return `${instanceCode}-${filedOn.slice(0, 4)}-${String(applicationId).padStart(6, "0")}`;
}

/** HAB-2: one application per SIREN to an Instance for a certification, while one is open. */
export function oneOpenApplication(organismName: string, instanceName: string, certification: string): string {
  return `${organismName} a déjà une demande en cours auprès de ${instanceName} pour ${certification} : une seule demande par SIREN (HAB-2).`;
}

export interface RefusedCriterion {
  readonly code: string;
  readonly label: string;
}

/**
 * HAB-5: "une nouvelle demande d'habilitation dès la campagne d'habilitation suivante dès lors que les points indiqués
 * dans la décision de refus ont été modifiés": the new application states, for each criterion refused, what changed.
 */
export function checkReapplication(refused: readonly RefusedCriterion[], stated: readonly string[]): Decision {
  const missing = refused.filter((criterion) => !stated.includes(criterion.code));
  if (missing.length === 0) return { ok: true };
  return {
    ok: false,
    code: "CHANGES_NOT_STATED",
    message:
      `La précédente demande a été refusée ; une nouvelle demande est recevable dès lors que les points indiqués dans la décision de refus ont été modifiés (HAB-5). ` +
      `Indiquez ce qui a changé pour : ${missing.map((c) => `« ${c.label} »`).join(", ")}.`,
  };
}

/** HAB-5: changes are stated for the criteria of the last refusal only, each once, with a description. */
export function checkStatedChanges(
  refused: readonly RefusedCriterion[],
  changes: readonly { criterionCode: string; description: string }[],
): { ok: true; value: { code: string; label: string; description: string }[] } | { ok: false; message: string } {
  if (refused.length === 0) return { ok: false, message: "Aucun refus antérieur de cette Instance : il n'y a pas de changement à indiquer." };
  const problems: string[] = [];
  const seen = new Set<string>();
  const value: { code: string; label: string; description: string }[] = [];
  for (const change of changes) {
    const criterion = refused.find((c) => c.code === change.criterionCode);
    const description = change.description.trim();
    if (!criterion) problems.push(`${change.criterionCode} n'est pas un critère du refus (${refused.map((c) => c.code).join(", ")}).`);
    else if (seen.has(criterion.code)) problems.push(`${criterion.code} est indiqué deux fois.`);
    else if (!description) problems.push(`${criterion.code} : décrivez ce qui a changé.`);
    else if (description.length > 2000) problems.push(`${criterion.code} : 2000 caractères au plus.`);
    else value.push({ code: criterion.code, label: criterion.label, description });
    seen.add(change.criterionCode);
  }
  return problems.length ? { ok: false, message: problems.join(" ") } : { ok: true, value };
}
