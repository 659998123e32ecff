import { describe, expect, it } from "vitest";

import { computeFees, formatEuros, paymentDueDate, type TariffRow, tariffOn, TARIFFS } from "../../../src/fees/rules/tariff";

const TABLE_2026: readonly TariffRow[] = [
  ...TARIFFS,
  { validFrom: "2026-01-01", applicationCents: 35_000, siteAnnualCents: 3_500, certificateCents: 1_200 },
];

const YEAR_2025 = { periodStart: "2025-01-01", periodEnd: "2025-12-31" };

describe("tariff table", () => {
  it("FEE-1: the 2023 amounts, in cents net of VAT: 330 € per application, 33 € per site and year, 11 € per certificate", () => {
    expect(tariffOn("2025-03-04", TARIFFS)).toEqual({
      validFrom: "2023-02-14",
      applicationCents: 33_000,
      siteAnnualCents: 3_300,
      certificateCents: 1_100,
    });
  });

  it("FEE-4: the amounts are dated data: each date gets the row in force then", () => {
    expect(tariffOn("2025-12-31", TABLE_2026)?.validFrom).toBe("2023-02-14");
    expect(tariffOn("2026-01-01", TABLE_2026)?.validFrom).toBe("2026-01-01");
    expect(tariffOn("2026-01-01", [...TABLE_2026].reverse())?.validFrom).toBe("2026-01-01");
    expect(tariffOn("2023-02-13", TARIFFS)).toBeNull();
  });

  it("FEE-4: a table with two rows on the same day or a bad amount is rejected", () => {
    expect(() => tariffOn("2025-01-01", [...TARIFFS, { ...TARIFFS[0]!, applicationCents: 1 }])).toThrow(RangeError);
    expect(() => tariffOn("2025-01-01", [{ ...TARIFFS[0]!, siteAnnualCents: 33.5 }])).toThrow(RangeError);
    expect(() => tariffOn("2025-01-01", [{ ...TARIFFS[0]!, certificateCents: -1 }])).toThrow(RangeError);
  });

  it("FEE-4: invoices are paid within 45 calendar days", () => {
    expect(paymentDueDate("2025-11-20")).toBe("2026-01-04");
  });

  it("FEE-1: amounts are written the French way", () => {
    expect(formatEuros(33_000)).toBe("330,00 €");
    expect(formatEuros(132_005)).toBe("1 320,05 €");
    expect(formatEuros(0)).toBe("0,00 €");
    expect(() => formatEuros(1.5)).toThrow(RangeError);
  });
});

