import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CandidateDocument,
  CandidatesDocument,
  CertificatesDocument,
  EraseCandidateDocument,
  InstructDestructionDocument,
  PersonalDataExportDocument,
  ProcessingRegisterDocument,
  RecordRenunciationReceiptDocument,
  RectifyCandidateDocument,
  RenounceHabilitationDocument,
  VerifyCertificateDocument,
  DecideEdofWithdrawalDocument,
  NotifyWithdrawalDocument,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { award, DELTA, delta, enrol, EPSILON, epsilon, EVALUATORS, habilitationOf, intervenantId, positioned, evaluate, evaluation, assess } from "../support/evaluations";

let h: Harness;
let marc: string;
let ines: string;
beforeAll(async () => {
  h = await startHarness();
  [marc, ines] = await Promise.all(["Marc Petit", "Inès Moreau"].map((name) => intervenantId(h, DELTA, name)));
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const epsilonCandidate = async () => Number((await h.db.query("SELECT c.id FROM candidate c WHERE c.reference = 'EPSILON-2025-001'"))[0].id);
const reads = async (candidate: string | number) => Number((await h.db.query("SELECT COUNT(*) n FROM journal_entry WHERE action = 'CANDIDATE_DATA_READ' AND subject_id = ?", [String(candidate)]))[0].n);
const numbers = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)]));
const rowsOf = async (candidate: number | string) =>
  numbers(
    (await h.db.query(
      `SELECT (SELECT COUNT(*) FROM candidate WHERE id = ?) candidate, (SELECT COUNT(*) FROM candidate_identity WHERE candidate_id = ?) identity,
              (SELECT COUNT(*) FROM evaluation WHERE candidate_id = ?) evaluations, (SELECT COUNT(*) FROM jury_decision WHERE candidate_id = ?) juries`,
      [candidate, candidate, candidate, candidate],
    ))[0],
  );

describe("who reads a candidate's personal data (GDPR-1)", () => {
  it("GDPR-1: the organism reads it; its Mandataire, another organism and an Instance without reason are refused", async () => {
    const id = String(await h.db.query("SELECT id FROM candidate WHERE reference = 'DELTA-2025-001'").then((r) => r[0].id));
    expect((await h.run(CandidateDocument, { id }, delta)).data!.candidate.person!.lastName).toBe("Lefèvre");
    for (const email of [EVALUATORS.zetaMandataire, DEMO.alphaAdmin, DEMO.certifProDecider, DEMO.propreteStaff]) {
      expect(errorCode(await h.run(CandidateDocument, { id }, { email })), email).toBe("FORBIDDEN");
    }
    expect(errorCode(await h.run(CandidateDocument, { id }))).toBe("FORBIDDEN");
    expect(errorCode(await h.run(CandidatesDocument, {}, { email: EVALUATORS.zetaMandataire }))).toBe("FORBIDDEN");
    expect(errorCode(await h.run(CandidatesDocument, {}, { email: DEMO.certifProDecider }))).toBe("FORBIDDEN");
    expect(await reads(id)).toBe(0);
  });

  it("GDPR-1, EVA-7: the CPNE a contest is addressed to reads the person's file, and the read is journaled", async () => {
    const id = await epsilonCandidate();
    const read = await h.run(CandidateDocument, { id: String(id) }, { email: DEMO.propreteStaff });
    expect(read.errors).toBeUndefined();
    expect(read.data!.candidate).toMatchObject({ person: { lastName: "Benali" }, context: "CPNE_PROPRETE" });
    expect(await reads(id)).toBe(1);
    const [entry] = await h.db.query("SELECT actor_email, instance_code, reason FROM journal_entry WHERE action = 'CANDIDATE_DATA_READ' AND subject_id = ?", [String(id)]);
    expect(entry).toMatchObject({ actor_email: DEMO.propreteStaff, instance_code: "CPNE_PROPRETE", reason: "Consultation des données du candidat : demande adressée au certificateur (EVA-7)" });
    expect(errorCode(await h.run(CandidateDocument, { id: String(id) }, { email: DEMO.metallurgieDecider }))).toBe("FORBIDDEN");
    expect(await reads(id)).toBe(1);
  });

  it("GDPR-1: the register of processing is public and names the purpose, the data, the recipients and the retention", async () => {
    const register = (await h.run(ProcessingRegisterDocument, { organism: DELTA })).data!.processingRegister;
    expect(register.map((a) => a.code)).toEqual(["CERTIFICATION_PATH", "CERTIFICATE", "RESULTS_REQUESTS", "STATISTICS"]);
    expect(register[0].controller).toBe("Organisme Delta Évaluation (SIREN 720000017), organisme habilité, responsable du traitement");
    expect(register[0].recipients).toContain("Jamais le mandataire de l'organisme");
  });
});

