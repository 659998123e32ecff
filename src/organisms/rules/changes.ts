import { computeDeadline } from "../../common/calendar/deadlines";
import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { validateSiren, validateSiret } from "./identifiers";

/**
 * HAB-7, convention III.7: "tout changement relatif à sa situation par rapport au dossier de candidature (à titre
 * d'exemple : ...)". The list is an example, hence OTHER; establishments, sites and evaluators are part of the file
 * (its administrative part lists them, and IV.1 asks to report "ouverture de nouveaux sites d'accueil, changement
 * d'évaluateurs").
 */
export const CHANGE_KINDS = [
  "NAME",
  "LEGAL_FORM",
  "MANAGERS",
  "HEAD_OFFICE_ADDRESS",
  "MERGER",
  "DEMERGER",
  "ACTIVITY_TRANSFER",
  "CESSATION",
  "LIQUIDATION",
  "RECEIVERSHIP",
  "SAFEGUARD",
  "ACTIVITY_DECLARATION_NUMBER",
  "QUALIOPI_LOST",
  "NEW_ESTABLISHMENT",
  "SITES_CHANGED",
  "EVALUATORS_CHANGED",
  "OTHER",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  NAME: "Changement de dénomination",
  LEGAL_FORM: "Changement de statut juridique",
  MANAGERS: "Changement de dirigeants",
  HEAD_OFFICE_ADDRESS: "Changement d'adresse du siège social",
  MERGER: "Fusion",
  DEMERGER: "Scission",
  ACTIVITY_TRANSFER: "Cession d'activité",
  CESSATION: "Cessation d'activité",
  LIQUIDATION: "Liquidation judiciaire",
  RECEIVERSHIP: "Redressement judiciaire",
  SAFEGUARD: "Procédure de sauvegarde",
  ACTIVITY_DECLARATION_NUMBER: "Changement de numéro de déclaration d'activité",
  QUALIOPI_LOST: "Perte de la certification Qualiopi",
  NEW_ESTABLISHMENT: "Ouverture d'un nouvel établissement",
  SITES_CHANGED: "Modification de la liste des établissements et sites délivrant CléA management",
  EVALUATORS_CHANGED: "Changement d'évaluateurs",
  OTHER: "Autre changement relatif à la situation",
};

/**
 * "l'Instance peut maintenir temporairement l'habilitation sous réserve de l'attestation de la réalisation des
 * formalités déclaratives ... de l'opération juridique réalisée (fusion, scission, cessation d'activité)".
 */
const TEMPORARY_MAINTENANCE: ReadonlySet<ChangeKind> = new Set(["MERGER", "DEMERGER", "CESSATION"]);

export function mayBeTemporarilyMaintained(kind: ChangeKind): boolean {
  return TEMPORARY_MAINTENANCE.has(kind);
}

/** HAB-7: "dans un délai de 30 jours": calendar days, the day of the change not counted. */
export function changeReportDueDate(changedOn: IsoDate): IsoDate {
  return computeDeadline("HAB_CHANGE_REPORT", changedOn);
}

export type ReportCheck =
  | { readonly ok: true; readonly due: IsoDate }
  | { readonly ok: false; readonly due: IsoDate; readonly reason: string };

export function checkChangeReport(kind: ChangeKind, changedOn: IsoDate, reportedOn: IsoDate): ReportCheck {
  assertIsoDate(reportedOn, "report date");
  const due = changeReportDueDate(changedOn);
  if (reportedOn <= due) return { ok: true, due };
  return {
    ok: false,
    due,
    reason: `${CHANGE_LABELS[kind]} du ${changedOn} : l'Instance devait en être informée dans les 30 jours, soit au plus tard le ${due} ; déclaré le ${reportedOn}, le changement l'est hors délai.`,
  };
}

export type EstablishmentCheck =
  | { readonly ok: true; readonly newApplicationNeeded: false }
  | { readonly ok: false; readonly newApplicationNeeded: boolean; readonly reason: string };

/**
 * HAB-7: "L'ouverture de nouveaux établissements ... ne fait pas l'objet d'une nouvelle Demande d'habilitation dès
 * lors que ces établissements sont ouverts sous le même numéro SIREN". It must still be reported (SITES_CHANGED).
 */
export function checkNewEstablishment(habilitationSiren: string, establishmentSiret: string): EstablishmentCheck {
  const siren = validateSiren(habilitationSiren);
  if (!siren.ok) return { ok: false, newApplicationNeeded: false, reason: siren.reason };
  const siret = validateSiret(establishmentSiret);
  if (!siret.ok) return { ok: false, newApplicationNeeded: false, reason: siret.reason };
  if (siret.value.startsWith(siren.value)) return { ok: true, newApplicationNeeded: false };
  return {
    ok: false,
    newApplicationNeeded: true,
    reason: `L'établissement ${siret.value} ne relève pas du SIREN ${siren.value} de l'organisme habilité : il ne peut pas rejoindre l'habilitation ; l'entité dont il dépend doit déposer sa propre demande d'habilitation.`,
  };
}

export type TransferCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * HAB-7, convention IV.4: the habilitation "ne peut en aucun cas faire l'objet d'une cession totale ou partielle
 * ... à une autre personne morale (ayant numéro de SIREN distinct). Cette autre personne morale doit transmettre une
 * Demande d'habilitation." The same SIREN is no transfer at all.
 */
export function checkTransfer(fromSiren: string, toSiren: string): TransferCheck {
  const from = validateSiren(fromSiren);
  const to = validateSiren(toSiren);
  if (from.ok && to.ok && from.value === to.value) return { ok: true };
  const target = to.ok ? to.value : toSiren.trim();
  return {
    ok: false,
    reason: `L'habilitation est personnelle : elle ne peut en aucun cas être cédée, totalement ou partiellement, à une autre personne morale (SIREN ${target}). Celle-ci doit déposer sa propre demande d'habilitation.`,
  };
}
