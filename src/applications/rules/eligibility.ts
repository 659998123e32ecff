import type { IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";

export type Decision = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly message: string };

export interface NewApplicationFacts {
  readonly instance: { readonly name: string; readonly kind: InstanceKind };
  readonly certification: string;
  /** The CPNE has published a contextualised referential for this certification. */
  readonly publishedContextualisation: boolean;
  /** The organism was refused by this Instance in this very campaign. */
  readonly refusedInThisCampaign: boolean;
}

/**
 * CTX-4: a CPNE habilitates under the contextualised referential it published. HAB-5: a refused candidate applies
 * again from the next campaign on, not in the same one.
 */
export function checkNewApplication(facts: NewApplicationFacts): Decision {
  if (facts.instance.kind === "CPNE" && !facts.publishedContextualisation) {
    return {
      ok: false,
      code: "NO_CONTEXTUALISATION",
      message: `${facts.instance.name} n'a pas publié de référentiel contextualisé ${facts.certification} : elle ne peut pas encore habiliter (CTX-4).`,
    };
  }
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
