import { describe, expect, it } from "vitest";

import { formatDate } from "../../../src/common/french";
import { computeFees, formatEuros, paymentDueDate, paymentLabel, type Period, type TariffRow, tariffOn, TARIFFS } from "../../../src/fees/rules/tariff";

const TABLE_2026: readonly TariffRow[] = [
  ...TARIFFS,
  { validFrom: "2026-01-01", applicationCents: 35_000, siteAnnualCents: 3_500, certificateCents: 1_200 },
];

const YEAR_2025 = { periodStart: "2025-01-01", periodEnd: "2025-12-31" };
/** Habilitated by Certif Pro since the convention came into force. */
const ALWAYS: readonly Period[] = [{ from: "2023-02-14", until: null }];
const NONE = { applications: [], sites: [], habilitated: ALWAYS };

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
    expect(paymentDueDate("2025-12-31")).toBe("2026-02-14");
    expect(paymentLabel("2025-12-31")).toBe("Règlement attendu sous 45 jours calendaires : au plus tard le 14/02/2026 pour une facture du 31/12/2025.");
  });

  it("FEE-1: amounts and dates are written the French way", () => {
    expect(formatEuros(33_000)).toBe("330,00 €");
    expect(formatEuros(132_005)).toBe("1 320,05 €");
    expect(formatEuros(0)).toBe("0,00 €");
    expect(() => formatEuros(1.5)).toThrow(RangeError);
    expect(formatDate("2025-03-04")).toBe("04/03/2025");
    expect(() => formatDate("2025-02-30")).toThrow(RangeError);
  });
});

