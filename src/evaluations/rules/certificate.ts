import type { IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";
import { accept, type Decision, refuse } from "./decision";
import { formatDate } from "../../common/french";
import type { JuryOutcome } from "./jury";

export type CertificateFormat = "PAPER" | "PDF";

export interface CertifyingInstance {
  readonly code: string;
  readonly kind: InstanceKind;
  readonly name: string;
}

/**
 * EVA-5, art. 1: organisms deliver the certificate "au nom du certificateur (Certif Pro) et des certificateurs
 * délégués (CPNE) le cas échéant": in the name of the Instance that granted the habilitation the path runs under.
 */
export function deliveredInNameOf(habilitationInstance: CertifyingInstance): string {
  return habilitationInstance.kind === "CERTIFIER"
    ? habilitationInstance.name
    : `${habilitationInstance.name}, certificateur délégué de Certif Pro`;
}

export interface IssuanceInput {
  readonly juryOutcome: JuryOutcome | null;
  readonly juryDecidedOn: IsoDate | null;
  readonly alreadyIssued: boolean;
  /** The person's choice (art. 5: "en format papier ou PDF (selon le choix du candidat)"). */
  readonly format: CertificateFormat | null;
}

/** EVA-5: one certificate per award, dated the jury's decision, in the format the person chose. */
export function checkCertificateIssuance(input: IssuanceInput): Decision<{ readonly deliveredOn: IsoDate; readonly format: CertificateFormat }> {
  if (input.juryOutcome !== "AWARDED" || input.juryDecidedOn === null) {
    return refuse("CONFLICT", "EVA-5", "Le certificat est délivré sur décision du jury : aucune décision de délivrance n'est enregistrée pour ce parcours.");
  }
  if (input.alreadyIssued) return refuse("CONFLICT", "EVA-5", "Le certificat de ce parcours a déjà été délivré : demandez-en un duplicata.");
  if (input.format === null) return refuse("BAD_USER_INPUT", "EVA-5", "Indiquez le format choisi par la personne : papier ou PDF.");
  return accept({ deliveredOn: input.juryDecidedOn, format: input.format });
}

/**
 * HAB-6: the habilitation is "mis en œuvre" on the first certificate decided under it: that day is its evidence of
 * use for the automatic renewal (`firstUsedOn`), in place of a declaration.
 */
export function firstUseOn(awardedOn: readonly IsoDate[]): IsoDate | null {
  return awardedOn.length === 0 ? null : [...awardedOn].sort()[0]!;
}

/** EVA-5: a certificate is withdrawn only by the certifier, once, from a dated decision with its reason (a contest upheld, a fraud). */
export function checkRevocation(alreadyRevokedOn: IsoDate | null, reason: string, revokedOn: IsoDate, deliveredOn: IsoDate, today: IsoDate): Decision<IsoDate> {
  if (alreadyRevokedOn !== null) return refuse("CONFLICT", "EVA-5", `Ce certificat a déjà été retiré le ${formatDate(alreadyRevokedOn)}.`);
  if (reason.trim().length === 0) return refuse("BAD_USER_INPUT", "EVA-5", "Motivez le retrait du certificat.");
  if (revokedOn < deliveredOn || revokedOn > today) {
    return refuse("BAD_USER_INPUT", "EVA-5", `Le retrait est daté entre la délivrance (${formatDate(deliveredOn)}) et aujourd'hui.`);
  }
  return accept(revokedOn);
}
