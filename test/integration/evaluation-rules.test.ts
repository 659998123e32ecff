import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CommunicateResultsDocument,
  DecideResultsRequestDocument,
  EnrolCandidateDocument,
  LiftProcessingLimitDocument,
  RecordEvaluationDocument,
  RecordJuryDecisionDocument,
  RecordRenunciationReceiptDocument,
  RecordResultsRequestDocument,
  RecordTrainingDocument,
  RenounceHabilitationDocument,
  SetProcessingLimitDocument,
  OpenComplianceProcedureDocument,
  NotifyFormalNoticeDocument,
  SendJustificationDocument,
  DecideEdofWithdrawalDocument,
  NotifyWithdrawalDocument,
  HabilitationsDocument,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { addCalendarDays } from "../../src/common/calendar/working-days";
import { assess, award, DELTA, delta, enrol, EPSILON, epsilon, evaluate, evaluation, habilitationOf, intervenantId, person, positioned } from "../support/evaluations";

let h: Harness;
let marc: string;
let ines: string;
let samuel: string;
beforeAll(async () => {
  h = await startHarness();
  [marc, ines, samuel] = await Promise.all(["Marc Petit", "Inès Moreau", "Samuel Girard"].map((name) => intervenantId(h, DELTA, name)));
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const written = async () =>
  (await h.db.query("SELECT (SELECT COUNT(*) FROM evaluation) e, (SELECT COUNT(*) FROM candidate_training) t, (SELECT COUNT(*) FROM jury_decision) j, (SELECT COUNT(*) FROM candidate) c"))[0];

describe("a trainer never evaluates the person nor sits on their jury, whichever is recorded first (EVA-3)", () => {
  it("EVA-3: trainer first, then evaluator: refused, nothing written", async () => {
    const path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc, ["3-2"]);
    const trained = await h.run(RecordTrainingDocument, { candidate: path.id, rowVersion: path.rowVersion, trainer: samuel, startsOn: "2026-03-16" }, delta);
    expect(trained.errors).toBeUndefined();
    h.clock.set("2026-04-20");
    const before = await written();
    const result = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion + 1, input: evaluation("FINAL", "2026-04-20", [samuel], assess({ only: ["3-2"] })) }, delta);
    expect(result.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", rule: "EVA-3" } });
    expect(result.errors![0].message).toContain("Samuel Girard forme ce candidat");
    expect(await written()).toEqual(before);
  });

  it("EVA-3: evaluator first, then trainer: refused, nothing written", async () => {
    const path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, samuel, ["3-2"]);
    const before = await written();
    const result = await h.run(RecordTrainingDocument, { candidate: path.id, rowVersion: path.rowVersion, trainer: samuel, startsOn: "2026-03-16" }, delta);
    expect(result.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", rule: "EVA-3" } });
    expect(result.errors![0].message).toContain("Samuel Girard a déjà évalué ce candidat et ne peut donc pas le former");
    expect(await written()).toEqual(before);
  });

  it("EVA-3: the trainer on the jury, by id or by name, is refused; a juror cannot train the person afterwards", async () => {
    let path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc, ["3-2"]);
    await h.run(RecordTrainingDocument, { candidate: path.id, rowVersion: path.rowVersion, trainer: samuel, startsOn: "2026-03-16" }, delta);
    path = { id: path.id, rowVersion: path.rowVersion + 1 };
    h.clock.set("2026-04-20");
    path = await evaluate(h, path, evaluation("FINAL", "2026-04-20", [ines], assess({ only: ["3-2"] })));
    const jury = (members: { intervenant?: string; fullName?: string }[]) =>
      h.run(RecordJuryDecisionDocument, { candidate: path.id, rowVersion: path.rowVersion, input: { outcome: "AWARDED", decidedOn: "2026-04-20", validatedDomains: ["1", "2", "3"], minutes: "PV", members, certificateFormat: "PDF" } }, delta);
    const before = await written();
    for (const members of [[{ intervenant: samuel }], [{ intervenant: ines }, { fullName: "samuel GIRARD" }]]) {
      const refused = await jury(members);
      expect(refused.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", rule: "EVA-3" } });
      expect(refused.errors![0].message).toContain("ne peut siéger au jury");
    }
    expect(await written()).toEqual(before);

    const other = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc, ["3-2"]);
    const notAwarded = await h.run(
      RecordJuryDecisionDocument,
      { candidate: other.id, rowVersion: other.rowVersion, input: { outcome: "NOT_AWARDED", decidedOn: "2026-03-09", validatedDomains: ["1", "2"], minutes: "PV : domaine 3 à compléter.", members: [{ intervenant: samuel }] } },
      delta,
    );
    expect(notAwarded.errors).toBeUndefined();
    const trainer = await h.run(RecordTrainingDocument, { candidate: other.id, rowVersion: other.rowVersion + 1, trainer: samuel, startsOn: "2026-03-16" }, delta);
    expect(trainer.errors![0].message).toContain("siège au jury qui statue sur ce candidat");
  });
});

