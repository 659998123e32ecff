import type { IsoDate } from "../../common/calendar/working-days";
import { type Checked, InputCheck } from "./fields";

export const MAX_NAME_LENGTH = 200;
export const MAX_LEGAL_FORM_LENGTH = 100;

export interface OrganismDetails {
  name: string;
  legalForm: string | null;
  declarationNumber: string | null;
  qualiopiCertified: boolean;
  qualiopiSince: IsoDate | null;
}

/** Absent fields stay as they are; `null` clears an optional one. */
export type OrganismDetailsPatch = { [K in keyof OrganismDetails]?: OrganismDetails[K] | null };

/** Numéro de déclaration d'activité: 11 digits (spaces accepted). */
export const DECLARATION_NUMBER = /^\d{11}$/;

/**
 * The organism's administrative identity (HAB-2, administrative part of the file) and its Qualiopi status (HAB-9:
 * Qualiopi is required, with the habilitation, to offer a CPF training). A certified organism states since when;
 * an uncertified one has no date.
 */
export function checkOrganismDetails(current: OrganismDetails, patch: OrganismDetailsPatch, today: IsoDate): Checked<OrganismDetails> {
  const check = new InputCheck();
  const changed = Object.values(patch).some((value) => value !== undefined);
  if (!changed) check.fail("input", "Modification", "aucun champ à modifier n'a été fourni.");

  const name = patch.name === undefined ? current.name : check.requiredText("name", "Dénomination", patch.name, MAX_NAME_LENGTH);
  const legalForm =
    patch.legalForm === undefined ? current.legalForm : check.optionalText("legalForm", "Forme juridique", patch.legalForm, MAX_LEGAL_FORM_LENGTH);

  let declarationNumber = current.declarationNumber;
  if (patch.declarationNumber !== undefined) {
    const compact = (patch.declarationNumber ?? "").replace(/\s+/g, "");
    declarationNumber = compact === "" ? null : compact;
    if (declarationNumber !== null && !DECLARATION_NUMBER.test(declarationNumber)) {
      check.fail("declarationNumber", "Numéro de déclaration d'activité", `11 chiffres attendus, « ${patch.declarationNumber} » ne convient pas.`);
    }
  }

  const qualiopiCertified = patch.qualiopiCertified ?? current.qualiopiCertified;
  if (patch.qualiopiCertified === null) check.fail("qualiopiCertified", "Certification Qualiopi", "indiquez oui ou non.");
  let qualiopiSince: IsoDate | null = null;
  if (qualiopiCertified) {
    const given = patch.qualiopiSince === undefined ? current.qualiopiSince : patch.qualiopiSince;
    if (given === null || given === undefined) {
      check.fail("qualiopiSince", "Date de certification Qualiopi", "obligatoire pour un organisme certifié Qualiopi.");
    } else {
      qualiopiSince = check.date("qualiopiSince", "Date de certification Qualiopi", given);
      check.notAfterToday("qualiopiSince", "Date de certification Qualiopi", qualiopiSince, today, "la date de certification");
    }
  } else if (patch.qualiopiSince !== undefined && patch.qualiopiSince !== null) {
    check.fail("qualiopiSince", "Date de certification Qualiopi", "sans objet pour un organisme non certifié Qualiopi.");
  }
  return check.result({ name, legalForm, declarationNumber, qualiopiCertified, qualiopiSince });
}