describe("computeFees", () => {
  it("FEE-1: 330 € per application filed in the period, accepted or refused", () => {
    const statement = computeFees({
      applications: [{ filedOn: "2025-03-04" }, { filedOn: "2024-12-31" }, { filedOn: "2025-11-02" }],
      sites: [],
      ...YEAR_2025,
      table: TARIFFS,
    });
    expect(statement.lines).toEqual([
      { kind: "APPLICATION", rule: "FEE-1", chargedOn: "2025-03-04", amountCents: 33_000, label: "Dépôt de la demande d'habilitation du 2025-03-04 : 330,00 € HT" },
      { kind: "APPLICATION", rule: "FEE-1", chargedOn: "2025-11-02", amountCents: 33_000, label: "Dépôt de la demande d'habilitation du 2025-11-02 : 330,00 € HT" },
    ]);
    expect(statement.totalCents).toBe(66_000);
    expect(statement.totalLabel).toBe("Total du 2025-01-01 au 2025-12-31 : 660,00 € HT");
  });

  it("FEE-2: a flat 33 € per site for each calendar year it is registered, due on 1 January", () => {
    const statement = computeFees({ applications: [], sites: [{ name: "Lyon 3e", registeredFrom: "2024-05-02" }], ...YEAR_2025, table: TARIFFS });
    expect(statement.lines).toEqual([
      {
        kind: "SITE",
        rule: "FEE-2",
        chargedOn: "2025-01-01",
        amountCents: 3_300,
        label: "Frais de gestion 2025 du site ou établissement « Lyon 3e » enregistré sur la plateforme depuis le 2024-05-02 : 33,00 € HT",
      },
    ]);
  });

  it("FEE-2: in its first year a site is due on its registration day, in full (never prorated)", () => {
    const site = { registeredFrom: "2024-05-02" };
    const quarter = (periodStart: string, periodEnd: string) =>
      computeFees({ applications: [], sites: [site], periodStart, periodEnd, table: TARIFFS }).lines.map((line) => [line.chargedOn, line.amountCents]);
    expect(quarter("2024-04-01", "2024-06-30")).toEqual([["2024-05-02", 3_300]]);
    expect(quarter("2024-07-01", "2024-09-30")).toEqual([]);
    expect(quarter("2024-10-01", "2024-12-31")).toEqual([]);
    expect(quarter("2025-01-01", "2025-03-31")).toEqual([["2025-01-01", 3_300]]);
  });

  it("FEE-2: quarterly invoices bill each site-year exactly once", () => {
    const sites = [{ registeredFrom: "2024-11-15" }, { registeredFrom: "2025-07-14", registeredUntil: "2025-09-30" }, { registeredFrom: "2023-03-01", registeredUntil: "2024-12-31" }];
    const quarters = [
      ["2025-01-01", "2025-03-31"],
      ["2025-04-01", "2025-06-30"],
      ["2025-07-01", "2025-09-30"],
      ["2025-10-01", "2025-12-31"],
    ];
    const byQuarter = quarters.flatMap(([periodStart, periodEnd]) => computeFees({ applications: [], sites, periodStart: periodStart!, periodEnd: periodEnd!, table: TARIFFS }).lines);
    const byYear = computeFees({ applications: [], sites, ...YEAR_2025, table: TARIFFS }).lines;
    expect(byQuarter).toEqual(byYear);
    expect(byYear.map((line) => line.chargedOn)).toEqual(["2025-01-01", "2025-07-14"]);
  });

  it("FEE-2: a site registered on 20 December pays that year and, if still registered, the next", () => {
    const lines = computeFees({
      applications: [],
      sites: [{ registeredFrom: "2025-12-20" }],
      periodStart: "2025-01-01",
      periodEnd: "2026-12-31",
      table: TARIFFS,
    }).lines;
    expect(lines.map((line) => line.chargedOn)).toEqual(["2025-12-20", "2026-01-01"]);
    const gone = computeFees({
      applications: [],
      sites: [{ registeredFrom: "2025-12-20", registeredUntil: "2025-12-31" }],
      periodStart: "2025-01-01",
      periodEnd: "2026-12-31",
      table: TARIFFS,
    }).lines;
    expect(gone.map((line) => line.chargedOn)).toEqual(["2025-12-20"]);
  });

  it("FEE-3: 11 € per certificate awarded in the period", () => {
    const statement = computeFees({
      applications: [],
      sites: [],
      certificates: [{ awardedOn: "2025-03-10" }, { awardedOn: "2025-03-11" }, { awardedOn: "2026-01-02" }],
      ...YEAR_2025,
      table: TARIFFS,
    });
    expect(statement.lines.map((line) => line.label)).toEqual([
      "Redevance pour le certificat attribué le 2025-03-10 : 11,00 € HT",
      "Redevance pour le certificat attribué le 2025-03-11 : 11,00 € HT",
    ]);
    expect(statement.totalCents).toBe(2_200);
  });

  it("FEE-4: each amount uses the tariff in force on the day it falls due", () => {
    const statement = computeFees({
      applications: [{ filedOn: "2025-12-15" }, { filedOn: "2026-02-02" }],
      sites: [{ registeredFrom: "2025-06-01" }],
      certificates: [{ awardedOn: "2026-03-01" }],
      periodStart: "2025-10-01",
      periodEnd: "2026-03-31",
      table: TABLE_2026,
    });
    expect(statement.lines.map((line) => [line.kind, line.chargedOn, line.amountCents])).toEqual([
      ["APPLICATION", "2025-12-15", 33_000],
      ["SITE", "2026-01-01", 3_500],
      ["APPLICATION", "2026-02-02", 35_000],
      ["CERTIFICATE", "2026-03-01", 1_200],
    ]);
    expect(statement.totalCents).toBe(72_700);
    expect(statement.totalLabel).toBe("Total du 2025-10-01 au 2026-03-31 : 727,00 € HT");
  });

  it("FEE-4: an amount falling due before any tariff, or a reversed period, is an error", () => {
    expect(() => computeFees({ applications: [{ filedOn: "2022-05-02" }], sites: [], periodStart: "2022-01-01", periodEnd: "2022-12-31", table: TARIFFS })).toThrow(
      /No tariff in force on 2022-05-02/,
    );
    expect(() => computeFees({ applications: [], sites: [], periodStart: "2025-12-31", periodEnd: "2025-01-01", table: TARIFFS })).toThrow(RangeError);
    expect(() =>
      computeFees({ applications: [], sites: [{ registeredFrom: "2025-05-01", registeredUntil: "2025-04-01" }], ...YEAR_2025, table: TARIFFS }),
    ).toThrow(RangeError);
  });

  it("FEE-1: an empty period costs nothing", () => {
    expect(computeFees({ applications: [], sites: [], ...YEAR_2025, table: TARIFFS })).toEqual({
      lines: [],
      totalCents: 0,
      totalLabel: "Total du 2025-01-01 au 2025-12-31 : 0,00 € HT",
    });
  });
});
