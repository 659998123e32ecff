import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditsDocument, ComplianceProceduresDocument, HabilitationWithdrawalsDocument, HabilitationsDocument } from "../generated/graphql";
import { startHarness, type Harness } from "../support/harness";
import { withLuhnKey } from "../support/identifiers";
import { as, must, oversightCounts } from "../support/oversight";
import { runSeeds } from "../../seeds";

/** The demo data shows one audit and one procedure in each state worth seeing, on the day it is seeded. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const siren = (n: number) => withLuhnKey(`710000${String(n).padStart(2, "0")}`);

const EXPECTED: Record<number, { audits?: string[]; procedure?: string; withdrawal?: string; status: string }> = {
  1: { audits: ["KEPT", "ORDERED"], status: "ACTIVE" },
  2: { audits: ["OBSERVATIONS_PERIOD"], status: "ACTIVE" },
  3: { audits: ["CANCELLED", "AWAITING_DECISION"], status: "ACTIVE" },
  4: { audits: ["DECIDED_PROCEDURE"], procedure: "NOTICE_ISSUED", status: "ACTIVE" },
  5: { audits: ["REFUSED"], status: "ACTIVE" },
  6: { audits: ["PROCEDURE_OPENED"], procedure: "AWAITING_JUSTIFICATION", status: "SUSPENDED" },
  7: { audits: ["DECIDED_KEEP"], status: "ACTIVE" },
  8: { procedure: "AWAITING_JUSTIFICATION", status: "ACTIVE" },
  9: { procedure: "WITHDRAWAL_SCHEDULED", status: "SUSPENDED" },
  10: { procedure: "WITHDRAWN", status: "WITHDRAWN" },
  11: { procedure: "WITHDRAWN_ON_NOTICE_DATE", status: "WITHDRAWN" },
  12: { withdrawal: "DECIDED", status: "ACTIVE" },
  13: { procedure: "DEEMED_SUFFICIENT", status: "ACTIVE" },
  14: { procedure: "JUSTIFIED", status: "ACTIVE" },
  15: { procedure: "WITHDRAWAL_DECIDED", status: "SUSPENDED" },
};

describe("demo oversight data", () => {
  for (const [n, expected] of Object.entries(EXPECTED)) {
    it(`AUD, CMP, WDR: demo organism ${n} is where the demo says`, async () => {
      const organism = siren(Number(n));
      const audits = must(await h.run(AuditsDocument, { filter: { organism }, orderBy: "CREATED" }, as.cpStaff)).audits.nodes;
      expect(audits.map((a) => a.phase)).toEqual(expected.audits ?? []);
      const procedures = must(await h.run(ComplianceProceduresDocument, { filter: { organism } }, as.cpStaff)).complianceProcedures.nodes;
      expect(procedures.map((p) => p.phase)).toEqual(expected.procedure ? [expected.procedure] : []);
      const withdrawals = must(await h.run(HabilitationWithdrawalsDocument, { filter: { organism } }, as.cpStaff)).habilitationWithdrawals.nodes;
      expect(withdrawals.map((w) => w.phase)).toEqual(expected.withdrawal ? [expected.withdrawal] : []);
      const [habilitation] = must(await h.run(HabilitationsDocument, { organism })).habilitations.nodes;
      expect(habilitation.status).toBe(expected.status);
    });
  }

  it("AUD-3, CMP-1: the overdue notification shows in the dashboards", async () => {
    const overdue = must(await h.run(ComplianceProceduresDocument, { filter: { overdue: true, organism: siren(4) } }, as.cpStaff)).complianceProcedures.nodes;
    expect(overdue.map((p) => p.pendingStep?.rule)).toEqual(["CMP_NOTICE_NOTIFICATION"]);
    const audits = must(await h.run(AuditsDocument, { filter: { overdue: true, instance: "CERTIF_PRO" } }, as.cpStaff)).audits.nodes;
    expect(audits.map((a) => a.organism.siren)).toContain(siren(4));
  });

  it("seeding again changes nothing", async () => {
    const before = { ...(await oversightCounts(h)), organisms: String((await h.db.query("SELECT COUNT(*) AS n FROM organism"))[0].n) };
    await runSeeds(h.db, { demo: true, samples: false });
    expect({ ...(await oversightCounts(h)), organisms: String((await h.db.query("SELECT COUNT(*) AS n FROM organism"))[0].n) }).toEqual(before);
  });

  it("CTX-5: the CPNE Propreté reads the audit Certif Pro runs on its habilitation", async () => {
    const audits = must(await h.run(AuditsDocument, { filter: { organism: siren(2) } }, as.prStaff)).audits;
    expect(audits.totalCount).toBe(1);
    expect(must(await h.run(AuditsDocument, { filter: { organism: siren(2) } }, as.meDecider)).audits.totalCount).toBe(0);
  });
});
