import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";
import { computeValidity, type HabilitationRecord, type HabilitationStatus, statusOn } from "./validity";

export interface OrganismHabilitation {
  readonly id?: string | number;
  /** The Instance that granted it. */
  readonly instance: { readonly code: string; readonly kind: InstanceKind };
  readonly certification: string;
  /** The professional field stated in a CPNE's acceptance (HAB-5); null for Certif Pro. */
  readonly professionalField: string | null;
  /** Granted under the CPNE's contextualised referential; false for Certif Pro, and for a CPNE that had not contextualised. */
  readonly contextualised?: boolean;
  readonly validity: HabilitationRecord;
}

export interface EvaluationRightInput {
  readonly organismHabilitations: readonly OrganismHabilitation[];
  readonly certification: string;
  /** Code of the CPNE whose contextualised referential is used, or null for the referential as published by Certif Pro. */
  readonly context: string | null;
  /** EVA-1: the day the person enrols in the preliminary evaluation. */
  readonly date: IsoDate;
}

export type EvaluationRight =
  | { readonly allowed: true; readonly habilitation: OrganismHabilitation }
  | { readonly allowed: false; readonly reason: string };

/**
 * Which habilitations count:
 * - under a CPNE's contextualised referential, only one granted by that CPNE (CTX-4, convention I: "L'habilitation
 *   dans le cadre du Référentiel contextualisé ne peut être délivrée que par la CPNE qui a réalisé le travail de
 *   contextualisation" ... "Une habilitation obtenue auprès de Certif Pro est sans effet dans le champ professionnel
 *   concerné s'agissant des actions d'évaluation mises en œuvre dans le cadre de ce Référentiel contextualisé");
 * - without context, only one granted by Certif Pro: the convention lets a CPNE habilitate "dans leur champ
 *   d'intervention professionnel et/ou géographique pour répondre à un besoin de contextualisation du certificat
 *   CléA management à leur environnement professionnel" (INS-3) and gives a CPNE habilitation no effect beyond that.
 * EVA-1: "les personnes doivent s'adresser à des Organismes Habilités au jour de leur inscription à l'évaluation
 * préalable": the habilitation must be valid (neither suspended, withdrawn, expired nor renounced) on that day.
 */
export function mayEvaluate(input: EvaluationRightInput): EvaluationRight {
  const { certification, context, date } = input;
  assertIsoDate(date, "enrolment date");
  const forCertification = input.organismHabilitations.filter((habilitation) => habilitation.certification === certification);
  const eligible = forCertification.filter((habilitation) =>
    context === null
      ? habilitation.instance.kind === "CERTIFIER"
      : habilitation.instance.kind === "CPNE" && habilitation.instance.code === context,
  );

  const valid = eligible.find((habilitation) => statusOn(habilitation.validity, date) === "ACTIVE");
  if (valid) return { allowed: true, habilitation: valid };

  if (eligible.length > 0) {
    const details = eligible.map((habilitation) => invalidityReason(habilitation, date)).join(" ");
    return {
      allowed: false,
      reason: `L'organisme doit être habilité le jour de l'inscription à l'évaluation préalable (${date}). ${details}`,
    };
  }
  return { allowed: false, reason: noEligibleReason(forCertification, certification, context) };
}

