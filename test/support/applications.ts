import {
  AcknowledgeAppealDocument,
  AppealDecisionDocument,
  CreateApplicationDocument,
  CreateCampaignDocument,
  DeclareCompleteDocument,
  DecideAppealDocument,
  DecideApplicationDocument,
  FileApplicationDocument,
  IssueOpinionDocument,
  NotifyDecisionDocument,
  RequestComplementDocument,
  ScheduleAppealDecisionDocument,
  ScheduleAuditionDocument,
  StartInstructionDocument,
  type ApplicationStatus,
  type CriterionAssessmentInput,
} from "../generated/graphql";
import { DEMO, type Harness } from "./harness";
import { clearBetaOversight } from "./oversight";

/** A fixed calendar, so deadlines are checked on known dates (Easter Monday 2027 is 29 March, Ascension 6 May). */
export const SCENARIO = {
  opensOn: "2027-02-01",
  closesOn: "2027-06-30",
  meeting: "2027-04-13",
  laterMeeting: "2027-06-29",
  filing: "2027-03-01",
  instruction: "2027-03-05",
  convocation: "2027-03-08",
  audition: "2027-03-22",
  opinion: "2027-03-30",
  notification: "2027-04-20",
  appeal: "2027-04-27",
  appealAcknowledgement: "2027-05-03",
  /** The appeal is decided at the Instance's next meeting: the campaign's later one. */
  appealDecision: "2027-06-29",
};

import { BETA } from "./identifiers";

export { BETA };
export const CONVENTION_CODES = ["INTERVENANTS", "SUPPORT", "EVALUATION_APPROACH", "TRAINING_CAPACITY", "QUALITY_ASSURANCE"];

export const assessments = (unmet: string[] = []): CriterionAssessmentInput[] =>
  CONVENTION_CODES.map((criterionCode) => ({
    criterionCode,
    met: !unmet.includes(criterionCode),
    reason: unmet.includes(criterionCode) ? "Les justificatifs fournis ne couvrent pas tous les domaines." : "Critère satisfait au vu des pièces.",
  }));

let campaignCounter = 0;

