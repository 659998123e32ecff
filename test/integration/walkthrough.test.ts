import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AcknowledgeAppealDocument,
  AppealDecisionDocument,
  ApplicationDocument,
  CreateApplicationDocument,
  CreateCampaignDocument,
  DeclareCompleteDocument,
  DecideAppealDocument,
  DecideApplicationDocument,
  EvaluationRightDocument,
  FileApplicationDocument,
  HabilitationsDocument,
  IssueOpinionDocument,
  NotifyDecisionDocument,
  ScheduleAppealDecisionDocument,
  ScheduleAuditionDocument,
  StartInstructionDocument,
} from "../generated/graphql";
import { assessments, clearBetaApplications } from "../support/applications";
import { ALPHA, BETA } from "../support/identifiers";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  base = h.url.replace(/\/graphql$/, "");
  await clearBetaApplications(h);
});
afterAll(async () => h.close());

/** Moves the server's date over HTTP, as a portal's integration tests or a demonstration would. */
async function today(date: string): Promise<void> {
  const response = await fetch(`${base}/dev/clock`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ today: date }) });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ today: date });
}

function ok<T>(result: { data?: T | null; errors?: unknown }): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function campaign(instance: string, decider: string, meetings: string[], notificationWorkingDays?: number) {
  const created = ok(
    await h.run(
      CreateCampaignDocument,
      { input: { instance, certification: "CLEA_MANAGEMENT", name: `Parcours ${instance} ${meetings[0]}`, opensOn: "2027-03-01", closesOn: "2027-06-30", meetings, notificationWorkingDays } },
      { email: decider },
    ),
  ).createCampaign;
  return { id: created.id, meetings: created.meetings.map((m) => m.id) };
}

const as = (email: string) => ({ email });

