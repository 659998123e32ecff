import type { IsoDate } from "../../common/calendar/working-days";
import { sameVerificationCode } from "./certificate-number";
import { formatDate } from "../../common/french";

/** What the certifier keeps of a certificate to verify it, even once the holder's data is erased (GDPR-1). */
export interface CertificateStub {
  readonly number: string;
  readonly verificationCode: string;
  readonly certificationName: string;
  readonly referentialVersion: string;
  readonly deliveredOn: IsoDate;
  /** The Instance in whose name it is delivered: Certif Pro, or the delegated CPNE. */
  readonly deliveredInNameOf: string;
  readonly holderInitials: string;
  readonly revokedOn: IsoDate | null;
}

export type PublicVerification =
  | { readonly found: false; readonly message: string }
  | {
      readonly found: true;
      readonly number: string;
      readonly certificationName: string;
      readonly referentialVersion: string;
      readonly deliveredOn: IsoDate;
      readonly deliveredInNameOf: string;
      readonly valid: boolean;
      readonly statusLabel: string;
      /** Shown only with the right verification code. */
      readonly holderInitials: string | null;
      readonly message: string;
    };

const firstLetter = (word: string): string => (/\p{L}/u.exec(word)?.[0] ?? "").toLocaleUpperCase("fr");

/** "Jean-Pierre", "Dupont" → "J.-P. D."; only the first given name counts. */
export function holderInitials(firstNames: string, lastName: string): string {
  const given = firstNames.trim().split(/\s+/)[0] ?? "";
  const givenInitials = given
    .split("-")
    .map(firstLetter)
    .filter((letter) => letter.length > 0)
    .map((letter) => `${letter}.`)
    .join("-");
  const family = firstLetter(lastName);
  return [givenInitials, family ? `${family}.` : ""].filter((part) => part.length > 0).join(" ");
}

/**
 * EVA-5, GDPR-1: `GET /verify/<number>` says whether a certificate exists and is valid, and never shows more of its
 * holder than the initials; those only to whoever holds the verification code printed on it, so that walking
 * through the numbers reveals nobody.
 */
export function publicVerification(stub: CertificateStub | null, suppliedCode: string | null): PublicVerification {
  if (stub === null) {
    return { found: false, message: "Aucun certificat ne porte ce numéro. Vérifiez le numéro imprimé sur le certificat." };
  }
  const valid = stub.revokedOn === null;
  const codeMatches = suppliedCode !== null && sameVerificationCode(suppliedCode, stub.verificationCode);
  const message =
    suppliedCode === null
      ? "Saisissez le code de vérification imprimé sur le certificat pour voir les initiales de son titulaire."
      : codeMatches
        ? "Le code de vérification correspond à ce certificat."
        : "Le code de vérification ne correspond pas à ce certificat : les initiales du titulaire ne sont pas affichées.";
  return {
    found: true,
    number: stub.number,
    certificationName: stub.certificationName,
    referentialVersion: stub.referentialVersion,
    deliveredOn: stub.deliveredOn,
    deliveredInNameOf: stub.deliveredInNameOf,
    valid,
    statusLabel: valid ? "Certificat valide" : `Certificat retiré le ${formatDate(stub.revokedOn!)}`,
    holderInitials: codeMatches ? stub.holderInitials : null,
    message,
  };
}
