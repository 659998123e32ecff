import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AcknowledgeAppealDocument,
  AddHabilitationCriterionDocument,
  AppealDecisionDocument,
  ApplicationDocument,
  ComplianceProcedureDocument,
  CreateApplicationDocument,
  DeadlineRulesDocument,
  DeclareCompleteDocument,
  DecideAppealDocument,
  DecideApplicationDocument,
  EvaluationRightDocument,
  FileApplicationDocument,
  HabilitationCriteriaDocument,
  HabilitationsDocument,
  IssueOpinionDocument,
  NotifyDecisionDocument,
  NotifyFormalNoticeDocument,
  OpenComplianceProcedureDocument,
  ProvideComplementDocument,
  RenounceHabilitationDocument,
  ScheduleAppealDecisionDocument,
  RescheduleInstructionDocument,
  CreateCampaignDocument,
  RequestComplementDocument,
  ScheduleAuditionDocument,
  StartInstructionDocument,
  WithdrawApplicationDocument,
} from "../generated/graphql";
import { JournalEntryEntity } from "../../src/common/db/journal-entry.entity";
import { applicationIn, assessments, BETA, certifProCampaign, clearBetaApplications, SCENARIO } from "../support/applications";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const mandataire = { email: DEMO.gammaMandataire };
const staff = { email: DEMO.certifProStaff };
const provider = { email: DEMO.certifProProvider };
const decider = { email: DEMO.certifProDecider };

const journalOf = async (id: string) =>
  (await h.db.getRepository(JournalEntryEntity).find({ where: { subjectType: "APPLICATION", subjectId: id }, order: { id: "ASC" } })).map(
    (e) => [e.action, e.fromState, e.toState, e.actorRole, e.instanceCode ?? null],
  );

