import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CandidateDocument,
  CandidateMatrixDocument,
  EnrolCandidateDocument,
  RecordEvaluationDocument,
  RecordJuryDecisionDocument,
  RecordTrainingDocument,
  VerifyCertificateDocument,
} from "../generated/graphql";
import { errorCode, startHarness, type Harness } from "../support/harness";
import { assess, award, CLEA, DELTA, delta, enrol, EPSILON, epsilon, evaluate, evaluation, habilitateFor, intervenantId } from "../support/evaluations";

let h: Harness;
let marc: string;
let ines: string;
let claire: string;
beforeAll(async () => {
  h = await startHarness();
  [marc, ines, claire] = await Promise.all(["Marc Petit", "Inès Moreau", "Claire Dubois"].map((name) => intervenantId(h, DELTA, name)));
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const candidate = async (id: string) => {
  const result = await h.run(CandidateDocument, { id }, delta);
  expect(result.errors).toBeUndefined();
  return result.data!.candidate;
};
const rows = async (table: string) => Number((await h.db.query(`SELECT COUNT(*) n FROM ${table}`))[0].n);

describe("a path validated at once by the preliminary evaluation (EVA-2, REF-4, EVA-5)", () => {
  it("EVA-2: every domain validated by the preliminary evaluation, the jury awards, the certificate is delivered in Certif Pro's name", async () => {
    h.clock.set("2026-03-02");
    const enrolled = await enrol(h);
    const before = await candidate(enrolled.id);
    expect(before).toMatchObject({ status: "OPEN", referentialVersion: "2023-02-14", context: null, standing: { remainingDomains: ["1", "2", "3"] } });
    expect(before.person).toEqual({ lastName: "Lefèvre", firstNames: "Éloïse", birthDate: "1990-04-01", email: "personne@example.org", postalAddress: null });
    h.clock.set("2026-03-10");
    const evaluated = await evaluate(h, enrolled, evaluation("PRELIMINARY", "2026-03-09", [marc], assess()));
    const positioned = await candidate(enrolled.id);
    expect(positioned.standing).toMatchObject({ preliminaryOn: "2026-03-09", validatedDomains: ["1", "2", "3"], remainingDomains: [], remainingCompetences: [], pathEndsOn: null });
    expect(positioned.juryProposal).toMatchObject({ allDomainsValidated: true, missingDomains: [] });
    expect(positioned.juryProposal.notice).toContain("aucune décision n'est prise automatiquement");
    expect(positioned.status).toBe("OPEN");

    h.clock.set("2026-03-16");
    const awarded = await award(h, evaluated, "2026-03-16", ines);
    expect(awarded.status).toBe("AWARDED");
    expect(awarded.certificate).toMatchObject({ deliveredOn: "2026-03-16", deliveredInNameOf: "Certif Pro", format: "PDF", holderInitials: "É. L.", certificationName: "CléA management" });
    expect(awarded.certificate!.number).toMatch(/^CM-2026-\d{6}$/);
    expect(awarded.certificate!.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(awarded.juryDecisions[0]).toMatchObject({ outcome: "AWARDED", members: [{ fullName: "Inès Moreau" }, { intervenantId: null, fullName: "Hélène Faure" }] });

    const verified = await h.run(VerifyCertificateDocument, { number: awarded.certificate!.number, code: awarded.certificate!.verificationCode });
    expect(verified.data!.verifyCertificate).toMatchObject({ found: true, valid: true, holderInitials: "É. L.", statusLabel: "Certificat valide" });
    const journal = await h.db.query("SELECT action FROM journal_entry WHERE subject_type = 'CANDIDATE' AND subject_id = ? ORDER BY id", [enrolled.id]);
    expect(journal.map((row: { action: string }) => row.action)).toEqual(["CANDIDATE_ENROLLED", "EVALUATION_RECORDED", "JURY_DECIDED"]);
    const [issued] = await h.db.query("SELECT reason FROM journal_entry WHERE subject_type = 'CERTIFICATE' AND subject_id = ?", [awarded.certificate!.number]);
    expect(issued.reason).not.toContain("Lefèvre");
  });
});

describe("a path with training (EVA-2, EVA-3)", () => {
  it("EVA-2: the preliminary leaves a competence, the trainer trains, the final covers it alone and the jury awards", async () => {
    h.clock.set("2026-03-02");
    let path = await enrol(h);
    h.clock.set("2026-03-10");
    path = await evaluate(h, path, evaluation("PRELIMINARY", "2026-03-09", [marc], assess({ notAcquired: ["3-2"] })));
    expect((await candidate(path.id)).standing).toMatchObject({ validatedDomains: ["1", "2"], remainingDomains: ["3"], remainingCompetences: ["3-2"] });

    const trained = await h.run(RecordTrainingDocument, { candidate: path.id, rowVersion: path.rowVersion, trainer: claire, startsOn: "2026-03-16" }, delta);
    expect(trained.errors).toBeUndefined();
    path = { id: path.id, rowVersion: trained.data!.recordTraining.rowVersion };
    expect(trained.data!.recordTraining.trainings).toEqual([{ id: expect.any(String), trainer: { intervenantId: claire, fullName: "Claire Dubois" }, startsOn: "2026-03-16" }]);

    h.clock.set("2026-05-15");
    const before = await rows("evaluation");
    const again = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("FINAL", "2026-05-14", [ines], assess({ only: ["1-1", "3-2"] })) }, delta);
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
    expect(again.errors![0].message).toContain("1-1 (acquise lors de l'évaluation préalable du 09/03/2026)");
    expect(again.errors![0].extensions!.rule).toBe("EVA-2");
    expect(await rows("evaluation")).toBe(before);

    // Ascension Day 2026 is 14 May: an evaluation may be held on it all the same; the jury meets after Whit Monday.
    path = await evaluate(h, path, evaluation("FINAL", "2026-05-14", [ines], assess({ only: ["3-2"] })));
    expect((await candidate(path.id)).standing).toMatchObject({ remainingDomains: [], remainingCompetences: [] });
    h.clock.set("2026-05-26");
    const awarded = await award(h, path, "2026-05-26", ines);
    expect(awarded.status).toBe("AWARDED");
  });
});

describe("CléA: failing one domain, then passing within 5 years (EVA-9)", () => {
  it("EVA-9: 7 h over two days, a final that fails a domain, a later final that passes; none after 5 years", async () => {
    // Used in its first period, the habilitation runs 6 years: only the 5-year path can refuse in 2030.
    await habilitateFor(h, DELTA, "CLEA", "2025-06-02", "2025-07-01");
    h.clock.set("2025-09-01");
    let path = await enrol(h, { certification: "CLEA" });
    h.clock.set("2025-09-17");
    const tooLong = await h.run(
      RecordEvaluationDocument,
      { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("PRELIMINARY", "2025-09-15", [marc], assess({ referential: CLEA, notAcquired: ["7.1"] }), { sittings: [{ heldOn: "2025-09-15", minutes: 240 }, { heldOn: "2025-09-16", minutes: 190 }], scorePercent: 70 }) },
      delta,
    );
    expect(errorCode(tooLong)).toBe("BAD_USER_INPUT");
    expect(tooLong.errors![0].message).toContain("L'évaluation préalable dure au plus 7 h");
    path = await evaluate(h, path, evaluation("PRELIMINARY", "2025-09-15", [marc], assess({ referential: CLEA, notAcquired: ["7.1", "7.2"] }), { sittings: [{ heldOn: "2025-09-15", minutes: 240 }, { heldOn: "2025-09-16", minutes: 180 }], scorePercent: 70 }));
    expect((await candidate(path.id)).standing).toMatchObject({ preliminaryOn: "2025-09-16", pathEndsOn: "2030-09-16", remainingDomains: ["7"] });

    h.clock.set("2026-02-02");
    path = await evaluate(h, path, evaluation("FINAL", "2026-02-02", [ines], assess({ referential: CLEA, only: ["7.1", "7.2"], notAcquired: ["7.1"] }), { scorePercent: 72 }));
    expect((await candidate(path.id)).standing).toMatchObject({ remainingDomains: ["7"], remainingCompetences: ["7.1"] });

    h.clock.set("2030-09-17");
    const late = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("FINAL", "2030-09-17", [ines], assess({ referential: CLEA, only: ["7.1"] }), { scorePercent: 80 }) }, delta);
    expect(late.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", rule: "EVA-9" } });
    expect(late.errors![0].message).toContain("devait s'achever au plus tard le 16/09/2030 (5 ans)");
    expect((await candidate(path.id)).standing.lapsed).toBe(true);

    h.clock.set("2027-06-01");
    path = await evaluate(h, path, evaluation("FINAL", "2027-06-01", [ines], assess({ referential: CLEA, only: ["7.1"] }), { scorePercent: 80 }));
    const passed = await candidate(path.id);
    expect(passed.standing).toMatchObject({ remainingDomains: [], lapsed: false, scorePercent: 80 });
    expect(passed.juryProposal.allDomainsValidated).toBe(true);
  });
});

