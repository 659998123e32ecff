import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { checkCertificateIssuance, checkRevocation, deliveredInNameOf, firstUseOn } from "../../../src/evaluations/rules/certificate";
import {
  formatCertificateNumber,
  parseCertificateNumber,
  parseVerificationCode,
  sameVerificationCode,
  verificationCodeFromBytes,
} from "../../../src/evaluations/rules/certificate-number";
import { type CertificateStub, holderInitials, publicVerification } from "../../../src/evaluations/rules/public-verification";
import { computeValidity } from "../../../src/habilitations/rules/validity";
import { expectAccepted, expectRefused } from "./fixtures";

const bytes = (...values: number[]) => Uint8Array.from(values);
const CODE = verificationCodeFromBytes(bytes(7, 20, 3, 23, 9, 29, 12, 13, 21, 2, 44));

describe("certificate number and verification code", () => {
  it("EVA-5: the number says the certification, the year and the order, and reads back", () => {
    const number = formatCertificateNumber("CLEA_MANAGEMENT", 2025, 42);
    expect(number.text).toBe("CM-2025-000042");
    expect(expectAccepted(parseCertificateNumber(" cm-2025-000042 "))).toEqual(number);
    expect(formatCertificateNumber("CLEA", 2026, 999_999).text).toBe("CL-2026-999999");
    expect(() => formatCertificateNumber("CLEA_NUMERIQUE", 2026, 1_000_000)).toThrow(RangeError);
  });

  it("EVA-5: anything else is not a certificate number, and the message shows the format", () => {
    for (const text of ["CM-2025-42", "XX-2025-000042", "CM-2025-000000", "<script>"]) {
      expect(expectRefused(parseCertificateNumber(text)).message).toContain("il s'écrit comme CM-2025-000042");
    }
  });

  it("EVA-5: the verification code is 11 random symbols and a check symbol, grouped for reading", () => {
    expect(CODE).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // 7, 20, 3, 23 … read as symbols 7, M, 3, Q …; 44 is 12 modulo 32: C; the check symbol is 8.
    expect(CODE).toBe("7M3Q-9XCD-N2C8");
    expect(() => verificationCodeFromBytes(bytes(1, 2, 3))).toThrow(RangeError);
  });

  it("EVA-5: it cannot be derived from the number: different draws give different codes", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => verificationCodeFromBytes(randomBytes(11))));
    expect(codes.size).toBe(1000);
  });

  it("EVA-5: a retyped code is read leniently, and a mistyped one is caught by its check symbol", () => {
    expect(expectAccepted(parseVerificationCode(CODE.toLowerCase().replace(/-/g, " ")))).toBe(CODE);
    expect(expectAccepted(parseVerificationCode(CODE.replace(/0/g, "O").replace(/1/g, "l")))).toBe(CODE);
    const typo = CODE.slice(0, 2) + (CODE[2] === "A" ? "B" : "A") + CODE.slice(3);
    expect(expectRefused(parseVerificationCode(typo)).message).toContain("recopiez les 12 caractères");
    expect(sameVerificationCode(CODE, CODE)).toBe(true);
    expect(sameVerificationCode(CODE, typo)).toBe(false);
  });
});

describe("public verification", () => {
  const stub: CertificateStub = {
    number: "CM-2025-000042",
    verificationCode: CODE,
    certificationName: "CléA management",
    referentialVersion: "2023-02-14",
    deliveredOn: "2025-10-01",
    deliveredInNameOf: "Certif Pro",
    holderInitials: "É. L.",
    revokedOn: null,
  };

  it("EVA-5: initials only: the first given name, hyphenated parts kept, and the family name", () => {
    expect(holderInitials("Jean-Pierre Louis", "Dupont")).toBe("J.-P. D.");
    expect(holderInitials("éloïse", "de La Tour")).toBe("É. D.");
    expect(holderInitials("Anaïs", "N'Diaye")).toBe("A. N.");
  });

  it("GDPR-1: by number alone, it confirms the certificate is valid and shows no personal data", () => {
    const view = publicVerification(stub, null);
    expect(view).toMatchObject({ found: true, valid: true, statusLabel: "Certificat valide", holderInitials: null, certificationName: "CléA management" });
  });

  it("EVA-5: with the verification code, the holder's initials, and nothing more of them", () => {
    const view = publicVerification(stub, CODE);
    expect(view).toMatchObject({ found: true, holderInitials: "É. L.", message: "Le code de vérification correspond à ce certificat." });
    expect(JSON.stringify(view)).not.toMatch(/Éloïse|Lefèvre|1990/);
    expect(publicVerification(stub, "7M3Q-9XCD-N2CZ")).toMatchObject({ holderInitials: null });
  });

  it("EVA-5: an unknown number, a withdrawn certificate", () => {
    expect(publicVerification(null, null)).toEqual({ found: false, message: "Aucun certificat ne porte ce numéro. Vérifiez le numéro imprimé sur le certificat." });
    expect(publicVerification({ ...stub, revokedOn: "2026-01-05" }, null)).toMatchObject({ valid: false, statusLabel: "Certificat retiré le 05/01/2026" });
  });
});

describe("issuing the certificate", () => {
  it("EVA-5: on the jury's award, once, dated the decision, in the format the person chose", () => {
    const base = { juryOutcome: "AWARDED" as const, juryDecidedOn: "2025-10-01", alreadyIssued: false, format: "PDF" as const };
    expect(expectAccepted(checkCertificateIssuance(base))).toEqual({ deliveredOn: "2025-10-01", format: "PDF" });
    expect(expectRefused(checkCertificateIssuance({ ...base, juryOutcome: "NOT_AWARDED" })).code).toBe("CONFLICT");
    expect(expectRefused(checkCertificateIssuance({ ...base, alreadyIssued: true })).message).toContain("duplicata");
    expect(expectRefused(checkCertificateIssuance({ ...base, format: null })).message).toContain("papier ou PDF");
  });

  it("EVA-5, CTX-5: in the name of Certif Pro, or of the delegated CPNE", () => {
    expect(deliveredInNameOf({ code: "CERTIF_PRO", kind: "CERTIFIER", name: "Certif Pro" })).toBe("Certif Pro");
    expect(deliveredInNameOf({ code: "CPNE_PROPRETE", kind: "CPNE", name: "CPNE de la propreté et des services associés" })).toBe(
      "CPNE de la propreté et des services associés, certificateur délégué de Certif Pro",
    );
  });

  it("HAB-6: the first certificate decided under a habilitation is its evidence of use for the renewal", () => {
    expect(firstUseOn([])).toBeNull();
    const firstUsedOn = firstUseOn(["2027-05-03", "2026-02-10"]);
    expect(firstUsedOn).toBe("2026-02-10");
    expect(computeValidity({ notifiedOn: "2025-03-10", firstUsedOn }).renewal).toEqual({ applies: true });
    expect(computeValidity({ notifiedOn: "2025-03-10", firstUsedOn: firstUseOn([]) }).renewal.applies).toBe(false);
  });

  it("EVA-5: a certificate is withdrawn once, with a reason, dated after its delivery", () => {
    expect(expectAccepted(checkRevocation(null, "Contestation accueillie.", "2026-01-05", "2025-10-01", "2026-01-05"))).toBe("2026-01-05");
    expect(expectRefused(checkRevocation("2026-01-05", "…", "2026-01-06", "2025-10-01", "2026-01-06")).code).toBe("CONFLICT");
    expectRefused(checkRevocation(null, " ", "2026-01-05", "2025-10-01", "2026-01-05"));
  });
});
