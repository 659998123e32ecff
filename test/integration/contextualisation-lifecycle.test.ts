import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApproveContextualisationDocument,
  ContextualisationDocument,
  ContextualisationsDocument,
  DraftReferentialVersionDocument,
  PublishReferentialVersionDocument,
  ReferentialDocument,
  RejectContextualisationDocument,
  SaveContextualisationDocument,
  SetReferentialWordingDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
} from "../generated/graphql";
import { todayInParis } from "../../src/common/clock";
import { JournalEntryEntity } from "../../src/common/db/journal-entry.entity";
import { documentOf } from "../support/documents";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const start = async (email: string, context = "CPNE_METALLURGIE") => {
  const result = await h.run(StartContextualisationDocument, { context, certification: "CLEA_MANAGEMENT" }, { email });
  expect(result.errors).toBeUndefined();
  return result.data!.startContextualisation;
};

describe("a CPNE's contextualisation, from draft to publication", () => {
  let id: string;

  it("CTX-1: a delegated CPNE starts a draft on the version in force", async () => {
    const draft = await start(DEMO.metallurgieDecider);
    id = draft.id;
    expect(draft).toMatchObject({ status: "DRAFT", context: { code: "CPNE_METALLURGIE" }, baseVersion: "2023-02-14", outdated: false });
  });

  it("CTX-1: a second open draft for the same CPNE and certification is a CONFLICT", async () => {
    const again = await h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.metallurgieDecider });
    expect(errorCode(again)).toBe("CONFLICT");
  });

  it("CTX-1: no delegation for a certification, no contextualisation", async () => {
    const result = await h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA" }, { email: DEMO.metallurgieDecider });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(result.errors![0].message).toContain("CTX-1");
  });

  it("CTX-2: setWording adapts one item and serves base and contextualised wording side by side, with a diff", async () => {
    const result = await h.run(
      SetWordingDocument,
      { contextualisation: id, target: "2-2.1", text: "animer une réunion de chantier ;" },
      { email: DEMO.metallurgieDecider },
    );
    expect(result.errors).toBeUndefined();
    const criterion = result.data!.setWording.referential.domains[1].competences[1].criteria[0];
    expect(criterion).toMatchObject({
      code: "2-2.1",
      text: "animer une réunion de chantier ;",
      baseText: "animer une réunion ;",
      contextualised: true,
    });
    expect(criterion.wordingDiff).toEqual([
      { kind: "EQUAL", text: "animer une réunion " },
      { kind: "ADDED", text: "de chantier " },
      { kind: "EQUAL", text: ";" },
    ]);
  });

  it("CTX-2: setting the base wording back un-contextualises the item", async () => {
    await h.run(SetWordingDocument, { contextualisation: id, target: "2-2.2", text: "susciter des idées" }, { email: DEMO.metallurgieDecider });
    const result = await h.run(SetWordingDocument, { contextualisation: id, target: "2-2.2", text: "susciter des solutions et suggestions ;" }, { email: DEMO.metallurgieDecider });
    const criterion = result.data!.setWording.referential.domains[1].competences[1].criteria[1];
    expect(criterion).toMatchObject({ contextualised: false, wordingDiff: [] });
  });

  it("CTX-2: saveContextualisation takes the whole document and keeps only what differs", async () => {
    const current = (await h.run(ContextualisationDocument, { id }, { email: DEMO.metallurgieDecider })).data!.contextualisation!;
    const document = documentOf(current.referential);
    document.domains[0].title = "Organiser l'activité de l'atelier au regard des attentes et contraintes de l'entreprise";
    const saved = await h.run(SaveContextualisationDocument, { contextualisation: id, document }, { email: DEMO.metallurgieDecider });
    expect(saved.errors).toBeUndefined();
    const referential = saved.data!.saveContextualisation.referential;
    expect(referential.domains[0]).toMatchObject({ contextualised: true, baseTitle: expect.stringContaining("Organiser l'activité au regard") });
    expect(referential.domains[1].competences[1].criteria[0].text).toBe("animer une réunion de chantier ;");
    const contextualisedCount = referential.domains.flatMap((d) => [d, ...d.competences, ...d.competences.flatMap((c) => c.criteria)]).filter((i) => i.contextualised).length;
    expect(contextualisedCount).toBe(2);
  });

  it("CTX-5: the draft is not public, but its CPNE and Certif Pro see it", async () => {
    expect((await h.run(ContextualisationDocument, { id })).data!.contextualisation).toBeNull();
    expect((await h.run(ContextualisationDocument, { id }, { email: DEMO.propreteDecider })).data!.contextualisation).toBeNull();
    expect((await h.run(ContextualisationDocument, { id }, { email: DEMO.certifProProvider })).data!.contextualisation!.status).toBe("DRAFT");
    const listed = await h.run(ContextualisationsDocument, { context: "CPNE_METALLURGIE" }, { email: DEMO.propreteDecider });
    expect(listed.data!.contextualisations).toEqual([]);
  });

  it("CTX-5: only a SUBMITTED contextualisation is approved; only a DRAFT is submitted or edited", async () => {
    expect(errorCode(await h.run(ApproveContextualisationDocument, { contextualisation: id }, { email: DEMO.certifProDecider }))).toBe("BAD_USER_INPUT");
    const submitted = await h.run(SubmitContextualisationDocument, { contextualisation: id }, { email: DEMO.metallurgieDecider });
    expect(submitted.data!.submitContextualisation.status).toBe("SUBMITTED");
    expect(errorCode(await h.run(SubmitContextualisationDocument, { contextualisation: id }, { email: DEMO.metallurgieDecider }))).toBe("BAD_USER_INPUT");
    const edit = await h.run(SetWordingDocument, { contextualisation: id, target: "1", text: "autre" }, { email: DEMO.metallurgieDecider });
    expect(errorCode(edit)).toBe("BAD_USER_INPUT");
    expect(edit.errors![0].message).toContain("SUBMITTED");
  });

  it("CTX-5, INS-1: Certif Pro approves; the contextualised referential becomes public", async () => {
    const approved = await h.run(ApproveContextualisationDocument, { contextualisation: id }, { email: DEMO.certifProDecider });
    expect(approved.data!.approveContextualisation.status).toBe("PUBLISHED");
    const served = await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", context: "CPNE_METALLURGIE" });
    expect(served.data!.referential).toMatchObject({ context: { code: "CPNE_METALLURGIE" }, contextualisationId: id, version: "2023-02-14" });
    expect(served.data!.referential.domains[1].competences[1].criteria[0].text).toBe("animer une réunion de chantier ;");
  });

  it("CTX-5: a new approval supersedes the previous publication, kept as history", async () => {
    const next = await start(DEMO.metallurgieDecider);
    expect(next.id).not.toBe(id);
    const carried = (await h.run(ContextualisationDocument, { id: next.id }, { email: DEMO.metallurgieDecider })).data!.contextualisation!;
    expect(carried.referential.domains[1].competences[1].criteria[0].text).toBe("animer une réunion de chantier ;");
    await h.run(SetWordingDocument, { contextualisation: next.id, target: "2-2.1", text: "animer un briefing d'atelier ;" }, { email: DEMO.metallurgieDecider });
    await h.run(SubmitContextualisationDocument, { contextualisation: next.id }, { email: DEMO.metallurgieDecider });
    await h.run(ApproveContextualisationDocument, { contextualisation: next.id }, { email: DEMO.certifProDecider });
    const previous = (await h.run(ContextualisationDocument, { id })).data!.contextualisation!;
    expect(previous.status).toBe("SUPERSEDED");
    const served = (await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", context: "CPNE_METALLURGIE" })).data!.referential;
    expect(served.contextualisationId).toBe(next.id);
    expect(served.domains[1].competences[1].criteria[0].text).toBe("animer un briefing d'atelier ;");
  });

  it("CTX-5: Certif Pro rejects with a reason; the CPNE can start again", async () => {
    const draft = await start(DEMO.metallurgieDecider);
    await h.run(SubmitContextualisationDocument, { contextualisation: draft.id }, { email: DEMO.metallurgieDecider });
    expect(errorCode(await h.run(RejectContextualisationDocument, { contextualisation: draft.id, reason: "   " }, { email: DEMO.certifProDecider }))).toBe("BAD_USER_INPUT");
    const rejected = await h.run(RejectContextualisationDocument, { contextualisation: draft.id, reason: "Le critère 2-2.1 perd son sens." }, { email: DEMO.certifProDecider });
    expect(rejected.data!.rejectContextualisation).toMatchObject({ status: "REJECTED", rejectionReason: "Le critère 2-2.1 perd son sens." });
    expect((await start(DEMO.metallurgieDecider)).status).toBe("DRAFT");
  });

  it("every decision is traceable: who, role, Instance, when, from which state to which", async () => {
    const entries = await h.db.getRepository(JournalEntryEntity).find({ where: { subjectType: "CONTEXTUALISATION", subjectId: id }, order: { id: "ASC" } });
    expect(entries.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ["CONTEXTUALISATION_STARTED", null, "DRAFT"],
      ["WORDING_SET", "DRAFT", "DRAFT"],
      ["WORDING_SET", "DRAFT", "DRAFT"],
      ["WORDING_SET", "DRAFT", "DRAFT"],
      ["DOCUMENT_SAVED", "DRAFT", "DRAFT"],
      ["CONTEXTUALISATION_SUBMITTED", "DRAFT", "SUBMITTED"],
      ["CONTEXTUALISATION_APPROVED", "SUBMITTED", "PUBLISHED"],
      ["CONTEXTUALISATION_SUPERSEDED", "PUBLISHED", "SUPERSEDED"],
    ]);
    const approval = entries[6];
    expect(approval).toMatchObject({ actorEmail: DEMO.certifProDecider, actorRole: "DECISION_MAKER", instanceCode: "CERTIF_PRO", subjectInstanceCode: "CPNE_METALLURGIE" });
    expect(approval.occurredAt).toBeInstanceOf(Date);
  });

  it("the journal is append-only: the database refuses to change or delete an entry", async () => {
    await expect(h.db.query("UPDATE journal_entry SET reason = 'réécrit' WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(h.db.query("DELETE FROM journal_entry WHERE id = 1")).rejects.toThrow(/append-only/);
  });
});