describe("a contextualised evaluation (EVA-4, CTX-4)", () => {
  it("EVA-4: the matrix shows the CPNE's wording and the version the person was evaluated against", async () => {
    const [lea, paul] = await Promise.all(["Léa Garnier", "Paul Renaud"].map((name) => intervenantId(h, EPSILON, name)));
    h.clock.set("2026-03-02");
    const base = await h.run(EnrolCandidateDocument, { organism: EPSILON, input: { certification: "CLEA_MANAGEMENT", reference: "EPS-BASE-1", person: { lastName: "Roux", firstNames: "Anne", birthDate: "1980-01-01", email: "anne@example.org" }, purposeStated: true, disabilityReferentGiven: true } }, epsilon);
    expect(errorCode(base)).toBe("BAD_USER_INPUT");
    expect(base.errors![0].message).toContain("Une habilitation délivrée par la CPNE CPNE_PROPRETE");

    let path = await enrol(h, { organism: EPSILON, as: epsilon, context: "CPNE_PROPRETE" });
    h.clock.set("2026-03-10");
    path = await evaluate(h, path, evaluation("PRELIMINARY", "2026-03-09", [lea], assess({ notAcquired: ["2-2"] })), epsilon);
    const matrix = (await h.run(CandidateMatrixDocument, { id: path.id }, epsilon)).data!.candidate.resultsMatrix;
    expect(matrix).toMatchObject({ certification: "CLEA_MANAGEMENT", referentialVersion: "2023-02-14", context: "CPNE_PROPRETE", contextName: "CPNE de la propreté et des services associés" });
    const competence = matrix.domains[1].competences.find((c) => c.code === "2-2")!;
    expect(competence).toMatchObject({ contextualised: true, acquiredOn: null });
    expect(competence.title).toContain("Animer l'équipe d'agents de propreté, sur les sites clients");
    expect(matrix.domains[1]).toMatchObject({ code: "2", validatedOn: null });
    expect(matrix.domains[0]).toMatchObject({ code: "1", validatedOn: "2026-03-09", contextualised: false });
    expect(paul).toBeDefined();
  });
});

