import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeesDueDocument, JournalDocument, SetTariffDocument, TariffsDocument } from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { DELTA, EPSILON } from "../support/evaluations";
import { ALPHA, BETA, counts, insertApplication, organismId } from "./fees.fixtures";

type Role = keyof typeof DEMO | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[])];
const as = (role: Role) => (role === "anonymous" ? undefined : { email: DEMO[role] });

let h: Harness;
let dayCounter = 0;
let setByMatrix = "";
/** A future date of its own for each call: one tariff per date. */
const nextDate = () => new Date(Date.UTC(2100, 0, ++dayCounter)).toISOString().slice(0, 10);
const tariff = (validFrom: string) => ({ validFrom, applicationCents: 34_000, siteAnnualCents: 3_400, certificateCents: 1_150 });

beforeAll(async () => {
  h = await startHarness();
  // Beta owes a FEE-1 too, so that each organism has something to see.
  await insertApplication(h, { organism: await organismId(h, BETA), instance: "CERTIF_PRO", status: "NOTIFIED_REFUSED", filedOn: "2025-03-10", notifiedOn: "2025-06-10" });
});
afterAll(async () => h.close());

describe("setTariff × every role", () => {
  for (const role of ROLES) {
    const allowed = role === "certifProDecider";
    it(`FEE-4: setTariff as ${role} is ${allowed ? "allowed and journaled" : "FORBIDDEN and changes nothing"}`, async () => {
      const before = await counts(h);
      const validFrom = nextDate();
      const result = await h.run(SetTariffDocument, tariff(validFrom), as(role));
      const after = await counts(h);
      if (allowed) {
        setByMatrix = validFrom;
        expect(result.errors).toBeUndefined();
        expect(after).toMatchObject({ tariffs: before.tariffs + 1, journal: before.journal + 1 });
      } else {
        expect(errorCode(result)).toBe("FORBIDDEN");
        expect(after).toEqual(before);
      }
    });
  }

  it("FEE-4: an anonymous caller is told to authenticate", async () => {
    const result = await h.run(SetTariffDocument, tariff(nextDate()));
    expect(result.errors![0]!.message).toMatch(/Authentification requise/);
  });
});

describe("setTariff: dated data, traceable", () => {
  it("FEE-4: a new tariff is listed with its formatted amounts and closes the previous one the day before", async () => {
    const validFrom = nextDate();
    const result = await h.run(SetTariffDocument, tariff(validFrom), { email: DEMO.certifProDecider });
    expect(result.data!.setTariff).toEqual({
      validFrom,
      validUntil: null,
      applicationCents: 34_000,
      applicationAmount: "340,00 €",
      siteAnnualCents: 3_400,
      siteAnnualAmount: "34,00 €",
      certificateCents: 1_150,
      certificateAmount: "11,50 €",
    });
    const tariffs = (await h.run(TariffsDocument, {})).data!.tariffs;
    expect(tariffs[0]).toMatchObject({ validFrom: "2023-02-14", applicationAmount: "330,00 €", siteAnnualAmount: "33,00 €", certificateAmount: "11,00 €" });
    const previous = tariffs[tariffs.length - 2]!;
    expect(previous.validUntil).toBe(new Date(Date.parse(`${validFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
  });

  it("FEE-4: every tariff set is in Certif Pro's journal: who, in which role, when, what", async () => {
    const validFrom = nextDate();
    await h.run(SetTariffDocument, tariff(validFrom), { email: DEMO.certifProDecider });
    const journal = await h.run(JournalDocument, { instance: "CERTIF_PRO", subjectType: "TARIFF", first: 1 }, { email: DEMO.certifProStaff });
    const [entry] = journal.data!.journal.nodes;
    expect(entry).toMatchObject({
      actorEmail: DEMO.certifProDecider,
      actorRole: "DECISION_MAKER",
      actorInstance: "CERTIF_PRO",
      subjectInstance: "CERTIF_PRO",
      subjectType: "TARIFF",
      action: "TARIFF_SET",
      reason: `À compter du ${validFrom.split("-").reverse().join("/")} : 340,00 € HT par demande d'habilitation, 34,00 € HT par site ou établissement et par an, 11,50 € HT par certificat.`,
    });
    expect(Date.now() - Date.parse(entry!.occurredAt)).toBeLessThan(60_000);
  });

  const refusals: [string, () => Record<string, unknown>, string][] = [
    ["a past date", () => tariff("2024-01-01"), "BAD_USER_INPUT"],
    ["yesterday", () => tariff(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)), "BAD_USER_INPUT"],
    ["a date that already has a tariff", () => tariff(setByMatrix), "CONFLICT"],
    ["a malformed date", () => tariff("2100-02-30"), "BAD_USER_INPUT"],
    ["a negative amount", () => ({ ...tariff(nextDate()), siteAnnualCents: -3_300 }), "BAD_USER_INPUT"],
    ["an amount over 100 000 €", () => ({ ...tariff(nextDate()), applicationCents: 10_000_001 }), "BAD_USER_INPUT"],
  ];
  for (const [what, variables, code] of refusals) {
    it(`FEE-4: ${what} is ${code} and changes nothing`, async () => {
      const before = await counts(h);
      const result = await h.run(SetTariffDocument, variables() as never, { email: DEMO.certifProDecider });
      expect(errorCode(result)).toBe(code);
      expect(await counts(h)).toEqual(before);
    });
  }

  it("FEE-4: the tariffs are public", async () => {
    const result = await h.run(TariffsDocument, {});
    expect(result.errors).toBeUndefined();
    expect(result.data!.tariffs.length).toBeGreaterThan(1);
  });
});