describe("walking whole files over HTTP with the development clock", () => {
  it("the development clock is read and moved over HTTP, and the journal's dates follow it", async () => {
    const read = await fetch(`${base}/dev/clock`);
    expect(read.status).toBe(200);
    await today("2027-03-01");
    expect(await (await fetch(`${base}/dev/clock`)).json()).toEqual({ today: "2027-03-01" });
    const refused = await fetch(`${base}/dev/clock`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ today: "1er mars" }) });
    expect(refused.status).toBe(400);
    expect(await (await fetch(`${base}/dev/clock`)).json()).toEqual({ today: "2027-03-01" });
  });

  it("HAB-2…HAB-6: a Certif Pro file from creation to an active habilitation, over Ascension and Whit Monday 2027", async () => {
    const { id: campaignId, meetings } = await campaign("CERTIF_PRO", DEMO.certifProDecider, ["2027-05-20", "2027-07-06"]);
    await today("2027-03-15");
    const id = ok(await h.run(CreateApplicationDocument, { organism: BETA, campaign: campaignId }, as(DEMO.gammaMandataire))).createApplication.id;
    const filed = ok(await h.run(FileApplicationDocument, { application: id }, as(DEMO.gammaMandataire))).fileApplication;
    expect(filed).toMatchObject({ status: "FILED", filedOn: "2027-03-15", receiptNumber: expect.stringMatching(/^CERTIF_PRO-2027-/), pendingStep: null });

    await today("2027-03-16");
    ok(await h.run(DeclareCompleteDocument, { application: id }, as(DEMO.certifProStaff)));
    await today("2027-04-01");
    const instructed = ok(await h.run(StartInstructionDocument, { application: id, meeting: meetings[0] }, as(DEMO.certifProProvider))).startInstruction;
    // HAB-4: 5 working days before Thursday 20 May 2027, Whit Monday 17 May skipped.
    expect(instructed.pendingStep).toMatchObject({ rule: "HAB_OPINION_BEFORE_MEETING", dueOn: "2027-05-12", overdue: false });
    expect(instructed.allowedActions).toEqual(["SCHEDULE_AUDITION", "ISSUE_OPINION", "RESCHEDULE"]);

    await today("2027-04-20");
    // HAB-4: the convocation is sent at least 8 working days before the audition of 4 May 2027.
    const convened = ok(await h.run(ScheduleAuditionDocument, { application: id, auditionOn: "2027-05-04" }, as(DEMO.certifProStaff))).scheduleAudition;
    expect(convened).toMatchObject({ status: "AUDITION_SCHEDULED", convocationOn: "2027-04-20", pendingStep: { dueOn: "2027-05-12" } });

    await today("2027-05-11");
    const opinion = ok(await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, as(DEMO.certifProProvider))).issueOpinion;
    expect(opinion.pendingStep).toMatchObject({ rule: "HAB_DECISION_AT_MEETING", dueOn: "2027-05-20" });
    expect((await h.run(ApplicationDocument, { id }, as(DEMO.certifProDecider))).data!.application!.allowedActions).toEqual([]);

    await today("2027-05-20");
    expect((await h.run(ApplicationDocument, { id }, as(DEMO.certifProDecider))).data!.application!.allowedActions).toEqual(["DECIDE_ACCEPT", "DECIDE_REFUSE"]);
    const decided = ok(await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments() }, as(DEMO.certifProDecider))).decideApplication;
    // HAB-5: notified within 20 working days of the meeting.
    expect(decided).toMatchObject({ status: "DECIDED_ACCEPTED", decidedOn: "2027-05-20", pendingStep: { rule: "HAB_NOTIFICATION_CERTIF_PRO", dueOn: "2027-06-17" } });

    await today("2027-06-01");
    const notified = ok(await h.run(NotifyDecisionDocument, { application: id }, as(DEMO.certifProStaff))).notifyDecision;
    expect(notified).toMatchObject({ status: "NOTIFIED_ACCEPTED", notifiedOn: "2027-06-01", pendingStep: null, allowedActions: [] });
    const habilitation = ok(await h.run(HabilitationsDocument, { organism: BETA, instance: "CERTIF_PRO" })).habilitations.nodes[0];
    // HAB-6: 3 years from the notification.
    expect(habilitation).toMatchObject({ status: "ACTIVE", notifiedOn: "2027-06-01", startsOn: "2027-06-01", firstPeriodEnd: "2030-06-01", contextualised: false });
    const right = ok(await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2027-06-02" })).evaluationRight;
    expect(right).toMatchObject({ allowed: true });
  });

  it("HAB-5, CTX-4: a CPNE file, notified in the period its campaign states, habilitates under its contextualised referential", async () => {
    await today("2027-03-01");
    const { id: campaignId, meetings } = await campaign("CPNE_PROPRETE", DEMO.propreteDecider, ["2027-05-27"], 15);
    await today("2027-03-10");
    const id = ok(await h.run(CreateApplicationDocument, { organism: ALPHA, campaign: campaignId }, as(DEMO.alphaAdmin))).createApplication.id;
    ok(await h.run(FileApplicationDocument, { application: id }, as(DEMO.alphaAdmin)));
    ok(await h.run(DeclareCompleteDocument, { application: id }, as(DEMO.propreteStaff)));
    await today("2027-04-15");
    const instructed = ok(await h.run(StartInstructionDocument, { application: id, meeting: meetings[0] }, as(DEMO.propreteStaff))).startInstruction;
    // 5 working days before Thursday 27 May 2027.
    expect(instructed.pendingStep).toMatchObject({ dueOn: "2027-05-20" });
    const criteria = [...assessments(), { criterionCode: "PROPRETE_TERRAIN", met: true, reason: "Intervenants issus du secteur." }];
    ok(await h.run(IssueOpinionDocument, { application: id, assessments: criteria }, as(DEMO.propreteProvider)));
    await today("2027-05-27");
    const decided = ok(await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: criteria }, as(DEMO.propreteDecider))).decideApplication;
    // The CPNE's own calendar: 15 working days after the meeting.
    expect(decided.pendingStep).toMatchObject({ rule: "HAB_NOTIFICATION_CPNE_CALENDAR", dueOn: "2027-06-17" });
    await today("2027-06-18");
    expect((await h.run(ApplicationDocument, { id }, as(DEMO.propreteStaff))).data!.application!.pendingStep).toMatchObject({ overdue: true });
    ok(await h.run(NotifyDecisionDocument, { application: id }, as(DEMO.propreteStaff)));
    const habilitation = ok(await h.run(HabilitationsDocument, { organism: ALPHA, instance: "CPNE_PROPRETE" })).habilitations.nodes[0];
    expect(habilitation).toMatchObject({ status: "ACTIVE", startsOn: "2027-06-18", contextualised: true, professionalField: "Propreté et services associés" });
    const right = ok(await h.run(EvaluationRightDocument, { organism: ALPHA, certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE", date: "2027-06-21" })).evaluationRight;
    expect(right).toMatchObject({ allowed: true, reason: expect.stringContaining("référentiel contextualisé") });
  });

  it("HAB-8, CTX-1: a refusal by a CPNE without contextualisation, an appeal over Ascension and Whit Monday, upheld at its meeting", async () => {
    await today("2027-03-01");
    const { id: campaignId, meetings } = await campaign("CPNE_METALLURGIE", DEMO.metallurgieDecider, ["2027-04-15", "2027-06-24"], 10);
    await today("2027-03-02");
    const id = ok(await h.run(CreateApplicationDocument, { organism: BETA, campaign: campaignId }, as(DEMO.gammaMandataire))).createApplication.id;
    ok(await h.run(FileApplicationDocument, { application: id }, as(DEMO.gammaMandataire)));
    const decider = as(DEMO.metallurgieDecider);
    ok(await h.run(DeclareCompleteDocument, { application: id }, decider));
    ok(await h.run(StartInstructionDocument, { application: id, meeting: meetings[0] }, decider));
    await today("2027-04-07");
    const refusedOn = assessments(["SUPPORT"]);
    ok(await h.run(IssueOpinionDocument, { application: id, assessments: refusedOn }, decider));
    await today("2027-04-15");
    ok(await h.run(DecideApplicationDocument, { application: id, outcome: "REFUSE", assessments: refusedOn }, decider));
    await today("2027-04-22");
    const notified = ok(await h.run(NotifyDecisionDocument, { application: id }, decider)).notifyDecision;
    // HAB-8: 30 working days after 22 April 2027, Ascension (6 May) and Whit Monday (17 May) skipped.
    expect(notified).toMatchObject({ status: "NOTIFIED_REFUSED", pendingStep: { rule: "HAB_APPEAL_FILING", dueOn: "2027-06-07" } });

    await today("2027-05-03");
    const appealed = ok(await h.run(AppealDecisionDocument, { application: id, grounds: "Le référent de parcours est décrit en pièce 6." }, as(DEMO.gammaMandataire))).appealDecision;
    // Acknowledged within 10 working days of receipt: Ascension and Whit Monday skipped.
    expect(appealed.pendingStep).toMatchObject({ rule: "HAB_APPEAL_ACK", dueOn: "2027-05-19" });
    await today("2027-05-18");
    const acknowledged = ok(await h.run(AcknowledgeAppealDocument, { application: id }, decider)).acknowledgeAppeal;
    // Examined within 25 working days of receipt: Ascension and Whit Monday skipped.
    expect(acknowledged.pendingStep).toMatchObject({ rule: "HAB_APPEAL_EXAMINATION", dueOn: "2027-06-09" });
    const scheduled = ok(await h.run(ScheduleAppealDecisionDocument, { application: id, meeting: meetings[1] }, decider)).scheduleAppealDecision;
    expect(scheduled.pendingStep).toMatchObject({ rule: "HAB_APPEAL_DECISION_AT_MEETING", dueOn: "2027-06-24" });
    expect(errorCode(await h.run(DecideAppealDocument, { application: id, upheld: true, reason: "Trop tôt" }, decider))).toBe("BAD_USER_INPUT");

    await today("2027-06-24");
    const upheld = ok(await h.run(DecideAppealDocument, { application: id, upheld: true, reason: "Pièce 6 examinée : critère satisfait." }, decider)).decideAppeal;
    // The CPNE's calendar: 10 working days after the meeting.
    expect(upheld).toMatchObject({ status: "APPEAL_UPHELD", pendingStep: { rule: "HAB_NOTIFICATION_CPNE_CALENDAR", dueOn: "2027-07-08" } });
    await today("2027-07-01");
    ok(await h.run(NotifyDecisionDocument, { application: id }, decider));
    const habilitation = ok(await h.run(HabilitationsDocument, { organism: BETA, instance: "CPNE_METALLURGIE" })).habilitations.nodes[0];
    expect(habilitation).toMatchObject({ status: "ACTIVE", startsOn: "2027-07-01", contextualised: false, professionalField: "Métallurgie" });
    const right = ok(await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", context: "CPNE_METALLURGIE", date: "2027-07-02" })).evaluationRight;
    expect(right).toMatchObject({ allowed: true, reason: expect.stringContaining("référentiel non contextualisé, dans son champ professionnel (champ « Métallurgie »)") });
  });
});
