import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeesDueDocument, SetTariffDocument, TariffsDocument, type FeesDueQuery, type FeesDueQueryVariables } from "../generated/graphql";
import { countQueries } from "../../src/common/db/query-counter";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import {
  ALPHA,
  BETA,
  counts,
  insertApplication,
  insertBilledOrganisms,
  insertEstablishment,
  insertHabilitation,
  organismId,
  sirenOf,
} from "./fees.fixtures";

let h: Harness;
const ids: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness();
  const alpha = await organismId(h, ALPHA);
  const beta = await organismId(h, BETA);
  // Alpha (seeded): filed to Certif Pro on 2024-10-07, habilitated from 2025-01-06; Siège (SIRET) and Site de Lyon.
  // A room without SIRET at Alpha's head office is not a distinct site (Annexe 2).
  await insertEstablishment(h, { organism: alpha, name: "Salle du siège", address: "12, rue des Ecoles", postalCode: "75005", city: "PARIS", registeredFrom: "2025-05-01" });
  // Beta: refused, then a withdrawn application, both filed to Certif Pro; accepted by a CPNE, whose fees Annexe 2 does not set.
  ids.refused = await insertApplication(h, { organism: beta, instance: "CERTIF_PRO", status: "NOTIFIED_REFUSED", filedOn: "2025-03-10", notifiedOn: "2025-06-10", receiptNumber: "CP-2025-000042" });
  ids.withdrawn = await insertApplication(h, { organism: beta, instance: "CERTIF_PRO", status: "WITHDRAWN_BY_APPLICANT", filedOn: "2025-11-03" });
  await insertApplication(h, { organism: beta, instance: "CERTIF_PRO", status: "DRAFT", filedOn: null });
  // An application for CléA (base) falls under another convention than this Annexe 2.
  await insertApplication(h, { organism: beta, instance: "CERTIF_PRO", status: "NOTIFIED_REFUSED", filedOn: "2025-05-05", notifiedOn: "2025-07-07", certification: "CLEA" });
  const cpne = await insertApplication(h, { organism: beta, instance: "CPNE_PROPRETE", status: "NOTIFIED_ACCEPTED", filedOn: "2025-04-01", notifiedOn: "2025-06-02", durationMonths: 36 });
  await insertHabilitation(h, { organism: beta, instance: "CPNE_PROPRETE", application: cpne, notifiedOn: "2025-06-02" });
});
afterAll(async () => h.close());

const fees = (variables: FeesDueQueryVariables, email: string = DEMO.certifProDecider) => h.run(FeesDueDocument, variables, { email });

async function owed(variables: FeesDueQueryVariables): Promise<FeesDueQuery["feesDue"]> {
  const result = await fees(variables);
  expect(result.errors).toBeUndefined();
  return result.data!.feesDue;
}

const summary = (organism: FeesDueQuery["feesDue"][number]) => organism.lines.map((line) => `${line.rule} ${line.chargedOn} ${line.amount}`);

describe("FEE-1: 330 € per habilitation application filed to Certif Pro", () => {
  it("FEE-1: an application is charged on its filing day, with its receipt, whatever its outcome", async () => {
    const [alpha] = await owed({ periodStart: "2024-01-01", periodEnd: "2024-12-31" });
    expect(alpha).toMatchObject({ siren: ALPHA, organismName: "Organisme Alpha Formation", totalCents: 33_000, total: "330,00 €" });
    expect(alpha!.lines).toEqual([
      {
        kind: "APPLICATION",
        rule: "FEE-1",
        chargedOn: "2024-10-07",
        amountCents: 33_000,
        amount: "330,00 €",
        label: "Frais d'instruction de la demande d'habilitation déposée auprès de Certif Pro le 07/10/2024 (récépissé CERTIF_PRO-2024-000001) : 330,00 € HT",
        subjectId: expect.any(String),
      },
    ]);
  });

  it("FEE-1: a refused or withdrawn application is due once filed; a draft, an application filed to a CPNE or for another certification is not billed", async () => {
    const beta = (await owed({ periodStart: "2025-01-01", periodEnd: "2025-12-31" })).find((organism) => organism.siren === BETA)!;
    expect(beta.lines.map((line) => [line.rule, line.chargedOn, line.amountCents, line.subjectId])).toEqual([
      ["FEE-1", "2025-03-10", 33_000, String(ids.refused)],
      ["FEE-1", "2025-11-03", 33_000, String(ids.withdrawn)],
    ]);
    expect(beta.totalLabel).toBe("Total du 01/01/2025 au 31/12/2025 : 660,00 € HT");
  });

  it("FEE-1: organisms owing nothing are left out, unless named", async () => {
    expect((await owed({ periodStart: "2024-01-01", periodEnd: "2024-12-31" })).map((o) => o.siren)).toEqual([ALPHA]);
    const [beta] = await owed({ periodStart: "2024-01-01", periodEnd: "2024-12-31", organism: BETA });
    expect(beta).toMatchObject({ siren: BETA, lines: [], totalCents: 0, total: "0,00 €" });
  });
});