describe("feesDue: who sees which organisms", () => {
  const EXPECTED: Record<Role, string[] | "FORBIDDEN"> = {
    anonymous: "FORBIDDEN",
    // Delta and Epsilon (seeds/demo/evaluations.ts) owe an application and certificates (FEE-1, FEE-3).
    certifProDecider: [DELTA, EPSILON, ALPHA, BETA],
    certifProStaff: [DELTA, EPSILON, ALPHA, BETA],
    certifProProvider: "FORBIDDEN",
    propreteDecider: "FORBIDDEN",
    propreteStaff: "FORBIDDEN",
    propreteProvider: "FORBIDDEN",
    metallurgieDecider: "FORBIDDEN",
    alphaAdmin: [ALPHA],
    betaAdmin: [BETA],
    gammaMandataire: [BETA],
  };
  for (const role of ROLES) {
    const expected = EXPECTED[role];
    it(`FEE-1: feesDue as ${role}: ${expected === "FORBIDDEN" ? "FORBIDDEN" : expected.join(", ")}`, async () => {
      const result = await h.run(FeesDueDocument, { periodStart: "2024-01-01", periodEnd: "2025-12-31" }, as(role));
      if (expected === "FORBIDDEN") {
        expect(errorCode(result)).toBe("FORBIDDEN");
        expect(result.data ?? null).toBeNull();
      } else {
        expect(result.errors).toBeUndefined();
        expect(result.data!.feesDue.map((organism) => organism.siren)).toEqual(expected);
      }
    });
  }

  it("FEE-1: an organism naming another organism's SIREN is FORBIDDEN, its own is answered", async () => {
    const period = { periodStart: "2024-01-01", periodEnd: "2025-12-31" };
    expect(errorCode(await h.run(FeesDueDocument, { ...period, organism: BETA }, { email: DEMO.alphaAdmin }))).toBe("FORBIDDEN");
    expect(errorCode(await h.run(FeesDueDocument, { ...period, organism: ALPHA }, { email: DEMO.gammaMandataire }))).toBe("FORBIDDEN");
    const own = await h.run(FeesDueDocument, { ...period, organism: ALPHA }, { email: DEMO.alphaAdmin });
    expect(own.data!.feesDue.map((organism) => organism.siren)).toEqual([ALPHA]);
  });

  it("FEE-1: an organism's own view is the same as Certif Pro's for it", async () => {
    const period = { periodStart: "2024-01-01", periodEnd: "2025-12-31", organism: BETA };
    const own = await h.run(FeesDueDocument, period, { email: DEMO.betaAdmin });
    const certifPro = await h.run(FeesDueDocument, period, { email: DEMO.certifProStaff });
    expect(own.data).toEqual(certifPro.data);
  });
});