describe("computeFees", () => {
  it("FEE-1: 330 € per application filed in the period, accepted or refused, with its receipt", () => {
    const statement = computeFees({
      ...NONE,
      applications: [{ id: 7, filedOn: "2025-03-04", receiptNumber: "CP-2025-000007" }, { filedOn: "2024-12-31" }, { filedOn: "2025-11-02" }],
      ...YEAR_2025,
      table: TARIFFS,
    });
    expect(statement.lines).toEqual([
      {
        kind: "APPLICATION",
        rule: "FEE-1",
        chargedOn: "2025-03-04",
        amountCents: 33_000,
        label: "Frais d'instruction de la demande d'habilitation déposée auprès de Certif Pro le 04/03/2025 (récépissé CP-2025-000007) : 330,00 € HT",
        subjectId: 7,
      },
      {
        kind: "APPLICATION",
        rule: "FEE-1",
        chargedOn: "2025-11-02",
        amountCents: 33_000,
        label: "Frais d'instruction de la demande d'habilitation déposée auprès de Certif Pro le 02/11/2025 : 330,00 € HT",
      },
    ]);
    expect(statement.totalCents).toBe(66_000);
    expect(statement.totalLabel).toBe("Total du 01/01/2025 au 31/12/2025 : 660,00 € HT");
  });

  it("FEE-1: the application fee does not depend on any habilitation", () => {
    const statement = computeFees({ applications: [{ filedOn: "2025-03-04" }], sites: [], habilitated: [], ...YEAR_2025, table: TARIFFS });
    expect(statement.totalCents).toBe(33_000);
  });

  it("FEE-2: a flat 33 € per site for each calendar year it is registered, due on 1 January", () => {
    const statement = computeFees({ ...NONE, sites: [{ id: 3, name: "Lyon 3e", registeredFrom: "2024-05-02" }], ...YEAR_2025, table: TARIFFS });
    expect(statement.lines).toEqual([
      {
        kind: "SITE",
        rule: "FEE-2",
        chargedOn: "2025-01-01",
        amountCents: 3_300,
        label:
          "Frais de gestion 2025 du site ou établissement « Lyon 3e » (enregistré sur la plateforme depuis le 02/05/2024, organisme habilité), exigibles le 01/01/2025 : 33,00 € HT",
        subjectId: 3,
      },
    ]);
  });

  it("FEE-2: in its first year a site is due on its registration day, in full (never prorated)", () => {
    const site = { registeredFrom: "2024-05-02" };
    const quarter = (periodStart: string, periodEnd: string) =>
      computeFees({ ...NONE, sites: [site], periodStart, periodEnd, table: TARIFFS }).lines.map((line) => [line.chargedOn, line.amountCents]);
    expect(quarter("2024-04-01", "2024-06-30")).toEqual([["2024-05-02", 3_300]]);
    expect(quarter("2024-07-01", "2024-09-30")).toEqual([]);
    expect(quarter("2024-10-01", "2024-12-31")).toEqual([]);
    expect(quarter("2025-01-01", "2025-03-31")).toEqual([["2025-01-01", 3_300]]);
  });

  it("FEE-2: quarterly invoices bill each site-year exactly once", () => {
    const sites = [{ registeredFrom: "2024-11-15" }, { registeredFrom: "2025-07-14", registeredUntil: "2025-09-30" }, { registeredFrom: "2023-03-01", registeredUntil: "2024-12-31" }];
    const habilitated = [{ from: "2023-03-01", until: "2025-02-10" }, { from: "2025-08-01", until: null }];
    const quarters = [
      ["2025-01-01", "2025-03-31"],
      ["2025-04-01", "2025-06-30"],
      ["2025-07-01", "2025-09-30"],
      ["2025-10-01", "2025-12-31"],
    ];
    const byQuarter = quarters.flatMap(([periodStart, periodEnd]) =>
      computeFees({ applications: [], sites, habilitated, periodStart: periodStart!, periodEnd: periodEnd!, table: TARIFFS }).lines,
    );
    const byYear = computeFees({ applications: [], sites, habilitated, ...YEAR_2025, table: TARIFFS }).lines;
    expect(byQuarter).toEqual(byYear);
    expect(byYear.map((line) => line.chargedOn)).toEqual(["2025-01-01", "2025-08-01"]);
  });

  it("FEE-2: a site registered on 20 December pays that year and, if still registered, the next", () => {
    const twoYears = { periodStart: "2025-01-01", periodEnd: "2026-12-31" };
    const lines = computeFees({ ...NONE, sites: [{ registeredFrom: "2025-12-20" }], ...twoYears, table: TARIFFS }).lines;
    expect(lines.map((line) => line.chargedOn)).toEqual(["2025-12-20", "2026-01-01"]);
    const gone = computeFees({ ...NONE, sites: [{ registeredFrom: "2025-12-20", registeredUntil: "2025-12-31" }], ...twoYears, table: TARIFFS }).lines;
    expect(gone.map((line) => line.chargedOn)).toEqual(["2025-12-20"]);
  });

  it("FEE-2: owed only while the organism is habilitated (\"Lorsque la demande est acceptée et l'Organisme Habilité\")", () => {
    const sites = [{ registeredFrom: "2024-11-04" }, { registeredFrom: "2025-02-03" }];
    const fees = (habilitated: readonly Period[], periodStart: string, periodEnd: string) =>
      computeFees({ applications: [], sites, habilitated, periodStart, periodEnd, table: TARIFFS }).lines.map((line) => line.chargedOn);
    // Not habilitated: registered sites cost nothing.
    expect(fees([], "2024-01-01", "2026-12-31")).toEqual([]);
    // Habilitated on 6 January 2025: the sites registered before are due that day, not in 2024.
    const fromJanuary = [{ from: "2025-01-06", until: "2028-01-05" }];
    expect(fees(fromJanuary, "2024-01-01", "2024-12-31")).toEqual([]);
    expect(fees(fromJanuary, "2025-01-01", "2025-12-31")).toEqual(["2025-01-06", "2025-02-03"]);
    // The habilitation ended on 5 January 2028: 2028 is still due (a flat fee for any day in the year), 2029 is not.
    expect(fees(fromJanuary, "2028-01-01", "2029-12-31")).toEqual(["2028-01-01", "2028-01-01"]);
    // Two habilitations in one year: the site-year is billed once.
    const twice = [{ from: "2025-01-06", until: "2025-03-31" }, { from: "2025-06-01", until: null }];
    expect(fees(twice, "2025-01-01", "2025-12-31")).toEqual(["2025-01-06", "2025-02-03"]);
  });

  it("FEE-3: 11 € per certificate awarded in the period", () => {
    const statement = computeFees({
      ...NONE,
      certificates: [{ awardedOn: "2025-03-10" }, { awardedOn: "2025-03-11" }, { awardedOn: "2026-01-02" }],
      ...YEAR_2025,
      table: TARIFFS,
    });
    expect(statement.lines.map((line) => line.label)).toEqual([
      "Redevance pour le certificat attribué le 10/03/2025 : 11,00 € HT",
      "Redevance pour le certificat attribué le 11/03/2025 : 11,00 € HT",
    ]);
    expect(statement.totalCents).toBe(2_200);
  });

  it("FEE-4: each amount uses the tariff in force on the day it falls due", () => {
    const statement = computeFees({
      ...NONE,
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
    expect(statement.totalLabel).toBe("Total du 01/10/2025 au 31/03/2026 : 727,00 € HT");
  });

  it("FEE-4: an amount falling due before any tariff, a reversed period or a reversed registration is an error", () => {
    expect(() => computeFees({ ...NONE, applications: [{ filedOn: "2022-05-02" }], periodStart: "2022-01-01", periodEnd: "2022-12-31", table: TARIFFS })).toThrow(
      /No tariff in force on 2022-05-02/,
    );
    expect(() => computeFees({ ...NONE, periodStart: "2025-12-31", periodEnd: "2025-01-01", table: TARIFFS })).toThrow(RangeError);
    expect(() => computeFees({ ...NONE, sites: [{ registeredFrom: "2025-05-01", registeredUntil: "2025-04-01" }], ...YEAR_2025, table: TARIFFS })).toThrow(RangeError);
    expect(() => computeFees({ ...NONE, habilitated: [{ from: "2025-05-01", until: "2025-04-01" }], ...YEAR_2025, table: TARIFFS })).toThrow(RangeError);
  });

  it("FEE-1: an empty period costs nothing", () => {
    expect(computeFees({ ...NONE, ...YEAR_2025, table: TARIFFS })).toEqual({
      lines: [],
      totalCents: 0,
      totalLabel: "Total du 01/01/2025 au 31/12/2025 : 0,00 € HT",
    });
  });
});