describe("access, rectification, erasure (GDPR-1)", () => {
  it("GDPR-1: the export holds everything on the person, machine-readable, and is journaled; the Mandataire cannot ask it", async () => {
    const id = String(await h.db.query("SELECT id FROM candidate WHERE reference = 'DELTA-2025-002'").then((r) => r[0].id));
    const exported = (await h.run(PersonalDataExportDocument, { candidate: id }, delta)).data!.personalDataExport;
    expect(exported).toMatchObject({
      controller: { siren: DELTA, name: "Organisme Delta Évaluation" },
      person: { lastName: "Martin", firstNames: "Jean-Pierre", birthDate: "1985-11-12", postalAddress: "4 rue des Lilas, 69003 Lyon" },
      enrolment: { reference: "DELTA-2025-002", certification: "CLEA_MANAGEMENT", referentialVersion: "2023-02-14", purposeStated: true, status: "AWARDED" },
      trainings: [{ trainer: "Claire Dubois", startsOn: "2025-10-01" }],
      certificate: { number: "CM-2025-000002", format: "PAPER" },
    });
    expect(exported.evaluations).toHaveLength(2);
    expect(exported.juryDecisions[0]).toMatchObject({ outcome: "AWARDED", members: ["Inès Moreau", "Hélène Faure"] });
    expect(JSON.stringify(exported)).not.toContain('"id"');
    expect(errorCode(await h.run(PersonalDataExportDocument, { candidate: id }, { email: EVALUATORS.zetaMandataire }))).toBe("FORBIDDEN");
    const [{ n }] = await h.db.query("SELECT COUNT(*) n FROM journal_entry WHERE action = 'PERSONAL_DATA_EXPORTED' AND subject_id = ?", [id]);
    expect(Number(n)).toBe(1);
  });

  it("GDPR-1: rectification changes the identity and the certificate stub's initials; the journal names the fields, not the values", async () => {
    const path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc);
    const awarded = await award(h, path, "2026-03-09", ines);
    h.clock.set("2026-03-12");
    const rectified = await h.run(RectifyCandidateDocument, { candidate: path.id, rowVersion: awarded.rowVersion, person: { lastName: "Lefèvre-Dubreuil", firstNames: "Anne-Éloïse", birthDate: "1990-04-01", email: "anne@example.org" } }, delta);
    expect(rectified.data!.rectifyCandidate).toMatchObject({ person: { lastName: "Lefèvre-Dubreuil" }, certificate: { holderInitials: "A.-É. L." } });
    const [entry] = await h.db.query("SELECT reason FROM journal_entry WHERE action = 'CANDIDATE_RECTIFIED' AND subject_id = ?", [path.id]);
    expect(entry.reason).toBe("Rectification à la demande de la personne : lastName, firstNames, email.");
  });

  it("GDPR-1: erasure removes the person and their path, keeps the certificate stub (still verifiable by its code) and an anonymised result", async () => {
    const path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc);
    const awarded = await award(h, path, "2026-03-09", ines);
    const { number, verificationCode } = awarded.certificate!;
    h.clock.set("2026-04-01");
    const before = Number((await h.db.query("SELECT COUNT(*) n FROM anonymised_result"))[0].n);
    expect(errorCode(await h.run(EraseCandidateDocument, { candidate: path.id, rowVersion: awarded.rowVersion }, { email: EVALUATORS.zetaMandataire }))).toBe("FORBIDDEN");
    const erased = await h.run(EraseCandidateDocument, { candidate: path.id, rowVersion: awarded.rowVersion }, delta);
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseCandidate).toMatchObject({ certificateNumber: number, endedPath: false });
    expect(erased.data!.eraseCandidate.kept[0]).toContain("le talon de vérification de chaque certificat délivré");
    expect(await rowsOf(path.id)).toEqual({ candidate: 0, identity: 0, evaluations: 0, juries: 0 });
    const [anonymised] = await h.db.query("SELECT * FROM anonymised_result ORDER BY id DESC LIMIT 1");
    expect(anonymised).toMatchObject({ certification_code: "CLEA_MANAGEMENT", validated_domains: "1,2,3", jury_outcome: "AWARDED", cause: "ERASURE", enrolment_year: 2026 });
    expect(Number((await h.db.query("SELECT COUNT(*) n FROM anonymised_result"))[0].n)).toBe(before + 1);
    const verified = (await h.run(VerifyCertificateDocument, { number, code: verificationCode })).data!.verifyCertificate;
    expect(verified).toMatchObject({ found: true, valid: true, holderInitials: "É. L." });
    const stubs = (await h.run(CertificatesDocument, { filter: { deliveredFrom: "2026-03-09", deliveredTo: "2026-03-09" } }, delta)).data!.certificates.nodes;
    expect(stubs.find((c) => c.number === number)).toMatchObject({ candidateId: null, pdfPath: null });
    expect(errorCode(await h.run(CandidateDocument, { id: path.id }, delta))).toBe("NOT_FOUND");
  });

  it("GDPR-1, EVA-7: while a request of the person is examined, erasure waits for the decision", async () => {
    const id = await epsilonCandidate();
    const [{ row_version: rowVersion }] = await h.db.query("SELECT row_version FROM candidate WHERE id = ?", [id]);
    const refused = await h.run(EraseCandidateDocument, { candidate: String(id), rowVersion }, epsilon);
    expect(refused.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", rule: "GDPR-1" } });
    expect((await rowsOf(id)).identity).toBe(1);
  });
});