describe("FEE-2: 33 € per registered site or establishment and per year, once habilitated by Certif Pro", () => {
  it("FEE-2: sites registered before the habilitation fall due on its notification day; a later site on its registration day", async () => {
    const alpha = (await owed({ periodStart: "2025-01-01", periodEnd: "2025-12-31" })).find((organism) => organism.siren === ALPHA)!;
    expect(summary(alpha)).toEqual(["FEE-2 2025-01-06 33,00 €", "FEE-2 2025-02-03 33,00 €"]);
    expect(alpha.lines[1]!.label).toBe(
      "Frais de gestion 2025 du site ou établissement « Site de Lyon » (enregistré sur la plateforme depuis le 03/02/2025, organisme habilité), exigibles le 03/02/2025 : 33,00 € HT",
    );
    expect(alpha.total).toBe("66,00 €");
  });

  it("FEE-2: the next years fall due on 1 January; a site at the head office's address without SIRET is not billed", async () => {
    const [alpha] = await owed({ periodStart: "2026-01-01", periodEnd: "2026-03-31", organism: ALPHA });
    expect(summary(alpha!)).toEqual(["FEE-2 2026-01-01 33,00 €", "FEE-2 2026-01-01 33,00 €"]);
    expect(alpha!.lines.map((line) => line.label).join()).not.toContain("Salle du siège");
  });

  it("FEE-2: a site of an organism holding no Certif Pro habilitation (here, a CPNE's) is not billed", async () => {
    const [beta] = await owed({ periodStart: "2025-09-01", periodEnd: "2026-12-31", organism: BETA });
    expect(beta!.lines.filter((line) => line.rule === "FEE-2")).toEqual([]);
  });

  it("FEE-2: quarterly statements add up to the yearly one", async () => {
    const year = await owed({ periodStart: "2025-01-01", periodEnd: "2025-12-31" });
    const quarters = await Promise.all(
      [["2025-01-01", "2025-03-31"], ["2025-04-01", "2025-06-30"], ["2025-07-01", "2025-09-30"], ["2025-10-01", "2025-12-31"]].map(([periodStart, periodEnd]) =>
        owed({ periodStart: periodStart!, periodEnd: periodEnd! }),
      ),
    );
    const total = (list: FeesDueQuery["feesDue"]) => list.reduce((sum, organism) => sum + organism.totalCents, 0);
    expect(quarters.map(total).reduce((a, b) => a + b, 0)).toBe(total(year));
  });
});