function noEligibleReason(habilitations: readonly OrganismHabilitation[], certification: string, context: string | null): string {
  if (context !== null) {
    if (habilitations.some((habilitation) => habilitation.instance.kind === "CERTIFIER")) {
      return `Une habilitation obtenue auprès de Certif Pro est sans effet pour les évaluations conduites dans le cadre du référentiel contextualisé de la CPNE ${context} : seule une habilitation délivrée par cette CPNE le permet.`;
    }
    const others = habilitations.map((habilitation) => `la CPNE ${habilitation.instance.code}`);
    if (others.length > 0) {
      return `Une habilitation délivrée par ${others.join(", ")} ne vaut que pour son propre référentiel contextualisé : pour évaluer dans le cadre du référentiel contextualisé de la CPNE ${context}, l'organisme doit être habilité par la CPNE ${context}.`;
    }
    return `L'organisme n'est pas habilité par la CPNE ${context} pour la certification ${certification} : il doit lui adresser une demande d'habilitation.`;
  }
  const cpne = habilitations.map((habilitation) =>
    habilitation.professionalField ? `la CPNE ${habilitation.instance.code} (champ « ${habilitation.professionalField} »)` : `la CPNE ${habilitation.instance.code}`,
  );
  if (cpne.length > 0) {
    return `Une habilitation délivrée par ${cpne.join(", ")} ne vaut que dans son champ professionnel, pour son référentiel contextualisé : pour évaluer dans le cadre du référentiel non contextualisé, l'organisme doit être habilité par Certif Pro.`;
  }
  return `L'organisme n'a aucune habilitation pour la certification ${certification}.`;
}

function invalidityReason(habilitation: OrganismHabilitation, date: IsoDate): string {
  const by = habilitation.instance.kind === "CERTIFIER" ? "Certif Pro" : `la CPNE ${habilitation.instance.code}`;
  const status: HabilitationStatus = statusOn(habilitation.validity, date);
  const validity = computeValidity(habilitation.validity);
  switch (status) {
    case "NOT_STARTED":
      return validity.startsOn === validity.notifiedOn
        ? `L'habilitation délivrée par ${by} ne court qu'à compter de sa notification, le ${validity.notifiedOn}.`
        : `L'habilitation délivrée par ${by} ne court qu'à compter du ${validity.startsOn}, le lendemain de la fin de la précédente.`;
    case "SUSPENDED": {
      // WDR-1: the period's dates are public (HAB-5); the procedure behind it is not.
      const period = (habilitation.validity.suspensions ?? []).find((p) => p.from <= date && (p.to === null || date <= p.to))!;
      const until = period.to ? ` jusqu'au ${period.to} inclus` : ", pour la durée de la procédure de mise en conformité en cours";
      return `L'habilitation délivrée par ${by} est suspendue depuis le ${period.from}${until} : l'organisme doit cesser toute activité au titre de l'habilitation pendant la suspension.`;
    }
    case "EXPIRED":
      return `L'habilitation délivrée par ${by} a pris fin le ${validity.lastValidDay} : une nouvelle demande d'habilitation est nécessaire.`;
    case "WITHDRAWN":
      return `L'habilitation délivrée par ${by} a été retirée à compter du ${habilitation.validity.withdrawnOn ?? ""}.`;
    case "RENOUNCED":
      return `L'organisme a renoncé à l'habilitation délivrée par ${by}, avec effet le ${validity.renunciationEffectiveOn ?? ""}.`;
    case "ACTIVE":
      return "";
  }
}

/**
 * CTX-1, CTX-4: under what the organism evaluates: Certif Pro's referential; a CPNE's contextualised referential; or,
 * for a CPNE that habilitated "ayant contextualisé ou non le référentiel" without having contextualised, the base
 * referential within that CPNE's professional field.
 */
export function evaluationGround(habilitation: OrganismHabilitation, startsOn: IsoDate, date: IsoDate): string {
  const valid = `valide le ${date}`;
  if (habilitation.instance.kind === "CERTIFIER") return `Habilitation Certif Pro du ${startsOn}, ${valid}, pour le référentiel publié par Certif Pro.`;
  const field = habilitation.professionalField ? ` (champ « ${habilitation.professionalField} »)` : "";
  return habilitation.contextualised
    ? `Habilitation ${habilitation.instance.code} du ${startsOn}, ${valid}, pour son référentiel contextualisé${field}.`
    : `Habilitation ${habilitation.instance.code} du ${startsOn}, ${valid}, pour le référentiel non contextualisé, dans son champ professionnel${field}.`;
}