describe("an application to Certif Pro, from draft to habilitation", () => {
  it("HAB-2…HAB-6: the whole path, with who did what and every deadline", async () => {
    await clearBetaApplications(h);
    const { campaign, meeting } = await certifProCampaign(h);

    h.clock.set(SCENARIO.filing);
    const created = await h.run(CreateApplicationDocument, { organism: BETA, campaign }, mandataire);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createApplication.id;
    expect(created.data!.createApplication).toMatchObject({ status: "DRAFT", mandataireName: "Conseil Gamma", allowedActions: ["FILE", "WITHDRAW"] });

    const filed = (await h.run(FileApplicationDocument, { application: id }, mandataire)).data!.fileApplication;
    expect(filed).toMatchObject({ status: "FILED", filedOn: SCENARIO.filing, receiptNumber: `CERTIF_PRO-2027-${id.padStart(6, "0")}` });

    h.clock.set("2027-03-02");
    const asked = await h.run(RequestComplementDocument, { application: id, request: "Joindre les CV des évaluateurs." }, staff);
    expect(asked.data!.requestComplement).toMatchObject({ status: "COMPLEMENT_REQUESTED", complementRequest: "Joindre les CV des évaluateurs." });
    h.clock.set("2027-03-03");
    expect((await h.run(ProvideComplementDocument, { application: id, note: "CV joints." }, mandataire)).data!.provideComplement.status).toBe("FILED");
    h.clock.set("2027-03-04");
    expect((await h.run(DeclareCompleteDocument, { application: id }, provider)).data!.declareComplete.status).toBe("COMPLETE");

    h.clock.set(SCENARIO.instruction);
    const instructed = (await h.run(StartInstructionDocument, { application: id, meeting }, provider)).data!.startInstruction;
    expect(instructed).toMatchObject({ status: "UNDER_INSTRUCTION", meetingOn: SCENARIO.meeting });
    expect(instructed.pendingStep).toEqual({ rule: "HAB_OPINION_BEFORE_MEETING", label: "Avis à arrêter (HAB-4)", dueOn: "2027-04-06", overdue: false });

    h.clock.set(SCENARIO.convocation);
    const audition = (await h.run(ScheduleAuditionDocument, { application: id, auditionOn: SCENARIO.audition }, staff)).data!.scheduleAudition;
    expect(audition).toMatchObject({ status: "AUDITION_SCHEDULED", convocationOn: SCENARIO.convocation, auditionOn: SCENARIO.audition });

    h.clock.set(SCENARIO.opinion);
    const opinion = (await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, provider)).data!.issueOpinion;
    expect(opinion.status).toBe("OPINION_ISSUED");
    expect(opinion.opinion).toHaveLength(5);
    expect(opinion.pendingStep).toMatchObject({ rule: "HAB_DECISION_AT_MEETING", dueOn: SCENARIO.meeting });

    h.clock.set(SCENARIO.meeting);
    const decided = (await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments() }, decider)).data!.decideApplication;
    expect(decided).toMatchObject({ status: "DECIDED_ACCEPTED", decidedOn: SCENARIO.meeting, durationMonths: 36 });
    // HAB-5: 20 working days after the meeting of 13 April 2027, Ascension (6 May) excluded.
    expect(decided.pendingStep).toMatchObject({ rule: "HAB_NOTIFICATION_CERTIF_PRO", dueOn: "2027-05-12" });

    h.clock.set(SCENARIO.notification);
    const notified = (await h.run(NotifyDecisionDocument, { application: id }, staff)).data!.notifyDecision;
    expect(notified).toMatchObject({ status: "NOTIFIED_ACCEPTED", notifiedOn: SCENARIO.notification, pendingStep: null, allowedActions: [] });

    const habilitations = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations;
    expect(habilitations.nodes).toEqual([
      expect.objectContaining({
        instanceCode: "CERTIF_PRO",
        notifiedOn: SCENARIO.notification,
        status: "ACTIVE",
        firstPeriodEnd: "2030-04-20",
        maximumEnd: "2033-04-20",
        renewal: { applies: false, reason: expect.any(String) },
      }),
    ]);

    expect(await journalOf(id)).toEqual([
      ["APPLICATION_CREATED", null, "DRAFT", "MANDATAIRE", null],
      ["FILE", "DRAFT", "FILED", "MANDATAIRE", null],
      ["REQUEST_COMPLEMENT", "FILED", "COMPLEMENT_REQUESTED", "STAFF", "CERTIF_PRO"],
      ["PROVIDE_COMPLEMENT", "COMPLEMENT_REQUESTED", "FILED", "MANDATAIRE", null],
      ["DECLARE_COMPLETE", "FILED", "COMPLETE", "PROVIDER", "CERTIF_PRO"],
      ["START_INSTRUCTION", "COMPLETE", "UNDER_INSTRUCTION", "PROVIDER", "CERTIF_PRO"],
      ["SCHEDULE_AUDITION", "UNDER_INSTRUCTION", "AUDITION_SCHEDULED", "STAFF", "CERTIF_PRO"],
      ["ISSUE_OPINION", "AUDITION_SCHEDULED", "OPINION_ISSUED", "PROVIDER", "CERTIF_PRO"],
      ["DECIDE_ACCEPT", "OPINION_ISSUED", "DECIDED_ACCEPTED", "DECISION_MAKER", "CERTIF_PRO"],
      ["NOTIFY", "DECIDED_ACCEPTED", "NOTIFIED_ACCEPTED", "STAFF", "CERTIF_PRO"],
    ]);
  });

  it("CTX-4: the new Certif Pro habilitation allows evaluating CléA management, but not under a CPNE's contextualised referential", async () => {
    const base = await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2027-05-03" });
    expect(base.data!.evaluationRight).toMatchObject({ allowed: true, habilitation: { instanceCode: "CERTIF_PRO" } });
    const contextualised = await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2027-05-03", context: "CPNE_PROPRETE" });
    expect(contextualised.data!.evaluationRight.allowed).toBe(false);
    expect(contextualised.data!.evaluationRight.reason).toMatch(/Certif Pro/);
    const before = await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2027-04-19" });
    expect(before.data!.evaluationRight.allowed).toBe(false);
  });

  it("EVA-1: the seeded Alpha habilitation is valid today; an unknown organism is NOT_FOUND", async () => {
    h.clock.set(null);
    const alpha = await h.run(EvaluationRightDocument, { organism: "812345676", certification: "CLEA_MANAGEMENT", date: "2026-06-01" });
    expect(alpha.data!.evaluationRight, JSON.stringify(alpha)).toMatchObject({ allowed: true });
    expect(errorCode(await h.run(EvaluationRightDocument, { organism: "123456782", certification: "CLEA_MANAGEMENT", date: "2026-06-01" }))).toBe("NOT_FOUND");
  });
});

