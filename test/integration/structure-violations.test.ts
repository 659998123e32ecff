import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CheckContextualisationDocumentDocument,
  ContextualisationDocument,
  ReferentialDocument,
  SaveContextualisationDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  type ContextualisationDocumentInput,
} from "../generated/graphql";
import { ContextualisationWordingEntity } from "../../src/contextualisations/contextualisation-wording.entity";
import { JournalEntryEntity } from "../../src/common/db/journal-entry.entity";
import { documentOf } from "../support/documents";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
let id: string;
let base: ContextualisationDocumentInput;

beforeAll(async () => {
  h = await startHarness();
  const started = await h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.metallurgieDecider });
  id = started.data!.startContextualisation.id;
  await h.run(SetWordingDocument, { contextualisation: id, target: "1-1.1", text: "Sait identifier les orientations de l'usine" }, { email: DEMO.metallurgieDecider });
  base = documentOf((await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT" })).data!.referential);
});
afterAll(async () => h.close());

const clone = () => structuredClone(base);
const save = (document: ContextualisationDocumentInput) =>
  h.run(SaveContextualisationDocument, { contextualisation: id, document }, { email: DEMO.metallurgieDecider });

const snapshot = async () => ({
  wordings: await h.db.getRepository(ContextualisationWordingEntity).find({ where: { contextualisationId: Number(id) }, order: { itemCode: "ASC" } }),
  journal: await h.db.getRepository(JournalEntryEntity).count(),
});

describe("the engine refuses any addition or removal (CTX-2)", () => {
  it("CTX-2: an added criterion is refused with REFERENTIAL_STRUCTURE_VIOLATION, and nothing is saved", async () => {
    const before = await snapshot();
    const document = clone();
    document.domains[0].competences[0].criteria.push({ code: "1-1.4", text: "Sait utiliser la GMAO" });
    document.domains[0].title = "Titre adapté qui ne doit pas être enregistré";
    const result = await save(document);
    expect(errorCode(result)).toBe("REFERENTIAL_STRUCTURE_VIOLATION");
    expect(result.errors![0].extensions!.violations).toEqual([expect.objectContaining({ kind: "ADDED", code: "1-1.4" })]);
    expect(await snapshot()).toEqual(before);
  });

  it("CTX-2: a removed competence is refused, with the competence and each of its criteria", async () => {
    const document = clone();
    document.domains[2].competences = document.domains[2].competences.filter((c) => c.code !== "3-2");
    const result = await save(document);
    expect(errorCode(result)).toBe("REFERENTIAL_STRUCTURE_VIOLATION");
    const violations = result.errors![0].extensions!.violations as { kind: string; code: string }[];
    expect(violations.map((v) => `${v.kind}:${v.code}`)).toEqual(["REMOVED:3-2", "REMOVED:3-2.1", "REMOVED:3-2.2"]);
  });

  it("CTX-2: a removed domain is refused", async () => {
    const document = clone();
    document.domains.pop();
    const violations = (await save(document)).errors![0].extensions!.violations as { kind: string; code: string }[];
    expect(violations.filter((v) => v.kind === "REMOVED").map((v) => v.code)).toContain("3");
    expect(violations).toHaveLength(1 + 4 + 11);
  });

  it("CTX-2: a duplicated criterion is refused", async () => {
    const document = clone();
    document.domains[1].competences[0].criteria.push({ ...document.domains[1].competences[0].criteria[0] });
    const violations = (await save(document)).errors![0].extensions!.violations;
    expect(violations).toEqual([expect.objectContaining({ kind: "DUPLICATED", code: "2-1.1" })]);
  });

  it("CTX-2: a criterion moved to another competence is refused", async () => {
    const document = clone();
    const [moved] = document.domains[0].competences[0].criteria.splice(0, 1);
    document.domains[0].competences[1].criteria.push(moved);
    const violations = (await save(document)).errors![0].extensions!.violations;
    expect(violations).toEqual([expect.objectContaining({ kind: "MISPLACED", code: "1-1.1" })]);
  });

  it("CTX-2: every violation is listed at once, each with an actionable message", async () => {
    const before = await snapshot();
    const document = clone();
    document.domains.push({ code: "4", title: "Manager à distance", competences: [{ code: "4-1", title: "Animer à distance", criteria: [{ code: "4-1.1", text: "x" }] }] });
    document.domains[1].competences[3].criteria = [];
    document.domains[0].competences.push(structuredClone(document.domains[0].competences[0]));
    const result = await save(document);
    const violations = result.errors![0].extensions!.violations as { kind: string; code: string; message: string }[];
    expect(violations.map((v) => `${v.kind}:${v.code}`).sort()).toEqual(
      [
        "ADDED:4", "ADDED:4-1", "ADDED:4-1.1",
        "DUPLICATED:1-1", "DUPLICATED:1-1.1", "DUPLICATED:1-1.2", "DUPLICATED:1-1.3",
        "REMOVED:2-4.1", "REMOVED:2-4.2", "REMOVED:2-4.3",
      ].sort(),
    );
    for (const v of violations) expect(v.message).toMatch(/ajouter|retirer|une seule fois/);
    expect(result.errors![0].message).toContain("10 écarts");
    expect(await snapshot()).toEqual(before);
  });

  it("CTX-2: setWording on a code the referential does not have is refused as an addition", async () => {
    const result = await h.run(SetWordingDocument, { contextualisation: id, target: "1-1.9", text: "ajout" }, { email: DEMO.metallurgieDecider });
    expect(errorCode(result)).toBe("REFERENTIAL_STRUCTURE_VIOLATION");
    expect(result.errors![0].extensions!.violations).toEqual([expect.objectContaining({ kind: "ADDED", code: "1-1.9" })]);
  });

  it("CTX-2: a document can be checked without saving", async () => {
    const document = clone();
    document.domains[0].competences[0].criteria.pop();
    const checked = await h.run(CheckContextualisationDocumentDocument, { certification: "CLEA_MANAGEMENT", document });
    expect(checked.data!.checkContextualisationDocument).toEqual([expect.objectContaining({ kind: "REMOVED", code: "1-1.3" })]);
    const clean = await h.run(CheckContextualisationDocumentDocument, { certification: "CLEA_MANAGEMENT", document: clone() });
    expect(clean.data!.checkContextualisationDocument).toEqual([]);
  });

  it("CTX-2: invalid wordings in a well-formed document are all listed, and nothing is saved", async () => {
    const before = await snapshot();
    const document = clone();
    document.domains[0].title = " ";
    document.domains[1].competences[0].criteria[0].text = "x".repeat(2001);
    const result = await save(document);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect((result.errors![0].extensions!.invalidWordings as { code: string }[]).map((w) => w.code)).toEqual(["1", "2-1.1"]);
    expect(await snapshot()).toEqual(before);
  });

  it("CTX-2: a valid document is saved whole", async () => {
    const document = clone();
    document.domains[2].competences[2].title = "Prendre en compte, expliquer, appliquer et faire appliquer les règles d'hygiène et de sécurité de l'atelier";
    const result = await save(document);
    expect(result.errors).toBeUndefined();
    const served = (await h.run(ContextualisationDocument, { id }, { email: DEMO.metallurgieDecider })).data!.contextualisation!.referential;
    expect(served.domains[2].competences[2]).toMatchObject({ contextualised: true });
    expect(served.domains[0].competences[0].criteria[0].contextualised).toBe(false);
  });
});
