import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AddEstablishmentDocument,
  AddIntervenantDocument,
  CloseEstablishmentDocument,
  OrganismBySirenDocument,
  RegisterMandateDocument,
  RemoveIntervenantDocument,
  ReportSituationChangeDocument,
  SetContactsDocument,
  UpdateIntervenantDocument,
  UpdateOrganismDocument,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type GraphQLResult, type Harness } from "../support/harness";
import { ALPHA, BETA, organismTables, siretOf } from "./organisms.fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(() => h.clock.set("2026-03-10"));

const alpha = { email: DEMO.alphaAdmin };
const gamma = { email: DEMO.gammaMandataire };
const site = { name: "Site de Lille", address: "1 place du Théâtre", postalCode: "59000", city: "Lille" };
const intervenant = { fullName: "Léa Moreau", evaluator: true, trainer: false, qualifications: "DU évaluation des compétences", remoteReady: true };

const journal = async (siren: string) =>
  h.db.query("SELECT action, actor_email AS actor, to_state AS toState, reason FROM journal_entry WHERE subject_type = 'ORGANISM' AND subject_id = ? ORDER BY id", [siren]);

/** Runs a call that must be refused with BAD_USER_INPUT and write nothing; answers the error message. */
async function refused(call: () => Promise<GraphQLResult<unknown>>, field?: string): Promise<string> {
  const before = await organismTables(h.db);
  const result = await call();
  expect(errorCode(result)).toBe("BAD_USER_INPUT");
  if (field) expect(result.errors![0].extensions!.invalidFields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  expect(result.errors![0].message).toMatch(/Rien n'a été enregistré|Curseur|SIREN/);
  expect(await organismTables(h.db)).toEqual(before);
  return result.errors![0].message;
}

describe("updateOrganism", () => {
  it("HAB-2: the admin renames its organism; the row version moves and the change is journaled", async () => {
    const [{ rowVersion }] = await h.db.query("SELECT row_version AS rowVersion FROM organism WHERE siren = ?", [ALPHA]);
    const result = await h.run(UpdateOrganismDocument, { siren: ALPHA, input: { name: "Alpha Formation", legalForm: "SA" } }, alpha);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateOrganism).toMatchObject({ name: "Alpha Formation", legalForm: "SA", declarationNumber: "11755555575", qualiopiCertified: true });
    const [{ rowVersion: after }] = await h.db.query("SELECT row_version AS rowVersion FROM organism WHERE siren = ?", [ALPHA]);
    expect(after).toBe(rowVersion + 1);
    expect((await journal(ALPHA)).at(-1)).toMatchObject({ action: "ORGANISM_UPDATED", actor: DEMO.alphaAdmin, reason: "name, legalForm" });
  });

  it("HAB-9: losing Qualiopi clears its date; regaining it needs one", async () => {
    const lost = await h.run(UpdateOrganismDocument, { siren: ALPHA, input: { qualiopiCertified: false } }, alpha);
    expect(lost.data!.updateOrganism).toMatchObject({ qualiopiCertified: false, qualiopiSince: null });
    const message = await refused(() => h.run(UpdateOrganismDocument, { siren: ALPHA, input: { qualiopiCertified: true } }, alpha), "qualiopiSince");
    expect(message).toMatch(/Date de certification Qualiopi \(qualiopiSince\) : obligatoire/);
    const regained = await h.run(UpdateOrganismDocument, { siren: ALPHA, input: { qualiopiCertified: true, qualiopiSince: "2026-03-01" } }, alpha);
    expect(regained.data!.updateOrganism).toMatchObject({ qualiopiCertified: true, qualiopiSince: "2026-03-01" });
  });

  it("HAB-2: invalid fields are all named, nothing is written", async () => {
    const message = await refused(() => h.run(UpdateOrganismDocument, { siren: ALPHA, input: { name: " ", declarationNumber: "12AB" } }, alpha), "declarationNumber");
    expect(message).toMatch(/2 champs invalides : Dénomination \(name\).*Numéro de déclaration d'activité \(declarationNumber\)/);
  });

  it.each([
    ["81234567", /9 chiffres/],
    ["81234567A", /que des chiffres/],
    ["812345677", /clé de contrôle/],
  ])("HAB-2: SIREN %s is refused with its reason, nothing written", async (siren, reason) => {
    const message = await refused(() => h.run(UpdateOrganismDocument, { siren, input: { name: "X" } }, alpha), "siren");
    expect(message).toMatch(/^SIREN \(siren\) : /);
    expect(message).toMatch(reason);
  });

  it("HAB-2: a valid SIREN of no organism is NOT_FOUND", async () => {
    const result = await h.run(UpdateOrganismDocument, { siren: "732829320", input: { name: "X" } }, alpha);
    expect(errorCode(result)).toBe("NOT_FOUND");
    expect(result.errors![0].message).toMatch(/732829320 introuvable/);
  });
});

describe("establishments", () => {
  it("HAB-7: an establishment under the same SIREN joins without a new application", async () => {
    const result = await h.run(AddEstablishmentDocument, { siren: BETA, input: { ...site, siret: siretOf(BETA, 1), registeredFrom: "2026-03-02" } }, gamma);
    expect(result.errors).toBeUndefined();
    expect(result.data!.addEstablishment.establishments.at(-1)).toMatchObject({ siret: siretOf(BETA, 1), registeredFrom: "2026-03-02", registeredUntil: null });
    expect((await journal(BETA)).at(-1)).toMatchObject({ action: "ESTABLISHMENT_ADDED", actor: DEMO.gammaMandataire, reason: `SIRET ${siretOf(BETA, 1)}` });
  });

  it("HAB-7: a SIRET of another SIREN is refused: no transfer, the other entity applies itself", async () => {
    const message = await refused(() => h.run(AddEstablishmentDocument, { siren: BETA, input: { ...site, siret: "81234567600017" } }, gamma), "siret");
    expect(message).toMatch(/SIRET \(siret\) : L'établissement 81234567600017 ne relève pas du SIREN 841234560.*propre demande d'habilitation/);
  });

  it.each([
    ["8412345600001", /14 chiffres/],
    ["84123456O00016", /que des chiffres/],
    ["84123456000017", /clé de contrôle/],
    ["12345678000000", /ne forment pas un SIREN valide/],
  ])("HAB-2: SIRET %s is refused with its reason, nothing written", async (siret, reason) => {
    const message = await refused(() => h.run(AddEstablishmentDocument, { siren: BETA, input: { ...site, siret } }, gamma), "siret");
    expect(message).toMatch(reason);
  });

  it("HAB-2: a registered SIRET is not registered twice", async () => {
    expect(await refused(() => h.run(AddEstablishmentDocument, { siren: BETA, input: { ...site, siret: "84123456000008" } }, gamma), "siret")).toMatch(/déjà enregistré/);
  });

  it("FEE-2: a site without SIRET is registered today at a distinct address; the same address again is refused", async () => {
    const result = await h.run(AddEstablishmentDocument, { siren: ALPHA, input: site }, alpha);
    expect(result.data!.addEstablishment.establishments.at(-1)).toMatchObject({ siret: null, registeredFrom: "2026-03-10", postalCode: "59000" });
    const message = await refused(() => h.run(AddEstablishmentDocument, { siren: ALPHA, input: { ...site, name: "Autre", address: "1, Place du theatre" } }, alpha), "address");
    expect(message).toMatch(/« Site de Lille » est déjà enregistré à cette adresse/);
    await refused(() => h.run(AddEstablishmentDocument, { siren: ALPHA, input: { ...site, address: "2 rue X", postalCode: "5900" } }, alpha), "postalCode");
  });

  it("FEE-2: closing keeps the establishment, dated; closing twice is refused; an unknown id is NOT_FOUND", async () => {
    const organism = (await h.run(OrganismBySirenDocument, { siren: ALPHA }, alpha)).data!.organism!;
    const lille = organism.establishments.find((e) => e.name === "Site de Lille")!;
    const closed = await h.run(CloseEstablishmentDocument, { id: lille.id, closedOn: "2026-06-30" }, alpha);
    expect(closed.data!.closeEstablishment.establishments.find((e) => e.id === lille.id)).toMatchObject({ registeredUntil: "2026-06-30" });
    expect(await refused(() => h.run(CloseEstablishmentDocument, { id: lille.id, closedOn: "2026-07-01" }, alpha), "id")).toMatch(/déjà fermé depuis le 2026-06-30/);
    for (const id of ["999999", "abc"]) expect(errorCode(await h.run(CloseEstablishmentDocument, { id, closedOn: "2026-07-01" }, alpha))).toBe("NOT_FOUND");
  });
});

describe("contacts", () => {
  it("HAB-9: the list replaces the previous one, dated the day it is confirmed", async () => {
    const contacts = [
      { fullName: "Karim Haddad", email: "Karim.Haddad@organisme-beta.demo", functionTitle: "Responsable pédagogique" },
      { fullName: "Inès Garnier", email: "ines.garnier@organisme-beta.demo", phone: "04 72 00 00 02" },
    ];
    const result = await h.run(SetContactsDocument, { siren: BETA, contacts }, { email: DEMO.betaAdmin });
    expect(result.data!.setContacts.contacts).toEqual([
      expect.objectContaining({ email: "karim.haddad@organisme-beta.demo", updatedOn: "2026-03-10", phone: null }),
      expect.objectContaining({ email: "ines.garnier@organisme-beta.demo", updatedOn: "2026-03-10", functionTitle: null }),
    ]);
    expect((await journal(BETA)).at(-1)).toMatchObject({ action: "CONTACTS_SET", reason: "2 contact(s)" });
  });

  it("HAB-9: an invalid e-mail or an empty list is refused, nothing written", async () => {
    const message = await refused(() => h.run(SetContactsDocument, { siren: BETA, contacts: [{ fullName: "X", email: "x@" }] }, gamma), "contacts[0].email");
    expect(message).toMatch(/Contact 1, e-mail \(contacts\[0\]\.email\)/);
    await refused(() => h.run(SetContactsDocument, { siren: BETA, contacts: [] }, gamma), "contacts");
  });
});

describe("intervenants", () => {
  it("HAB-1: added, updated, then erased (GDPR-1), each journaled without naming the person", async () => {
    const added = await h.run(AddIntervenantDocument, { siren: BETA, input: intervenant }, gamma);
    const created = added.data!.addIntervenant.intervenants!.find((i) => i.fullName === "Léa Moreau")!;
    expect(created).toMatchObject({ evaluator: true, trainer: false, remoteReady: true });

    const updated = await h.run(UpdateIntervenantDocument, { id: created.id, input: { ...intervenant, trainer: true, remoteReady: false } }, { email: DEMO.betaAdmin });
    expect(updated.data!.updateIntervenant.intervenants!.find((i) => i.id === created.id)).toMatchObject({ trainer: true, remoteReady: false });

    const removed = await h.run(RemoveIntervenantDocument, { id: created.id }, gamma);
    expect(removed.data!.removeIntervenant.intervenants!.map((i) => i.id)).not.toContain(created.id);
    const entries = (await journal(BETA)).slice(-3);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(["INTERVENANT_ADDED", "INTERVENANT_UPDATED", "INTERVENANT_REMOVED"]);
    for (const entry of entries) expect(entry.reason).not.toMatch(/Léa|Moreau/);
  });

  it("HAB-1: an intervenant is an evaluator, a trainer or both", async () => {
    const message = await refused(() => h.run(AddIntervenantDocument, { siren: BETA, input: { ...intervenant, evaluator: false } }, gamma), "evaluator");
    expect(message).toMatch(/évaluateur, formateur ou les deux/);
    const [{ id }] = await h.db.query("SELECT id FROM intervenant ORDER BY id LIMIT 1");
    await refused(() => h.run(UpdateIntervenantDocument, { id: String(id), input: { ...intervenant, fullName: "" } }, alpha), "fullName");
  });
});

describe("changes of situation", () => {
  it("HAB-7: reported within 30 days: due date stated, not late", async () => {
    const result = await h.run(ReportSituationChangeDocument, { siren: ALPHA, kind: "NAME", changedOn: "2026-02-08", description: "Nouvelle dénomination" }, alpha);
    expect(result.data!.reportSituationChange.situationChanges.at(-1)).toMatchObject({
      kind: "NAME",
      kindLabel: "Changement de dénomination",
      changedOn: "2026-02-08",
      reportedOn: "2026-03-10",
      dueOn: "2026-03-10",
      late: false,
    });
    expect((await journal(ALPHA)).at(-1)).toMatchObject({ action: "SITUATION_CHANGE_REPORTED", toState: "IN_TIME" });
  });

  it("HAB-7: reported after 30 days: accepted, flagged late, the journal says why", async () => {
    const result = await h.run(ReportSituationChangeDocument, { siren: ALPHA, kind: "QUALIOPI_LOST", changedOn: "2026-02-07", description: "Certificat non renouvelé" }, alpha);
    expect(result.data!.reportSituationChange.situationChanges.at(-1)).toMatchObject({ dueOn: "2026-03-09", late: true, kindLabel: "Perte de la certification Qualiopi" });
    expect((await journal(ALPHA)).at(-1)).toMatchObject({ toState: "LATE", reason: expect.stringContaining("hors délai") });
  });

  it("HAB-7: a change yet to come, or not a date, is refused", async () => {
    await refused(() => h.run(ReportSituationChangeDocument, { siren: ALPHA, kind: "MERGER", changedOn: "2026-03-11", description: "Fusion" }, alpha), "changedOn");
    await refused(() => h.run(ReportSituationChangeDocument, { siren: ALPHA, kind: "MERGER", changedOn: "hier", description: "Fusion" }, alpha), "changedOn");
  });
});

describe("mandates", () => {
  it("HAB-2: the admin gives a mandate with its proof; the Mandataire then acts for the organism", async () => {
    const before = (await h.run(OrganismBySirenDocument, { siren: ALPHA }, gamma)).data!.organism;
    expect(before).toBeNull();
    const result = await h.run(RegisterMandateDocument, { siren: ALPHA, mandataireName: "Conseil Gamma", proofReference: "Mandat du 9 mars 2026", validFrom: "2026-03-09" }, alpha);
    expect(result.data!.registerMandate.mandates).toEqual([expect.objectContaining({ mandataireName: "Conseil Gamma", inForce: true, validUntil: null })]);
    expect((await h.run(OrganismBySirenDocument, { siren: ALPHA }, gamma)).data!.organism!.siren).toBe(ALPHA);
    const renamed = await h.run(UpdateOrganismDocument, { siren: ALPHA, input: { legalForm: "SAS" } }, gamma);
    expect(renamed.errors).toBeUndefined();
  });

  it("HAB-2: registering again renews the same mandate; a new Mandataire is created by name", async () => {
    const renewed = await h.run(RegisterMandateDocument, { siren: ALPHA, mandataireName: "conseil gamma", proofReference: "Avenant", validFrom: "2026-03-09", validUntil: "2026-03-09" }, alpha);
    expect(renewed.data!.registerMandate.mandates).toEqual([expect.objectContaining({ proofReference: "Avenant", inForce: false })]);
    expect(errorCode(await h.run(UpdateOrganismDocument, { siren: ALPHA, input: { legalForm: "SA" } }, gamma))).toBe("FORBIDDEN");
    const delta = await h.run(RegisterMandateDocument, { siren: ALPHA, mandataireName: "Cabinet Delta", proofReference: "Mandat", validFrom: "2026-03-10" }, alpha);
    expect(delta.data!.registerMandate.mandates.map((m) => m.mandataireName)).toEqual(["Conseil Gamma", "Cabinet Delta"]);
  });

  it("HAB-2: no proof, no mandate: nothing written", async () => {
    const message = await refused(() => h.run(RegisterMandateDocument, { siren: ALPHA, mandataireName: "Cabinet Epsilon", proofReference: "  ", validFrom: "2026-03-10" }, alpha), "proofReference");
    expect(message).toMatch(/Preuve du mandat \(proofReference\) : obligatoire/);
  });
});