describe("refusal, appeal and the rules' guards", () => {
  it("HAB-5: a refusal states its reasons per criterion; HAB-8: the appeal is filed, acknowledged, decided at a meeting and notified", async () => {
    await clearBetaApplications(h);
    const { campaign, meeting, laterMeeting } = await certifProCampaign(h);
    const id = await applicationIn(h, "NOTIFIED_REFUSED", { campaign, meeting });
    const refused = (await h.run(ApplicationDocument, { id }, mandataire)).data!.application!;
    expect(refused.decision.filter((d) => !d.met)).toEqual([expect.objectContaining({ criterionCode: "SUPPORT", reason: expect.stringContaining("justificatifs") })]);
    // HAB-8: 30 working days after 20 April 2027 (Ascension 6 May, Whit Monday 17 May excluded).
    expect(refused.pendingStep).toMatchObject({ rule: "HAB_APPEAL_FILING", dueOn: "2027-06-03" });

    h.clock.set(SCENARIO.appeal);
    const appealed = (await h.run(AppealDecisionDocument, { application: id, grounds: "La pièce 4 décrit l'accompagnement." }, mandataire)).data!.appealDecision;
    expect(appealed).toMatchObject({ status: "APPEALED", appealFiledOn: SCENARIO.appeal, pendingStep: { rule: "HAB_APPEAL_ACK", dueOn: "2027-05-12" } });
    expect(errorCode(await h.run(DecideAppealDocument, { application: id, upheld: true, reason: "x" }, decider))).toBe("BAD_USER_INPUT");
    const acknowledged = (await h.run(AcknowledgeAppealDocument, { application: id }, provider)).data!.acknowledgeAppeal;
    expect(acknowledged.pendingStep).toMatchObject({ rule: "HAB_APPEAL_EXAMINATION", dueOn: "2027-06-03" });
    expect(acknowledged.allowedActions).toEqual(["SCHEDULE_APPEAL_DECISION"]);
    // The appeal is decided at a meeting of the Instance: the next one, 29 June 2027.
    const scheduled = (await h.run(ScheduleAppealDecisionDocument, { application: id, meeting: laterMeeting }, staff)).data!.scheduleAppealDecision;
    expect(scheduled).toMatchObject({ status: "APPEALED", appealMeetingOn: "2027-06-29", pendingStep: { rule: "HAB_APPEAL_DECISION_AT_MEETING", dueOn: "2027-06-29" } });
    expect(errorCode(await h.run(DecideAppealDocument, { application: id, upheld: true, reason: "Avant la réunion." }, decider))).toBe("BAD_USER_INPUT");
    h.clock.set("2027-06-29");
    expect(errorCode(await h.run(DecideAppealDocument, { application: id, upheld: true, reason: "Pièce examinée." }, staff))).toBe("FORBIDDEN");
    const upheld = (await h.run(DecideAppealDocument, { application: id, upheld: true, reason: "Pièce 4 examinée : critère satisfait." }, decider)).data!.decideAppeal;
    // Notified within 20 working days of that meeting (14 July 2027 skipped).
    expect(upheld).toMatchObject({ status: "APPEAL_UPHELD", appealDecidedOn: "2027-06-29", pendingStep: { rule: "HAB_NOTIFICATION_CERTIF_PRO", dueOn: "2027-07-28" } });
    h.clock.set("2027-07-05");
    const notified = (await h.run(NotifyDecisionDocument, { application: id }, staff)).data!.notifyDecision;
    expect(notified).toMatchObject({ status: "NOTIFIED_ACCEPTED", notifiedOn: SCENARIO.notification, appealNotifiedOn: "2027-07-05", pendingStep: null });
  });

  it("HAB-8: a dismissed appeal is not closed before its notification, which is due 20 working days after the meeting", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "APPEAL_DISMISSED");
    const dismissed = (await h.run(ApplicationDocument, { id }, staff)).data!.application!;
    expect(dismissed).toMatchObject({ status: "APPEAL_DISMISSED", pendingStep: { rule: "HAB_NOTIFICATION_CERTIF_PRO", dueOn: "2027-07-28" }, allowedActions: ["NOTIFY"] });
    h.clock.set("2027-07-29");
    expect((await h.run(ApplicationDocument, { id }, staff)).data!.application!.pendingStep!.overdue).toBe(true);
    const notified = (await h.run(NotifyDecisionDocument, { application: id }, provider)).data!.notifyDecision;
    expect(notified).toMatchObject({ status: "APPEAL_DISMISSED_NOTIFIED", appealNotifiedOn: "2027-07-29", pendingStep: null, allowedActions: [] });
  });

  it("HAB-8: an appeal after 30 working days is refused and nothing is written", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "NOTIFIED_REFUSED");
    h.clock.set("2027-06-04");
    const late = await h.run(AppealDecisionDocument, { application: id, grounds: "Tardif" }, mandataire);
    expect(errorCode(late)).toBe("BAD_USER_INPUT");
    expect(late.errors![0].message).toMatch(/2027-06-03/);
    expect((await h.run(ApplicationDocument, { id }, mandataire)).data!.application!.status).toBe("NOTIFIED_REFUSED");
  });

  it("HAB-5: accepting with a criterion not met, or refusing with all met, is refused", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "OPINION_ISSUED");
    h.clock.set(SCENARIO.meeting);
    const accept = await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments(["QUALITY_ASSURANCE"]) }, decider);
    expect(errorCode(accept)).toBe("BAD_USER_INPUT");
    const refuse = await h.run(DecideApplicationDocument, { application: id, outcome: "REFUSE", assessments: assessments() }, decider);
    expect(errorCode(refuse)).toBe("BAD_USER_INPUT");
    const missing = await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments().slice(1) }, decider);
    expect(errorCode(missing)).toBe("BAD_USER_INPUT");
  });

  it("HAB-5: the decision is taken at the meeting, not before it", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "OPINION_ISSUED");
    h.clock.set("2027-04-12");
    expect(errorCode(await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments() }, decider))).toBe("BAD_USER_INPUT");
  });

  it("INS-2: staff and providers instruct and give opinions, but never decide", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "OPINION_ISSUED");
    h.clock.set(SCENARIO.meeting);
    for (const who of [staff, provider]) {
      const result = await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments() }, who);
      expect(errorCode(result)).toBe("FORBIDDEN");
      expect(result.errors![0].message).toMatch(/ne décident jamais/);
    }
  });

  it("HAB-4: an opinion later than 5 working days before the meeting is refused", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "UNDER_INSTRUCTION");
    h.clock.set("2027-04-07");
    const late = await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, provider);
    expect(errorCode(late)).toBe("BAD_USER_INPUT");
    expect(late.errors![0].message).toMatch(/2027-04-06/);
    h.clock.set("2027-04-06");
    expect((await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, provider)).errors).toBeUndefined();
  });

  it("HAB-4: an audition convocation less than 8 working days ahead is refused", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "UNDER_INSTRUCTION");
    h.clock.set("2027-03-11");
    const late = await h.run(ScheduleAuditionDocument, { application: id, auditionOn: SCENARIO.audition }, staff);
    expect(errorCode(late)).toBe("BAD_USER_INPUT");
    expect(late.errors![0].message).toMatch(/2027-03-10/);
  });

  it("HAB-4: the opinion is reasoned on every criterion, with a reason each, all problems listed", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "UNDER_INSTRUCTION");
    h.clock.set(SCENARIO.opinion);
    const bad = [...assessments().slice(0, 3), { criterionCode: "SUPPORT", met: true, reason: "doublon" }, { criterionCode: "INCONNU", met: true, reason: "x" }];
    bad[0] = { ...bad[0], reason: "  " };
    const result = await h.run(IssueOpinionDocument, { application: id, assessments: bad }, provider);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    const kinds = (result.errors![0].extensions!.problems as { kind: string }[]).map((p) => p.kind).sort();
    expect(kinds).toEqual(["BLANK_REASON", "DUPLICATED", "MISSING", "MISSING", "UNKNOWN"]);
  });

  it("HAB-3: an incomplete file is not instructed", async () => {
    await clearBetaApplications(h);
    const { campaign, meeting } = await certifProCampaign(h);
    const id = await applicationIn(h, "FILED", { campaign, meeting });
    h.clock.set(SCENARIO.instruction);
    const result = await h.run(StartInstructionDocument, { application: id, meeting }, provider);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/complète/);
  });

  it("HAB-4: instruction needs a meeting that leaves time for the opinion", async () => {
    await clearBetaApplications(h);
    const { campaign, meeting } = await certifProCampaign(h);
    const id = await applicationIn(h, "COMPLETE", { campaign, meeting });
    h.clock.set("2027-04-07");
    expect(errorCode(await h.run(StartInstructionDocument, { application: id, meeting }, provider))).toBe("BAD_USER_INPUT");
  });

  it("HAB-2: one application per SIREN and Instance at a time; a double filing is refused and nothing is written", async () => {
    await clearBetaApplications(h);
    const { campaign, meeting } = await certifProCampaign(h);
    const id = await applicationIn(h, "FILED", { campaign, meeting });
    expect(errorCode(await h.run(CreateApplicationDocument, { organism: BETA, campaign }, mandataire))).toBe("CONFLICT");
    const journalBefore = await journalOf(id);
    expect(errorCode(await h.run(FileApplicationDocument, { application: id }, mandataire))).toBe("BAD_USER_INPUT");
    expect(await journalOf(id)).toEqual(journalBefore);
  });

  it("HAB-2: filing outside the campaign is refused", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "DRAFT");
    h.clock.set("2027-07-01");
    const result = await h.run(FileApplicationDocument, { application: id }, mandataire);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/close/);
  });

  it("the organism may withdraw its application before it is complete, not after", async () => {
    await clearBetaApplications(h);
    const draft = await applicationIn(h, "DRAFT");
    expect((await h.run(WithdrawApplicationDocument, { application: draft }, { email: DEMO.betaAdmin })).data!.withdrawApplication.status).toBe("WITHDRAWN_BY_APPLICANT");
    const complete = await applicationIn(h, "COMPLETE");
    expect(errorCode(await h.run(WithdrawApplicationDocument, { application: complete }, mandataire))).toBe("BAD_USER_INPUT");
  });

  it("INS-3: another Instance sees nothing of the file and cannot act on it", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "FILED");
    expect((await h.run(ApplicationDocument, { id }, { email: DEMO.propreteDecider })).data!.application).toBeNull();
    expect((await h.run(ApplicationDocument, { id }, { email: DEMO.alphaAdmin })).data!.application).toBeNull();
    expect(errorCode(await h.run(DeclareCompleteDocument, { application: id }, { email: DEMO.propreteStaff }))).toBe("FORBIDDEN");
  });

  it("CTX-4: an application to a CPNE concerns its professional field; CTX-3 adds its criteria; CTX-1: a CPNE without contextualisation habilitates too", async () => {
    await clearBetaApplications(h);
    h.clock.set("2026-11-02");
    const campaigns = await h.db.query("SELECT c.id FROM campaign c JOIN instance i ON i.id = c.instance_id WHERE i.code = 'CPNE_PROPRETE'");
    const created = await h.run(CreateApplicationDocument, { organism: BETA, campaign: String(campaigns[0].id) }, mandataire);
    expect(created.data!.createApplication).toMatchObject({ instanceCode: "CPNE_PROPRETE", professionalField: "Propreté et services associés" });
    const criteria = (await h.run(HabilitationCriteriaDocument, { instance: "CPNE_PROPRETE" })).data!.habilitationCriteria;
    expect(criteria.map((c) => c.code)).toEqual([
      "INTERVENANTS", "SUPPORT", "EVALUATION_APPROACH", "TRAINING_CAPACITY", "QUALITY_ASSURANCE", "PROPRETE_TERRAIN",
    ]);
    expect(criteria.at(-1)!.origin).toBe("CONTEXTUALISATION");
    const added = await h.run(AddHabilitationCriterionDocument, { instance: "CPNE_PROPRETE", code: "HORAIRES_DECALES", label: "Proposer des évaluations compatibles avec les horaires décalés du secteur" }, { email: DEMO.propreteDecider });
    expect(added.data!.addHabilitationCriterion).toHaveLength(7);
    expect(errorCode(await h.run(AddHabilitationCriterionDocument, { instance: "CERTIF_PRO", code: "X_Y", label: "x" }, decider))).toBe("BAD_USER_INPUT");
    const metallurgie = await h.db.query(
      "INSERT INTO campaign (instance_id, certification_code, name, opens_on, closes_on) SELECT id, 'CLEA_MANAGEMENT', 'Campagne métallurgie', '2026-10-01', '2027-05-31' FROM instance WHERE code = 'CPNE_METALLURGIE'",
    );
    // "déléguer ... aux CPNE (ayant contextualisé ou non le référentiel)": under the base referential, in its field.
    const toMetallurgie = await h.run(CreateApplicationDocument, { organism: BETA, campaign: String(metallurgie.insertId) }, mandataire);
    expect(toMetallurgie.errors).toBeUndefined();
    expect(toMetallurgie.data!.createApplication).toMatchObject({ instanceCode: "CPNE_METALLURGIE", professionalField: "Métallurgie" });
  });
});

