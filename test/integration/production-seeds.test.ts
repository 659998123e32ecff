import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeesDueDocument, TariffsDocument } from "../generated/graphql";
import { startHarness, type Harness } from "../support/harness";
import { insertApplication, insertOrganism, instanceId, sirenOf } from "./fees.fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true, demo: false });
});
afterAll(async () => h.close());

describe("a production database holds the reference data, and nothing of the demo", () => {
  it("FEE-4: Annexe 2's tariffs are there from the start, dated 14 February 2023", async () => {
    const result = await h.run(TariffsDocument);
    expect(result.data!.tariffs).toEqual([
      expect.objectContaining({ validFrom: "2023-02-14", applicationCents: 33000, siteAnnualCents: 3300, certificateCents: 1100 }),
    ]);
  });

  it("FEE-1: feesDue bills an application filed to Certif Pro without any tariff being set first", async () => {
    const [{ n }] = await h.db.query("SELECT COUNT(*) AS n FROM app_user");
    expect(Number(n)).toBe(0);
    const result = await h.db.query(
      "INSERT INTO app_user (email, display_name, role, instance_id, active) VALUES ('facturation@certifpro.fr', 'Facturation', 'STAFF', ?, 1)",
      [await instanceId(h, "CERTIF_PRO")],
    );
    expect(Number(result.insertId)).toBeGreaterThan(0);
    const siren = sirenOf("51234567");
    const organism = await insertOrganism(h, siren, "Organisme de production");
    await insertApplication(h, { organism, instance: "CERTIF_PRO", status: "FILED", filedOn: "2026-03-02", receiptNumber: "CERTIF_PRO-2026-000001" });
    const fees = await h.run(FeesDueDocument, { periodStart: "2026-01-01", periodEnd: "2026-03-31", organism: siren }, { email: "facturation@certifpro.fr" });
    expect(fees.errors).toBeUndefined();
    expect(fees.data!.feesDue[0].lines).toEqual([expect.objectContaining({ kind: "APPLICATION", amountCents: 33000 })]);
  });

  it("the development clock does not exist in production: /dev/clock is 404", async () => {
    const base = h.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/dev/clock`)).status).toBe(404);
    const put = await fetch(`${base}/dev/clock`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ today: "2030-01-01" }) });
    expect(put.status).toBe(404);
  });

  it("the Instances and delegations are reference data; the demo organisms are not loaded", async () => {
    const instances = await h.db.query("SELECT code FROM instance ORDER BY id");
    expect(instances.map((row: { code: string }) => row.code)).toEqual(["CERTIF_PRO", "CPNE_PROPRETE", "CPNE_METALLURGIE"]);
    const [{ n }] = await h.db.query("SELECT COUNT(*) AS n FROM organism WHERE siren IN ('812345676', '841234560')");
    expect(Number(n)).toBe(0);
  });
});
