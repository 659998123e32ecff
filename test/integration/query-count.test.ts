import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApproveContextualisationDocument,
  ContextualisationsDocument,
  ReferentialDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
} from "../generated/graphql";
import { countQueries } from "../../src/common/db/query-counter";
import { DEMO, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const measure = async (run: () => Promise<{ errors?: unknown }>) => {
  const { result, counter } = await countQueries(run);
  expect(result.errors).toBeUndefined();
  return counter;
};

async function publishAnother(context: string, decider: string, text: string) {
  const started = await h.run(StartContextualisationDocument, { context, certification: "CLEA_MANAGEMENT" }, { email: decider });
  const id = started.data!.startContextualisation.id;
  await h.run(SetWordingDocument, { contextualisation: id, target: "1-1.1", text }, { email: decider });
  await h.run(SubmitContextualisationDocument, { contextualisation: id }, { email: decider });
  await h.run(ApproveContextualisationDocument, { contextualisation: id }, { email: DEMO.certifProDecider });
}

describe("SQL statements per query stay fixed, whatever the size", () => {
  it("the full contextualised referential runs 5 statements the first time, then none (published wording is immutable, what is in force is in memory)", async () => {
    const query = () => h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE" });
    const cold = await measure(query);
    expect(cold.count).toBe(5);
    const warm = await measure(query);
    expect(warm.count).toBe(0);
  });

  it("a superseded publication is never served from the cache", async () => {
    await publishAnother("CPNE_PROPRETE", DEMO.propreteDecider, "Sait identifier les orientations du donneur d'ordre");
    const served = await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE" });
    expect(served.data!.referential.domains[0].competences[0].criteria[0].text).toBe("Sait identifier les orientations du donneur d'ordre");
  });

  it("the base referential in force runs no statement once read, however many items it has", async () => {
    await h.run(ReferentialDocument, { certification: "CLEA_NUMERIQUE" });
    await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT" });
    const small = await measure(() => h.run(ReferentialDocument, { certification: "CLEA_NUMERIQUE" }));
    const large = await measure(() => h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT" }));
    expect(small.count).toBe(0);
    expect(large.count).toBe(0);
  });

  it("a list of contextualisations with their referentials, outdated flags and base changes batches its loads", async () => {
    const list = () => h.run(ContextualisationsDocument, {});
    const full = async () =>
      h.run(
        `{ contextualisations { id status outdated baseVersion context { code } certification { code }
           baseChanges { code } referential { domains { competences { criteria { text baseText wordingDiff { kind } } } } } } }`,
      );
    await full();
    const withOne = await measure(full);
    const before = (await list()).data!.contextualisations.length;

    await publishAnother("CPNE_PROPRETE", DEMO.propreteDecider, "Sait identifier les orientations du client");
    await publishAnother("CPNE_METALLURGIE", DEMO.metallurgieDecider, "Sait identifier les orientations de l'usine");
    await publishAnother("CPNE_METALLURGIE", DEMO.metallurgieDecider, "Sait identifier les orientations du site");
    expect((await list()).data!.contextualisations).toHaveLength(before + 3);
    await full();
    const withFour = await measure(full);
    expect(withFour.count).toBe(withOne.count);
  });

  it("a CPNE reading its draft's referential runs 3 statements: its user, the draft, its wording", async () => {
    const started = await h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.metallurgieDecider });
    const id = started.data!.startContextualisation.id;
    await h.run(SetWordingDocument, { contextualisation: id, target: "1-1.2", text: "sait adapter sa communication à l'atelier" }, { email: DEMO.metallurgieDecider });
    const read = () =>
      h.run(`query Draft($id: ID!) { contextualisation(id: $id) { id status referential { version context { code name }
        domains { code title competences { code title wordingDiff { kind } criteria { code text baseText wordingDiff { kind text } } } } } } }`,
      { id }, { email: DEMO.metallurgieDecider });
    await read();
    const warm = await measure(read);
    expect(warm.count).toBe(3);
    const draft = ((await read()).data as any).contextualisation;
    expect(draft.referential.domains[0].competences[0].criteria[1].wordingDiff.length).toBeGreaterThan(1);
  });
});