describe("remote evaluation (EVA-8)", () => {
  it("EVA-8: missing the identity check it cannot be validated, and nothing is written; complete, it is", async () => {
    h.clock.set("2026-03-02");
    const path = await enrol(h);
    h.clock.set("2026-03-10");
    const remote = { identityCheckedOn: "2026-03-09", identityCheckMethod: "Pièce d'identité présentée à la caméra", pathTraceability: "Journaux de connexion", reinforcedSupport: "Entretien avant chaque séquence", feasibilityCheckedOn: "2026-03-05", synchronousPhases: [{ heldOn: "2026-03-09", minutes: 60 }] };
    const before = await rows("evaluation");
    const incomplete = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("PRELIMINARY", "2026-03-09", [marc], assess(), { remote: { ...remote, identityCheckMethod: null } }) }, delta);
    expect(errorCode(incomplete)).toBe("BAD_USER_INPUT");
    expect(incomplete.errors![0].message).toContain("il manque : le contrôle de l'identité de la personne");
    expect(await rows("evaluation")).toBe(before);
    const notReady = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("PRELIMINARY", "2026-03-09", [ines], assess(), { remote }) }, delta);
    expect(notReady.errors![0].message).toContain("Inès Moreau n'est pas déclaré compétent pour l'évaluation à distance");
    const recorded = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("PRELIMINARY", "2026-03-09", [marc], assess(), { remote }) }, delta);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordEvaluation).toMatchObject({ remote: true, remoteRecord: { identityCheckMethod: "Pièce d'identité présentée à la caméra", synchronousPhases: [{ heldOn: "2026-03-09", minutes: 60 }] } });
  });
});