describe("outdated contextualisations", () => {
  it("REF-3: when a new version comes into force, a contextualisation pinned to the old one is outdated, with the changed items", async () => {
    const today = todayInParis();
    await h.run(DraftReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version: today, effectiveFrom: today }, { email: DEMO.certifProDecider });
    await h.run(SetReferentialWordingDocument, { certification: "CLEA_MANAGEMENT", version: today, target: "2-3.2", text: "adapter sa communication aux situations, aux interlocuteurs et aux canaux" }, { email: DEMO.certifProDecider });
    const published = await h.run(PublishReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version: today }, { email: DEMO.certifProDecider });
    expect(published.errors).toBeUndefined();

    const list = await h.run(ContextualisationsDocument, { context: "CPNE_PROPRETE", status: "PUBLISHED" });
    const [propreté] = list.data!.contextualisations;
    expect(propreté).toMatchObject({ baseVersion: "2023-02-14", outdated: true });
    expect(propreté.baseChanges).toEqual([
      { code: "2-3.2", kind: "CHANGED", previousText: "adapter sa communication aux situations et aux interlocuteurs", currentText: "adapter sa communication aux situations, aux interlocuteurs et aux canaux" },
    ]);
    const served = await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE" });
    expect(served.data!.referential.version).toBe("2023-02-14");
  });

  it("REF-3: a new draft rebases on the version in force and carries the published wording", async () => {
    const draft = await start(DEMO.propreteStaff, "CPNE_PROPRETE");
    expect(draft).toMatchObject({ baseVersion: todayInParis(), outdated: false, baseChanges: [] });
    const full = (await h.run(ContextualisationDocument, { id: draft.id }, { email: DEMO.propreteStaff })).data!.contextualisation!;
    const c22 = full.referential.domains[1].competences[1];
    expect(c22.contextualised).toBe(true);
    expect(full.referential.domains[1].competences[2].criteria[1].baseText).toBe("adapter sa communication aux situations, aux interlocuteurs et aux canaux");
  });
});