describe("FEE-4: payment due date, dated tariffs", () => {
  it("FEE-4: payment is due 45 calendar days after the invoice, by default dated on the period's last day", async () => {
    const [alpha] = await owed({ periodStart: "2025-10-01", periodEnd: "2025-12-31", organism: ALPHA });
    expect(alpha).toMatchObject({
      invoicedOn: "2025-12-31",
      paymentDueOn: "2026-02-14",
      paymentLabel: "Règlement attendu sous 45 jours calendaires : au plus tard le 14/02/2026 pour une facture du 31/12/2025.",
    });
    const [later] = await owed({ periodStart: "2025-10-01", periodEnd: "2025-12-31", organism: ALPHA, invoicedOn: "2026-01-05" });
    expect(later).toMatchObject({ invoicedOn: "2026-01-05", paymentDueOn: "2026-02-19" });
  });

  it("FEE-4: new amounts apply from their date, earlier charges keep the tariff then in force", async () => {
    h.clock.set("2026-12-01");
    try {
      const set = await h.run(SetTariffDocument, { validFrom: "2027-01-01", applicationCents: 35_000, siteAnnualCents: 3_500, certificateCents: 1_200 }, { email: DEMO.certifProDecider });
      expect(set.errors).toBeUndefined();
    } finally {
      h.clock.set(null);
    }
    const beta = await organismId(h, BETA);
    await insertApplication(h, { organism: beta, instance: "CERTIF_PRO", status: "NOTIFIED_REFUSED", filedOn: "2026-12-15", notifiedOn: "2027-02-01" });
    await insertApplication(h, { organism: beta, instance: "CERTIF_PRO", status: "WITHDRAWN_BY_APPLICANT", filedOn: "2027-02-01" });
    const list = await owed({ periodStart: "2026-10-01", periodEnd: "2027-03-31" });
    expect(list.map((organism) => [organism.siren, summary(organism)])).toEqual([
      [ALPHA, ["FEE-2 2027-01-01 35,00 €", "FEE-2 2027-01-01 35,00 €"]],
      [BETA, ["FEE-1 2026-12-15 330,00 €", "FEE-1 2027-02-01 350,00 €"]],
    ]);
    const tariffs = (await h.run(TariffsDocument, {})).data!.tariffs;
    expect(tariffs.map((t) => [t.validFrom, t.validUntil, t.applicationAmount])).toEqual([
      ["2023-02-14", "2026-12-31", "330,00 €"],
      ["2027-01-01", null, "350,00 €"],
    ]);
  });
});

describe("bad inputs", () => {
  const cases: [string, FeesDueQueryVariables, RegExp][] = [
    ["a malformed start", { periodStart: "2025-02-30", periodEnd: "2025-03-31" }, /n'est pas une date valide/],
    ["a malformed end", { periodStart: "2025-01-01", periodEnd: "31/03/2025" }, /n'est pas une date valide/],
    ["an end before the start", { periodStart: "2025-03-31", periodEnd: "2025-01-01" }, /avant de commencer/],
    ["a period over 5 years", { periodStart: "2023-03-01", periodEnd: "2028-03-01" }, /dépasse 5 ans/],
    ["a period before any tariff", { periodStart: "2022-01-01", periodEnd: "2023-12-31" }, /Aucun tarif n'est en vigueur avant le 14\/02\/2023/],
    ["an invoice before the period ends", { periodStart: "2025-01-01", periodEnd: "2025-03-31", invoicedOn: "2025-03-30" }, /précéderait la fin/],
    ["a malformed invoice date", { periodStart: "2025-01-01", periodEnd: "2025-03-31", invoicedOn: "bientôt" }, /n'est pas une date valide/],
    ["a malformed SIREN", { periodStart: "2025-01-01", periodEnd: "2025-03-31", organism: "81234567" }, /SIREN/],
  ];
  for (const [what, variables, message] of cases) {
    it(`FEE-4: ${what} is BAD_USER_INPUT and changes nothing`, async () => {
      const before = await counts(h);
      const result = await fees(variables);
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0]!.message).toMatch(message);
      expect(await counts(h)).toEqual(before);
    });
  }

  it("an unknown SIREN is NOT_FOUND for Certif Pro", async () => {
    expect(errorCode(await fees({ periodStart: "2025-01-01", periodEnd: "2025-03-31", organism: sirenOf("99999999") }))).toBe("NOT_FOUND");
  });
});

describe("SQL statements stay fixed whatever the number of organisms", () => {
  it("FEE-1/FEE-2/FEE-3: feesDue runs the same number of statements for the demo organisms and for 25 more", async () => {
    const measure = async () => {
      const { result, counter } = await countQueries(() => fees({ periodStart: "2025-01-01", periodEnd: "2025-12-31" }));
      expect(result.errors).toBeUndefined();
      return { organisms: result.data!.feesDue.length, statements: counter.count };
    };
    const small = await measure();
    await insertBilledOrganisms(h, 25, "95");
    const large = await measure();
    expect(large.organisms).toBe(small.organisms + 25);
    expect(large.statements).toBe(small.statements);
    // The caller, the tariffs, applications, establishments, habilitations, and their oversight facts (WDR-1).
    expect(small.statements).toBeLessThanOrEqual(6);
  });

  it("an organism's own view runs a fixed number of statements too", async () => {
    const count = async () => (await countQueries(() => fees({ periodStart: "2025-01-01", periodEnd: "2025-12-31" }, DEMO.gammaMandataire))).counter.count;
    expect(await count()).toBeLessThanOrEqual(7);
  });
});
