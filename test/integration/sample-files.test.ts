import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApplicationsDocument, HabilitationsDocument } from "../generated/graphql";
import { DEMO, startHarness, type Harness } from "../support/harness";
import { SAMPLE_HABILITATIONS, SAMPLE_MANDATAIRE, SAMPLE_STATES, sampleIndex, sampleSiren } from "../../seeds/demo/sample-files";
import { withLuhnKey } from "../../src/organisms/rules/identifiers";

const SAMPLE_HABILITATION_SIRENS = SAMPLE_HABILITATIONS.map((kind) => sampleSiren(sampleIndex("CERTIF_PRO", kind)));
/** The oversight demo's organisms (seeds/demo/oversight.ts): suspended and withdrawn habilitations among them. */
const OVERSIGHT_SIRENS = Array.from({ length: 15 }, (_, i) => withLuhnKey(String(71000001 + i)));

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ samples: true });
  h.clock.set("2026-11-30");
}, 240_000);
afterAll(async () => h.close());

describe("the demo files: every state, for Certif Pro and for a CPNE", () => {
  it("HAB-2…HAB-8: each Instance has one application in each state of the lifecycle", async () => {
    for (const [instance, staff] of [["CERTIF_PRO", DEMO.certifProStaff], ["CPNE_PROPRETE", DEMO.propreteStaff]] as const) {
      const page = (await h.run(ApplicationsDocument, { filter: { instance }, first: 100 }, { email: staff })).data!.applications;
      const states = new Set(page.nodes.map((n) => n.status));
      for (const state of SAMPLE_STATES.filter((s) => s !== "DRAFT")) expect(states.has(state), `${instance} ${state}`).toBe(true);
      expect(states.has("DRAFT"), "an Instance sees an application once it is filed").toBe(false);
      const own = (await h.run(ApplicationsDocument, { filter: { instance }, first: 100 }, { email: SAMPLE_MANDATAIRE })).data!.applications;
      expect(own.nodes.some((n) => n.status === "DRAFT"), `${instance} DRAFT, seen by the organism's mandataire`).toBe(true);
    }
  });

  it("HAB-6, WDR-1: habilitations active, renewed, renounced, expired, suspended and withdrawn", async () => {
    const nodes = [];
    for (const organism of [...SAMPLE_HABILITATION_SIRENS, ...OVERSIGHT_SIRENS]) nodes.push(...(await h.run(HabilitationsDocument, { organism })).data!.habilitations.nodes);
    for (const status of ["ACTIVE", "RENOUNCED", "EXPIRED", "SUSPENDED", "WITHDRAWN"]) expect(nodes.some((n) => n.status === status), status).toBe(true);
    expect(nodes.some((n) => n.status === "ACTIVE" && n.renewal.applies && n.notifiedOn === "2023-05-30")).toBe(true);
    expect((await h.run(ApplicationsDocument, { first: 1 }, { email: SAMPLE_MANDATAIRE })).data!.applications.totalCount).toBeGreaterThanOrEqual(35);
  });
});