describe("jury (EVA-5)", () => {
  it("EVA-5: two concurrent jury decisions on one candidate: exactly one wins, the other is a CONFLICT", async () => {
    h.clock.set("2026-03-02");
    let path = await enrol(h);
    h.clock.set("2026-03-10");
    path = await evaluate(h, path, evaluation("PRELIMINARY", "2026-03-09", [marc], assess()));
    const decide = () =>
      h.run(
        RecordJuryDecisionDocument,
        { candidate: path.id, rowVersion: path.rowVersion, input: { outcome: "AWARDED", decidedOn: "2026-03-10", validatedDomains: ["1", "2", "3"], minutes: "Procès-verbal.", members: [{ intervenant: ines }], certificateFormat: "PAPER" } },
        delta,
      );
    const results = await Promise.all([decide(), decide()]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(errorCode(results.find((r) => r.errors)!)).toBe("CONFLICT");
    const [{ decisions, certificates }] = await h.db.query(
      "SELECT (SELECT COUNT(*) FROM jury_decision WHERE candidate_id = ?) decisions, (SELECT COUNT(*) FROM certificate WHERE candidate_id = ?) certificates",
      [path.id, path.id],
    );
    expect([Number(decisions), Number(certificates)]).toEqual([1, 1]);
  });

  it("EVA-5, REF-4: the jury cannot award with a domain missing, and departs from the evaluations only with a reason", async () => {
    h.clock.set("2026-03-02");
    let path = await enrol(h);
    h.clock.set("2026-03-10");
    path = await evaluate(h, path, evaluation("PRELIMINARY", "2026-03-09", [marc], assess({ notAcquired: ["3-2"] })));
    const input = { outcome: "AWARDED" as const, decidedOn: "2026-03-10", validatedDomains: ["1", "2"], minutes: "Procès-verbal.", members: [{ intervenant: ines }], certificateFormat: "PDF" as const };
    const missing = await h.run(RecordJuryDecisionDocument, { candidate: path.id, rowVersion: path.rowVersion, input }, delta);
    expect(missing.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", rule: "REF-4" } });
    const unexplained = await h.run(RecordJuryDecisionDocument, { candidate: path.id, rowVersion: path.rowVersion, input: { ...input, validatedDomains: ["1", "2", "3"] } }, delta);
    expect(unexplained.errors![0].message).toContain("motif manquant pour le domaine 3");
    const sovereign = await h.run(
      RecordJuryDecisionDocument,
      { candidate: path.id, rowVersion: path.rowVersion, input: { ...input, validatedDomains: ["1", "2", "3"], departures: [{ domainCode: "3", reason: "Mise en situation probante présentée au jury." }] } },
      delta,
    );
    expect(sovereign.errors).toBeUndefined();
    expect(sovereign.data!.recordJuryDecision.juryDecisions[0].departures).toEqual([{ domainCode: "3", reason: "Mise en situation probante présentée au jury." }]);
  });
});