describe("the deadline catalogue", () => {
  it("HAB-8: every deadline of the rules is served with its unit and anchor, in working or calendar days", async () => {
    const rules = (await h.run(DeadlineRulesDocument)).data!.deadlineRules;
    expect(rules.find((r) => r.id === "HAB_APPEAL_FILING")).toMatchObject({ rule: "HAB-8", amount: 30, unit: "WORKING_DAYS", direction: "AFTER", anchor: "notification" });
    expect(rules.find((r) => r.id === "HAB_OPINION_BEFORE_MEETING")).toMatchObject({ rule: "HAB-4", amount: 5, direction: "BEFORE" });
    expect(rules.find((r) => r.id === "FEE_PAYMENT")).toMatchObject({ amount: 45, unit: "CALENDAR_DAYS" });
  });
});

describe("after review: the files never get stuck, and the guards hold", () => {
  it("HAB-4: a file whose opinion cannot be settled in time moves to a later meeting, and its audition is dropped", async () => {
    await clearBetaApplications(h);
    const { campaign, meeting, laterMeeting } = await certifProCampaign(h);
    const id = await applicationIn(h, "AUDITION_SCHEDULED", { campaign, meeting });
    h.clock.set("2027-04-07");
    expect(errorCode(await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, provider))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.run(RescheduleInstructionDocument, { application: id, meeting }, staff))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.run(RescheduleInstructionDocument, { application: id, meeting: laterMeeting }, mandataire))).toBe("FORBIDDEN");
    const moved = (await h.run(RescheduleInstructionDocument, { application: id, meeting: laterMeeting }, staff)).data!.rescheduleInstruction;
    expect(moved).toMatchObject({ status: "UNDER_INSTRUCTION", meetingOn: SCENARIO.laterMeeting, auditionOn: null, pendingStep: { dueOn: "2027-06-22" } });
    expect((await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, provider)).data!.issueOpinion.status).toBe("OPINION_ISSUED");
  });

  it("HAB-4: the audition comes before the opinion's deadline, and the opinion after the audition", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "UNDER_INSTRUCTION");
    h.clock.set(SCENARIO.convocation);
    const tooLate = await h.run(ScheduleAuditionDocument, { application: id, auditionOn: "2027-04-09" }, staff);
    expect(errorCode(tooLate)).toBe("BAD_USER_INPUT");
    expect(tooLate.errors![0].message).toMatch(/2027-04-06/);
    await h.run(ScheduleAuditionDocument, { application: id, auditionOn: SCENARIO.audition }, staff);
    h.clock.set("2027-03-19");
    expect(errorCode(await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, provider))).toBe("BAD_USER_INPUT");
  });

  it("HAB-5: after a dismissed appeal, the candidate reapplies at the next campaign, not the same one", async () => {
    await clearBetaApplications(h);
    const { campaign, meeting } = await certifProCampaign(h);
    await applicationIn(h, "APPEAL_DISMISSED", { campaign, meeting });
    h.clock.set("2027-05-10");
    const again = await h.run(CreateApplicationDocument, { organism: BETA, campaign }, mandataire);
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
    expect(again.errors![0].message).toMatch(/campagne suivante/);
  });

  it("HAB-6: a renunciation cannot precede the habilitation", async () => {
    await clearBetaApplications(h);
    await applicationIn(h, "NOTIFIED_ACCEPTED");
    const [row] = await h.db.query("SELECT h.id FROM habilitation h JOIN organism o ON o.id = h.organism_id WHERE o.siren = ?", [BETA]);
    h.clock.set("2027-05-03");
    const early = await h.run(RenounceHabilitationDocument, { habilitation: String(row.id), noticeSentOn: "2020-01-01" }, mandataire);
    expect(errorCode(early)).toBe("BAD_USER_INPUT");
    expect((await h.run(HabilitationsDocument, {})).errors).toBeUndefined();
  });

  it("HAB-5: decisions are public, their reasons are not", async () => {
    const [row] = await h.db.query("SELECT h.id FROM habilitation h JOIN organism o ON o.id = h.organism_id WHERE o.siren = ?", [BETA]);
    h.clock.set("2027-05-04");
    const notice = { failings: ["Manquement interne"], suspension: true, withdrawalOn: "2027-07-30" };
    const opened = (await h.run(OpenComplianceProcedureDocument, { habilitation: String(row.id), finding: "Motif interne", notice }, { email: DEMO.certifProDecider })).data!
      .openComplianceProcedure;
    await h.run(NotifyFormalNoticeDocument, { procedure: opened.id }, { email: DEMO.certifProStaff });
    const anonymous = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes[0];
    expect(anonymous.suspensions).toEqual([{ startsOn: "2027-05-04", endsOn: null }]);
    expect(JSON.stringify(anonymous)).not.toMatch(/Motif interne|Manquement interne/);
    expect(errorCode(await h.run(ComplianceProcedureDocument, { id: opened.id }))).toBe("FORBIDDEN");
    const organism = (await h.run(ComplianceProcedureDocument, { id: opened.id }, mandataire)).data!.complianceProcedure;
    expect(organism.finding).toBe("Motif interne");
  });

  it("INS-1: a CPNE without Certif Pro's delegation for a certification sets no campaign for it", async () => {
    const result = await h.run(
      CreateCampaignDocument,
      { input: { instance: "CPNE_PROPRETE", certification: "CLEA", name: "Campagne CléA", opensOn: "2027-01-04", closesOn: "2027-03-31", meetings: ["2027-03-30"] } },
      { email: DEMO.propreteDecider },
    );
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/délégation/);
  });

  it("a variable of the wrong type is BAD_USER_INPUT, not an internal error", async () => {
    const result = await h.run("query($f: Int) { applications(first: $f) { totalCount } }", { f: "abc" } as never, staff);
    expect(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"]).toContain(errorCode(result));
    expect(result.status).toBe(400);
  });
});
