import type { IsoDate } from "../../common/calendar/working-days";
import { type Checked, InputCheck } from "./fields";

export interface MandatePeriod {
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

/** HAB-2: a Mandataire acts for an organism only while its mandate is valid. */
export function mandateInForce(mandate: MandatePeriod, on: IsoDate): boolean {
  return mandate.validFrom <= on && (mandate.validUntil === null || mandate.validUntil >= on);
}

export interface MandateValues {
  mandataireName: string;
  proofReference: string;
  validFrom: string;
  validUntil?: string | null;
}

export interface CheckedMandate {
  mandataireName: string;
  proofReference: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

/** HAB-2: a Mandataire files for an organism only with proof of its mandate: no proof, no mandate. */
export function checkMandate(input: MandateValues): Checked<CheckedMandate> {
  const check = new InputCheck();
  const mandataireName = check.requiredText("mandataireName", "Mandataire", input.mandataireName, 200);
  const proofReference = check.requiredText("proofReference", "Preuve du mandat", input.proofReference, 300);
  const validFrom = check.date("validFrom", "Début du mandat", input.validFrom);
  let validUntil: IsoDate | null = null;
  if (input.validUntil !== undefined && input.validUntil !== null && input.validUntil.trim() !== "") {
    validUntil = check.date("validUntil", "Fin du mandat", input.validUntil);
    if (validFrom !== null && validUntil !== null && validUntil < validFrom) {
      check.fail("validUntil", "Fin du mandat", `antérieure au début du mandat (${validFrom}).`);
    }
  }
  return check.result({ mandataireName, proofReference, validFrom: validFrom as IsoDate, validUntil });
}