describe("destruction instructed by Certif Pro (GDPR-1, convention IV.7)", () => {
  it("GDPR-1: refused while the habilitation runs, and to anyone but Certif Pro's decision maker", async () => {
    h.clock.set("2026-05-04");
    const habilitation = await habilitationOf(h, DELTA);
    expect(errorCode(await h.run(InstructDestructionDocument, { habilitation }, { email: DEMO.certifProStaff }))).toBe("FORBIDDEN");
    expect(errorCode(await h.run(InstructDestructionDocument, { habilitation }, { email: DEMO.propreteDecider }))).toBe("FORBIDDEN");
    const running = await h.run(InstructDestructionDocument, { habilitation }, { email: DEMO.certifProDecider });
    expect(running.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", rule: "GDPR-1" } });
  });

  it("GDPR-1: after a withdrawal, one transaction destroys every candidate of the habilitation, keeps the stubs and anonymised results, and is journaled", async () => {
    const habilitation = await habilitationOf(h, EPSILON);
    const lea = await intervenantId(h, EPSILON, "Léa Garnier");
    h.clock.set("2026-06-01");
    const open = await enrol(h, { organism: EPSILON, as: epsilon, context: "CPNE_PROPRETE" });
    await evaluate(h, open, evaluation("PRELIMINARY", "2026-06-01", [lea], assess({ notAcquired: ["2-2"] })), epsilon);
    const contested = await epsilonCandidate();
    await h.db.query("UPDATE results_request SET status = 'DECIDED', outcome = 'DISMISSED', reasons = 'Rejeté.', decided_on = '2025-11-03' WHERE candidate_id = ?", [contested]);
    const [stub] = await h.db.query("SELECT number, verification_code FROM certificate WHERE candidate_id = ?", [contested]);
    h.clock.set("2026-07-01");
    const alert = { source: "FRANCE_COMPETENCES" as const, reference: "FC-2026-27", level: "Retrait de l'offre", receivedOn: "2026-06-30" };
    const decided = await h.run(DecideEdofWithdrawalDocument, { habilitation, alert, reason: "Offre EDOF non conforme." }, { email: DEMO.propreteDecider });
    await h.run(NotifyWithdrawalDocument, { withdrawal: decided.data!.decideEdofWithdrawal.id }, { email: DEMO.propreteStaff });
    const before = Number((await h.db.query("SELECT COUNT(*) n FROM anonymised_result"))[0].n);
    const destroyed = await h.run(InstructDestructionDocument, { habilitation }, { email: DEMO.certifProDecider });
    expect(destroyed.errors).toBeUndefined();
    expect(destroyed.data!.instructDestruction).toMatchObject({ destroyed: 2, deferred: [], certificatesKept: 1 });
    const [left] = await h.db.query(
      `SELECT (SELECT COUNT(*) FROM candidate c JOIN habilitation x ON x.id = c.habilitation_id WHERE x.id = ?) candidates,
              (SELECT COUNT(*) FROM candidate_identity i WHERE i.candidate_id IN (?, ?)) identities,
              (SELECT COUNT(*) FROM certificate WHERE number = ?) stubs, (SELECT COUNT(*) FROM results_request WHERE candidate_id IS NULL) requests`,
      [habilitation, contested, open.id, stub.number],
    );
    expect(numbers(left)).toEqual({ candidates: 0, identities: 0, stubs: 1, requests: 1 });
    expect(Number((await h.db.query("SELECT COUNT(*) n FROM anonymised_result"))[0].n)).toBe(before + 2);
    const verified = (await h.run(VerifyCertificateDocument, { number: stub.number, code: stub.verification_code })).data!.verifyCertificate;
    expect(verified).toMatchObject({ found: true, valid: true, holderInitials: "K. B.", deliveredInNameOf: "CPNE de la propreté et des services associés, certificateur délégué de Certif Pro" });
    const [entry] = await h.db.query("SELECT actor_email, reason FROM journal_entry WHERE action = 'CANDIDATE_DATA_DESTROYED' AND subject_id = ?", [habilitation]);
    expect(entry.reason).toContain("2 détruit(s), 0 différé(s)");
    const again = await h.run(InstructDestructionDocument, { habilitation }, { email: DEMO.certifProDecider });
    expect(again.data!.instructDestruction).toMatchObject({ destroyed: 0 });
  });

  it("HAB-6, GDPR-1: after a renunciation, a person carried to the end keeps their data until their path closes", async () => {
    const habilitation = await habilitationOf(h, DELTA);
    const carried = await positioned(h, { enrolled: "2027-02-01", evaluated: "2027-02-01" }, marc, ["3-2"]);
    await h.run(RenounceHabilitationDocument, { habilitation, noticeSentOn: "2027-02-01" }, delta);
    h.clock.set("2027-02-03");
    await h.run(RecordRenunciationReceiptDocument, { habilitation, noticeReceivedOn: "2027-02-03" }, { email: DEMO.certifProStaff });
    h.clock.set("2027-06-01");
    const first = (await h.run(InstructDestructionDocument, { habilitation }, { email: DEMO.certifProDecider })).data!.instructDestruction;
    // The demo path DELTA-2026-003, still open, is carried too.
    const demo = String((await h.db.query("SELECT id FROM candidate WHERE reference = 'DELTA-2026-003'"))[0].id);
    expect(first.deferred).toEqual([
      { candidateId: demo, enrolledOn: "2026-09-07" },
      { candidateId: carried.id, enrolledOn: "2027-02-01" },
    ]);
    expect((await rowsOf(carried.id)).identity).toBe(1);
    expect(Number((await h.db.query("SELECT COUNT(*) n FROM candidate WHERE habilitation_id = ?", [habilitation]))[0].n)).toBe(2);
    h.clock.set("2027-06-07");
    const finished = await evaluate(h, carried, evaluation("FINAL", "2027-06-07", [ines], assess({ only: ["3-2"] })));
    await award(h, finished, "2027-06-07", ines);
    const second = (await h.run(InstructDestructionDocument, { habilitation }, { email: DEMO.certifProDecider })).data!.instructDestruction;
    expect(second).toMatchObject({ destroyed: 1, deferred: [{ candidateId: demo }] });
    expect(await rowsOf(carried.id)).toEqual({ candidate: 0, identity: 0, evaluations: 0, juries: 0 });
  });
});
