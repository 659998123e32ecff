import { describe, expect, it } from "vitest";

import { checkBillingPeriod, checkInvoiceDate, checkNewTariff, describeTariff } from "../../../src/fees/rules/inputs";
import { TARIFFS } from "../../../src/fees/rules/tariff";

const FIRST = "2023-02-14";
const reason = (check: { ok: boolean; reason?: string; code?: string }) => (check.ok ? "ok" : `${check.code}: ${check.reason}`);

describe("billing period", () => {
  it("FEE-4: a period of valid dates, in order, within 5 years and covered by a tariff is accepted", () => {
    expect(checkBillingPeriod("2025-01-01", "2025-03-31", FIRST).ok).toBe(true);
    expect(checkBillingPeriod("2025-01-01", "2025-01-01", FIRST).ok).toBe(true);
    expect(checkBillingPeriod("2023-02-14", "2028-02-13", FIRST).ok).toBe(true);
  });

  it("FEE-4: malformed dates are refused", () => {
    expect(reason(checkBillingPeriod("2025-02-30", "2025-03-31", FIRST))).toBe("BAD_USER_INPUT: Le début de période « 2025-02-30 » n'est pas une date valide (AAAA-MM-JJ).");
    expect(checkBillingPeriod("2025/01/01", "2025-03-31", FIRST).ok).toBe(false);
    expect(checkBillingPeriod("2025-01-01", "demain", FIRST).ok).toBe(false);
  });

  it("FEE-4: a period ending before it starts, or over 5 years, is refused", () => {
    expect(reason(checkBillingPeriod("2025-03-31", "2025-01-01", FIRST))).toBe("BAD_USER_INPUT: La période se termine le 01/01/2025, avant de commencer le 31/03/2025.");
    expect(reason(checkBillingPeriod("2023-02-14", "2028-02-14", FIRST))).toBe("BAD_USER_INPUT: La période du 14/02/2023 au 14/02/2028 dépasse 5 ans : découpez-la.");
  });

  it("FEE-4: no period starts before the first tariff", () => {
    expect(reason(checkBillingPeriod("2023-01-01", "2023-12-31", FIRST))).toBe(
      "BAD_USER_INPUT: Aucun tarif n'est en vigueur avant le 14/02/2023 : la période doit commencer à cette date ou après.",
    );
    expect(checkBillingPeriod("2025-01-01", "2025-12-31", null).ok).toBe(false);
  });

  it("FEE-4: the invoice is dated on or after the end of the period it bills", () => {
    expect(checkInvoiceDate("2025-03-31", "2025-03-31").ok).toBe(true);
    expect(checkInvoiceDate("2025-04-05", "2025-03-31").ok).toBe(true);
    expect(reason(checkInvoiceDate("2025-03-30", "2025-03-31"))).toBe("BAD_USER_INPUT: La facture du 30/03/2025 précéderait la fin de la période facturée (31/03/2025).");
    expect(checkInvoiceDate("31/03/2025", "2025-03-31").ok).toBe(false);
  });
});

describe("new tariff", () => {
  const row = { validFrom: "2027-01-01", applicationCents: 35_000, siteAnnualCents: 3_500, certificateCents: 1_200 };
  const today = "2026-11-22";

  it("FEE-4: amounts may change each year, from today or a later date", () => {
    expect(checkNewTariff(row, today, [FIRST]).ok).toBe(true);
    expect(checkNewTariff({ ...row, validFrom: today }, today, [FIRST]).ok).toBe(true);
    expect(checkNewTariff({ ...row, applicationCents: 0 }, today, [FIRST]).ok).toBe(true);
  });

  it("FEE-4: a tariff for a past date is refused: amounts already due never change", () => {
    expect(reason(checkNewTariff({ ...row, validFrom: "2026-11-21" }, today, [FIRST]))).toBe(
      "BAD_USER_INPUT: Un tarif ne peut pas prendre effet dans le passé (21/11/2026, nous sommes le 22/11/2026) : les montants déjà dus ne changent pas.",
    );
  });

  it("FEE-4: a date that already has a tariff is a CONFLICT", () => {
    expect(reason(checkNewTariff(row, today, [FIRST, "2027-01-01"]))).toBe(
      "CONFLICT: Un tarif prend déjà effet le 01/01/2027 : un tarif enregistré ne se modifie pas, choisissez une autre date d'effet.",
    );
  });

  it("FEE-4: malformed dates and negative, fractional or huge amounts are refused", () => {
    expect(checkNewTariff({ ...row, validFrom: "2027-13-01" }, today, []).ok).toBe(false);
    expect(reason(checkNewTariff({ ...row, siteAnnualCents: -1 }, today, []))).toBe(
      "BAD_USER_INPUT: Le montant par site et par an (-1 centimes) doit être un nombre entier de centimes entre 0 et 100 000,00 €.",
    );
    expect(checkNewTariff({ ...row, certificateCents: 11.5 }, today, []).ok).toBe(false);
    expect(checkNewTariff({ ...row, applicationCents: 10_000_001 }, today, []).ok).toBe(false);
  });

  it("FEE-4: the journal says what the new tariff is", () => {
    expect(describeTariff({ ...TARIFFS[0]! })).toBe(
      "À compter du 14/02/2023 : 330,00 € HT par demande d'habilitation, 33,00 € HT par site ou établissement et par an, 11,00 € HT par certificat.",
    );
  });
});
