import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AddIntervenantDocument,
  RejectContextualisationDocument,
  ReportSituationChangeDocument,
  SaveContextualisationDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
  UpdateOrganismDocument,
} from "../generated/graphql";
import { signToken } from "../../src/common/auth/jwt";
import { DEMO, errorCode, startHarness, type GraphQLResult, type Harness } from "../support/harness";
import { ALPHA, organismTables } from "./organisms.fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(async () => h.close());
beforeEach(() => h.clock.set("2026-03-10"));

const LONE_SURROGATE = "x\ud800y";
const alpha = { email: DEMO.alphaAdmin };

/** Everything a refused call could have written: contextualisations, organisms, the journal. */
async function snapshot() {
  const [row] = await h.db.query(`SELECT
    (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(text)), 0)) FROM contextualisation_wording) AS wordings,
    (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(row_version), 0), ':', COALESCE(SUM(CRC32(rejection_reason)), 0)) FROM contextualisation) AS contextualisations`);
  return { ...row, ...(await organismTables(h.db)) };
}

/** The call must be BAD_USER_INPUT naming `field`, and change nothing. */
async function refused(call: () => Promise<GraphQLResult<unknown>>, field: string, defect: RegExp): Promise<void> {
  const before = await snapshot();
  const result = await call();
  expect(result.status).toBe(400);
  expect(errorCode(result)).toBe("BAD_USER_INPUT");
  expect(result.errors![0].message).toContain(`« ${field} »`);
  expect(result.errors![0].message).toMatch(defect);
  expect(result.errors![0].extensions!.field).toBe(field);
  expect(await snapshot()).toEqual(before);
}

async function draft(): Promise<string> {
  await h.db.query("DELETE w FROM contextualisation_wording w JOIN contextualisation c ON c.id = w.contextualisation_id WHERE c.status IN ('DRAFT','SUBMITTED')");
  await h.db.query("DELETE FROM contextualisation WHERE status IN ('DRAFT','SUBMITTED')");
  const started = await h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.metallurgieDecider });
  return started.data!.startContextualisation.id;
}

describe("bad text is refused, not altered, in every text input", () => {
  it("a lone surrogate is refused where the probe found it stored as U+FFFD", async () => {
    const id = await draft();
    const surrogate = /paire de substitution isolée \(U\+D800, caractère 2\)/;
    await refused(() => h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text: LONE_SURROGATE }, { email: DEMO.metallurgieDecider }), "setWording.text", surrogate);
    await refused(() => h.run(UpdateOrganismDocument, { siren: ALPHA, input: { name: LONE_SURROGATE } }, alpha), "updateOrganism.input.name", surrogate);
    const intervenant = { fullName: LONE_SURROGATE, evaluator: true, trainer: false, qualifications: "DU", remoteReady: false };
    await refused(() => h.run(AddIntervenantDocument, { siren: ALPHA, input: intervenant }, alpha), "addIntervenant.input.fullName", surrogate);
    await refused(
      () => h.run(ReportSituationChangeDocument, { siren: ALPHA, kind: "CESSATION", changedOn: "2026-03-01", description: LONE_SURROGATE }, alpha),
      "reportSituationChange.description",
      surrogate,
    );
    await h.run(SubmitContextualisationDocument, { contextualisation: id }, { email: DEMO.metallurgieDecider });
    await refused(() => h.run(RejectContextualisationDocument, { contextualisation: id, reason: LONE_SURROGATE }, { email: DEMO.certifProDecider }), "rejectContextualisation.reason", surrogate);
  });

  it("control characters are refused, NUL included; tabs and line breaks only where a text may have them", async () => {
    const id = await draft();
    const as = { email: DEMO.metallurgieDecider };
    await refused(() => h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text: "animer\u0000" }, as), "setWording.text", /caractère de contrôle U\+0000 \(caractère 7\)/);
    await refused(() => h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text: "animer\u001b[31m" }, as), "setWording.text", /U\+001B/);
    await refused(() => h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text: "animer\u0085" }, as), "setWording.text", /U\+0085/);
    await refused(() => h.run(UpdateOrganismDocument, { siren: ALPHA, input: { name: "Alpha\tFormation" } }, alpha), "updateOrganism.input.name", /U\+0009.*retours à la ligne n'y sont pas admis/);
    await refused(() => h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1\n", text: "animer" }, as), "setWording.target", /U\+000A/);
    const prose = await h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text: "animer une réunion\n\tde chantier ;\r\n" }, as);
    expect(prose.errors).toBeUndefined();
  });

  it("U+FFFD, the mark of text already damaged by a bad encoding, is refused", async () => {
    const id = await draft();
    await refused(() => h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text: "r\ufffdunion" }, { email: DEMO.metallurgieDecider }), "setWording.text", /U\+FFFD/);
    // Bytes that are not UTF-8 reach the API as U+FFFD, and are refused the same way.
    const before = await snapshot();
    const json = JSON.stringify({ query: 'mutation ($c: ID!, $t: String!) { setWording(contextualisation: $c, target: "2-2.1", text: $t) { id } }', variables: { c: id, t: "@@" } });
    const [head, tail] = json.split("@@");
    const broken = Buffer.concat([Buffer.from(head), Buffer.from([0x72, 0xff, 0x75]), Buffer.from(tail)]);
    const response = await fetch(h.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await signToken(DEMO.metallurgieDecider, h.secret)}` },
      body: new Uint8Array(broken),
    });
    const answer = (await response.json()) as GraphQLResult<unknown>;
    expect(response.status).toBe(400);
    expect(answer.errors![0].message).toMatch(/« setWording\.text ».*U\+FFFD/);
    expect(await snapshot()).toEqual(before);
  });

  it("the check reaches nested inputs, list items, literals in the query and variables' defaults", async () => {
    const id = await draft();
    const as = { email: DEMO.metallurgieDecider };
    const document = { domains: [{ code: "1", title: "Domaine", competences: [{ code: "1-1", title: "Comp\u0007étence", criteria: [] }] }] };
    await refused(() => h.run(SaveContextualisationDocument, { contextualisation: id, document }, as), "saveContextualisation.document.domains[0].competences[0].title", /U\+0007/);
    await refused(
      () => h.run(`mutation { setWording(contextualisation: "${id}", target: "2-2.1", text: "animer\\u0000") { id } }`, undefined, as),
      "setWording.text",
      /U\+0000/,
    );
    await refused(
      () => h.run(`mutation ($t: String! = "ani\\u0001mer") { setWording(contextualisation: "${id}", target: "2-2.1", text: $t) { id } }`, undefined, as),
      "setWording.text",
      /U\+0001/,
    );
    await refused(() => h.run(`query ($o: String!) { organism(siren: $o) { name } }`, { o: "8123\u00004567" } as never, alpha), "organism.siren", /U\+0000/);
  });

  it("sound text passes untouched: accents, apostrophes, guillemets, characters beyond the BMP", async () => {
    const id = await draft();
    const text = "Animer l’équipe « propreté », 75 % des sites ; Ωμέγα 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✅";
    const result = await h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text }, { email: DEMO.metallurgieDecider });
    expect(result.errors).toBeUndefined();
    const [row] = await h.db.query("SELECT text FROM contextualisation_wording WHERE contextualisation_id = ? AND item_code = '2-2.1'", [id]);
    expect(row.text).toBe(text);
  });
});