export async function certifProCampaign(h: Harness): Promise<{ campaign: string; meeting: string; laterMeeting: string }> {
  campaignCounter += 1;
  const result = await h.run(
    CreateCampaignDocument,
    {
      input: {
        instance: "CERTIF_PRO",
        certification: "CLEA_MANAGEMENT",
        name: `Campagne de test ${campaignCounter}`,
        opensOn: SCENARIO.opensOn,
        closesOn: SCENARIO.closesOn,
        meetings: [SCENARIO.meeting, SCENARIO.laterMeeting],
      },
    },
    { email: DEMO.certifProDecider },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const { id, meetings } = result.data!.createCampaign;
  return { campaign: id, meeting: meetings[0].id, laterMeeting: meetings[1].id };
}

/** Removes the applications of Beta (the demo organism the tests file for), and what hangs off them. */
export async function clearBetaApplications(h: Harness): Promise<void> {
  const beta = "(SELECT id FROM organism WHERE siren = '841234560')";
  await clearBetaOversight(h);
  await h.db.query(`DELETE FROM habilitation WHERE organism_id = ${beta}`);
  await h.db.query(`DELETE a FROM application_assessment a JOIN application x ON x.id = a.application_id WHERE x.organism_id = ${beta}`);
  await h.db.query(`DELETE c FROM application_change c JOIN application x ON x.id = c.application_id WHERE x.organism_id = ${beta}`);
  await h.db.query(`DELETE FROM application WHERE organism_id = ${beta}`);
}

/** Drives a fresh application of Beta (filed by its Mandataire) to the state asked, through the API. */
export async function applicationIn(
  h: Harness,
  target: ApplicationStatus,
  campaign?: { campaign: string; meeting: string; laterMeeting?: string },
): Promise<string> {
  const { campaign: campaignId, meeting, laterMeeting } = campaign ?? (await certifProCampaign(h));
  const as = {
    organism: { email: DEMO.gammaMandataire },
    staff: { email: DEMO.certifProStaff },
    provider: { email: DEMO.certifProProvider },
    decider: { email: DEMO.certifProDecider },
  };
  const must = async (promise: Promise<{ errors?: unknown }>) => {
    const result = await promise;
    if (result.errors) throw new Error(`${target}: ${JSON.stringify(result.errors)}`);
  };
  h.clock.set(SCENARIO.filing);
  const created = await h.run(CreateApplicationDocument, { organism: BETA, campaign: campaignId }, as.organism);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data!.createApplication.id;
  if (target === "DRAFT") return id;
  if (target === "WITHDRAWN_BY_APPLICANT") return id;
  await must(h.run(FileApplicationDocument, { application: id }, as.organism));
  if (target === "FILED") return id;
  if (target === "COMPLEMENT_REQUESTED") {
    await must(h.run(RequestComplementDocument, { application: id, request: "Joindre les CV des évaluateurs." }, as.staff));
    return id;
  }
  await must(h.run(DeclareCompleteDocument, { application: id }, as.staff));
  if (target === "COMPLETE") return id;
  h.clock.set(SCENARIO.instruction);
  await must(h.run(StartInstructionDocument, { application: id, meeting }, as.provider));
  if (target === "UNDER_INSTRUCTION") return id;
  if (target === "AUDITION_SCHEDULED") {
    h.clock.set(SCENARIO.convocation);
    await must(h.run(ScheduleAuditionDocument, { application: id, auditionOn: SCENARIO.audition }, as.staff));
    return id;
  }
  const refuse = ["DECIDED_REFUSED", "NOTIFIED_REFUSED", "APPEALED", "APPEAL_UPHELD", "APPEAL_DISMISSED", "APPEAL_DISMISSED_NOTIFIED"].includes(target);
  h.clock.set(SCENARIO.opinion);
  await must(h.run(IssueOpinionDocument, { application: id, assessments: assessments(refuse ? ["SUPPORT"] : []) }, as.provider));
  if (target === "OPINION_ISSUED") return id;
  h.clock.set(SCENARIO.meeting);
  await must(h.run(DecideApplicationDocument, { application: id, outcome: refuse ? "REFUSE" : "ACCEPT", assessments: assessments(refuse ? ["SUPPORT"] : []) }, as.decider));
  if (target === "DECIDED_ACCEPTED" || target === "DECIDED_REFUSED") return id;
  h.clock.set(SCENARIO.notification);
  await must(h.run(NotifyDecisionDocument, { application: id }, as.staff));
  if (target === "NOTIFIED_ACCEPTED" || target === "NOTIFIED_REFUSED") return id;
  h.clock.set(SCENARIO.appeal);
  await must(h.run(AppealDecisionDocument, { application: id, grounds: "L'accompagnement est décrit en pièce 4, que l'avis n'a pas examinée." }, as.organism));
  if (target === "APPEALED") return id;
  h.clock.set(SCENARIO.appealAcknowledgement);
  await must(h.run(AcknowledgeAppealDocument, { application: id }, as.staff));
  const appealMeeting = laterMeeting ?? String((await h.db.query("SELECT id FROM meeting WHERE campaign_id = ? ORDER BY meets_on DESC LIMIT 1", [campaignId]))[0].id);
  await must(h.run(ScheduleAppealDecisionDocument, { application: id, meeting: appealMeeting }, as.staff));
  h.clock.set(SCENARIO.appealDecision);
  await must(h.run(DecideAppealDocument, { application: id, upheld: target === "APPEAL_UPHELD", reason: "Pièce 4 examinée." }, as.decider));
  if (target === "APPEAL_DISMISSED_NOTIFIED") {
    h.clock.set("2027-07-05");
    await must(h.run(NotifyDecisionDocument, { application: id }, as.staff));
  }
  return id;
}