describe("enrolment on a habilitated day (EVA-1, HAB-6, WDR-1)", () => {
  const enrolDelta = (reference: string) =>
    h.run(EnrolCandidateDocument, { organism: DELTA, input: { certification: "CLEA_MANAGEMENT", reference, person: person(), purposeStated: true, disabilityReferentGiven: true } }, delta);

  it("EVA-1, GDPR-1, EVA-6: the purpose and the disability referent are told at enrolment; the least data, checked", async () => {
    h.clock.set("2026-03-02");
    const silent = await h.run(EnrolCandidateDocument, { organism: DELTA, input: { certification: "CLEA_MANAGEMENT", reference: "X-1", person: person(), purposeStated: false, disabilityReferentGiven: true } }, delta);
    expect(silent.errors![0].extensions!.rule).toBe("GDPR-1");
    const badPerson = await h.run(
      EnrolCandidateDocument,
      { organism: DELTA, input: { certification: "CLEA_MANAGEMENT", reference: "X-2", person: { lastName: " ", firstNames: "Éloïse", birthDate: "2030-01-01" }, purposeStated: true, disabilityReferentGiven: true } },
      delta,
    );
    expect(badPerson.errors![0].message).toBe(
      "Vérifiez le nom (1 à 100 caractères), la date de naissance (AAAA-MM-JJ, passée), un moyen de joindre la personne (e-mail ou adresse postale) pour ses convocations et ses résultats.",
    );
    expect(errorCode(await h.run(EnrolCandidateDocument, { organism: DELTA, input: { certification: "CLEA", reference: "X-3", person: person(), purposeStated: true, disabilityReferentGiven: true } }, delta))).toBe("BAD_USER_INPUT");
    expect((await enrolDelta("SAME-1")).errors).toBeUndefined();
    expect(errorCode(await enrolDelta("SAME-1"))).toBe("CONFLICT");
  });

  it("EVA-1, WDR-1: no enrolment on a suspended day, no step during the suspension; both resume when the procedure ends", async () => {
    const habilitation = await habilitationOf(h, DELTA);
    const path = await positioned(h, { enrolled: "2026-06-01", evaluated: "2026-06-08" }, marc, ["3-2"]);
    h.clock.set("2026-06-15");
    const notice = { failings: ["Jury non distinct du formateur"], suspension: true, withdrawalOn: "2026-09-30" };
    const opened = await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Anomalies bloquantes relevées à l'audit.", notice }, { email: DEMO.certifProDecider });
    expect(opened.errors).toBeUndefined();
    const suspended = await h.run(NotifyFormalNoticeDocument, { procedure: opened.data!.openComplianceProcedure.id }, { email: DEMO.certifProStaff });
    expect(suspended.errors).toBeUndefined();
    const refused = await enrolDelta("SUSPENDED-1");
    expect(refused.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", rule: "EVA-1" } });
    expect(refused.errors![0].message).toContain("est suspendue à cette date");
    const step = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("FINAL", "2026-06-15", [ines], assess({ only: ["3-2"] })) }, delta);
    expect(step.errors![0]).toMatchObject({ extensions: { rule: "WDR-1" } });
    // Justified in time, and no decision notified within 30 working days: the measures are deemed sufficient (CMP-4).
    h.clock.set("2026-06-22");
    expect((await h.run(SendJustificationDocument, { procedure: opened.data!.openComplianceProcedure.id, text: "Jury distinct constitué." }, delta)).errors).toBeUndefined();
    const [ended] = (await h.run(HabilitationsDocument, { organism: DELTA })).data!.habilitations.nodes.filter((x) => x.id === habilitation);
    const resumed = addCalendarDays(ended.suspensions[0].endsOn!, 1);
    h.clock.set(resumed);
    expect((await enrolDelta("RESUMED-1")).errors).toBeUndefined();
    await evaluate(h, path, evaluation("FINAL", resumed, [ines], assess({ only: ["3-2"] })));
  });

  it("HAB-6: once the renunciation is sent nobody new is enrolled; people enrolled by that day are carried to the end", async () => {
    const habilitation = await habilitationOf(h, DELTA);
    const carried = await positioned(h, { enrolled: "2027-02-01", evaluated: "2027-02-01" }, marc, ["3-2"]);
    const sent = await h.run(RenounceHabilitationDocument, { habilitation, noticeSentOn: "2027-02-01" }, delta);
    expect(sent.errors).toBeUndefined();
    expect((await enrolDelta("SENT-DAY-1")).errors).toBeUndefined();
    h.clock.set("2027-02-03");
    await h.run(RecordRenunciationReceiptDocument, { habilitation, noticeReceivedOn: "2027-02-03" }, { email: DEMO.certifProStaff });
    const late = await enrolDelta("AFTER-1");
    expect(late.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", rule: "HAB-6" } });
    expect(late.errors![0].message).toContain("a adressé le 01/02/2027 sa renonciation");
    // Effective 3 months after receipt (3 May 2027): the carried person still completes their path.
    h.clock.set("2027-06-07");
    const finished = await evaluate(h, carried, evaluation("FINAL", "2027-06-07", [ines], assess({ only: ["3-2"] })));
    const awarded = await award(h, finished, "2027-06-07", ines);
    expect(awarded.status).toBe("AWARDED");
    expect(errorCode(await enrolDelta("AFTER-2"))).toBe("BAD_USER_INPUT");
  });

  it("EVA-1, WDR-1: after a withdrawal, no enrolment and no step", async () => {
    const [lea] = await Promise.all([intervenantId(h, EPSILON, "Léa Garnier")]);
    h.clock.set("2026-09-01");
    let path = await enrol(h, { organism: EPSILON, as: epsilon, context: "CPNE_PROPRETE" });
    h.clock.set("2026-09-07");
    path = await evaluate(h, path, evaluation("PRELIMINARY", "2026-09-07", [lea], assess({ notAcquired: ["2-2"] })), epsilon);
    const habilitation = await habilitationOf(h, EPSILON);
    h.clock.set("2026-10-01");
    const alert = { source: "FRANCE_COMPETENCES" as const, reference: "FC-2026-41", level: "Retrait de l'offre", receivedOn: "2026-09-30" };
    const decided = await h.run(DecideEdofWithdrawalDocument, { habilitation, alert, reason: "Offre EDOF non conforme." }, { email: DEMO.propreteDecider });
    const withdrawn = await h.run(NotifyWithdrawalDocument, { withdrawal: decided.data!.decideEdofWithdrawal.id }, { email: DEMO.propreteStaff });
    expect(withdrawn.errors).toBeUndefined();
    const enrolment = await h.run(EnrolCandidateDocument, { organism: EPSILON, input: { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE", reference: "W-1", person: person(), purposeStated: true, disabilityReferentGiven: true } }, epsilon);
    expect(enrolment.errors![0].message).toContain("a été retirée à compter du 2026-10-01");
    const step = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: evaluation("FINAL", "2026-10-01", [lea], assess({ only: ["2-2"] })) }, epsilon);
    expect(step.errors![0]).toMatchObject({ extensions: { rule: "WDR-1" } });
    expect(step.errors![0].message).toContain("retirée à compter du 01/10/2026");
  });
});

describe("consulting the minutes or contesting the results within one month (EVA-7)", () => {
  async function communicated(on: string) {
    const path = await positioned(h, { enrolled: "2026-01-05", evaluated: "2026-01-26" }, marc);
    h.clock.set("2026-01-30");
    const awarded = await award(h, path, "2026-01-30", ines);
    h.clock.set(on);
    const result = await h.run(CommunicateResultsDocument, { candidate: path.id, rowVersion: awarded.rowVersion, communicatedOn: on }, delta);
    expect(result.errors).toBeUndefined();
    expect(result.data!.communicateResults).toMatchObject({ resultsCommunicatedOn: on });
    return result.data!.communicateResults;
  }
  const request = (candidate: string, sentOn: string, email: string = DEMO.certifProStaff, channel: "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT" | "OTHER" = "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT") =>
    h.run(RecordResultsRequestDocument, { candidate, input: { kind: "CONTEST_RESULTS", channel, sentOn, receivedOn: sentOn } }, { email });

  it("EVA-7: communicated on 31 January, a contest sent on 28 February is recorded; on 1 March it is refused, with the date", async () => {
    const candidate = await communicated("2026-01-31");
    expect(candidate.resultsRequestDeadline).toBe("2026-02-28");
    h.clock.set("2026-03-02");
    const inTime = await request(candidate.id, "2026-02-28");
    expect(inTime.errors).toBeUndefined();
    expect(inTime.data!.recordResultsRequest).toMatchObject({ status: "OPEN", deadline: "2026-02-28", addressedTo: "CERTIF_PRO", certifier: "CERTIF_PRO" });
    const late = await request(candidate.id, "2026-03-01");
    expect(late.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", rule: "EVA-7" } });
    expect(late.errors![0].message).toContain("devait être adressée au plus tard le 28/02/2026");
    expect(errorCode(await request(candidate.id, "2026-02-20", DEMO.certifProStaff, "OTHER"))).toBe("BAD_USER_INPUT");
  });

  it("EVA-7: addressed to another CPNE it is refused; the certifier decides once, with its reasons", async () => {
    const candidate = await communicated("2026-02-02");
    h.clock.set("2026-02-10");
    expect(errorCode(await request(candidate.id, "2026-02-09", DEMO.metallurgieDecider))).toBe("FORBIDDEN");
    expect(errorCode(await request(candidate.id, "2026-02-09", DEMO.certifProProvider))).toBe("FORBIDDEN");
    const recorded = (await request(candidate.id, "2026-02-09")).data!.recordResultsRequest;
    const decide = (outcome: "UPHELD" | "DISMISSED" | "GRANTED", rowVersion = recorded.rowVersion, email: string = DEMO.certifProDecider) =>
      h.run(DecideResultsRequestDocument, { request: recorded.id, rowVersion, outcome, reasons: "Le jury a statué au vu d'évaluations complètes." }, { email });
    expect(errorCode(await decide("DISMISSED", recorded.rowVersion, DEMO.certifProStaff))).toBe("FORBIDDEN");
    expect(errorCode(await decide("GRANTED"))).toBe("BAD_USER_INPUT");
    const decided = await decide("DISMISSED");
    expect(decided.data!.decideResultsRequest).toMatchObject({ status: "DECIDED", outcome: "DISMISSED", decidedOn: "2026-02-10" });
    expect(errorCode(await decide("UPHELD", recorded.rowVersion + 1))).toBe("CONFLICT");
  });

  it("EVA-7: nothing to request before the results are communicated", async () => {
    const path = await positioned(h, { enrolled: "2026-01-05", evaluated: "2026-01-26" }, marc);
    h.clock.set("2026-02-02");
    const early = await request(path.id, "2026-02-02");
    expect(early.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", rule: "EVA-7" } });
  });
});

describe("restriction and objection (GDPR-1)", () => {
  it("GDPR-1: while the person restricts processing, nothing new is recorded on them; once lifted, it is", async () => {
    const path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc, ["3-2"]);
    h.clock.set("2026-03-20");
    const restricted = await h.run(SetProcessingLimitDocument, { candidate: path.id, rowVersion: path.rowVersion, limit: "RESTRICTION", since: "2026-03-19" }, delta);
    expect(restricted.data!.setProcessingLimit.restrictedSince).toBe("2026-03-19");
    const blocked = await h.run(RecordEvaluationDocument, { candidate: path.id, rowVersion: path.rowVersion + 1, input: evaluation("FINAL", "2026-03-20", [ines], assess({ only: ["3-2"] })) }, delta);
    expect(blocked.errors![0]).toMatchObject({ extensions: { code: "CONFLICT", rule: "GDPR-1" } });
    const lifted = await h.run(LiftProcessingLimitDocument, { candidate: path.id, rowVersion: path.rowVersion + 1, limit: "RESTRICTION" }, delta);
    expect(lifted.data!.liftProcessingLimit.restrictedSince).toBeNull();
    await evaluate(h, { id: path.id, rowVersion: path.rowVersion + 2 }, evaluation("FINAL", "2026-03-20", [ines], assess({ only: ["3-2"] })));
    const actions = await h.db.query("SELECT action, reason FROM journal_entry WHERE subject_type = 'CANDIDATE' AND subject_id = ? ORDER BY id", [path.id]);
    expect(actions.map((row: { action: string }) => row.action)).toContain("PROCESSING_RESTRICTED");
  });
});
