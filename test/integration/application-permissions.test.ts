import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AcknowledgeAppealDocument,
  AddHabilitationCriterionDocument,
  AppealDecisionDocument,
  CreateApplicationDocument,
  CreateCampaignDocument,
  DeclareCompleteDocument,
  DecideAppealDocument,
  DecideApplicationDocument,
  FileApplicationDocument,
  IssueOpinionDocument,
  NotifyDecisionDocument,
  ProvideComplementDocument,
  RecordRenunciationReceiptDocument,
  RenounceHabilitationDocument,
  ScheduleAppealDecisionDocument,
  StateChangesSinceRefusalDocument,
  RequestComplementDocument,
  ScheduleAuditionDocument,
  StartInstructionDocument,
  WithdrawApplicationDocument,
  type ApplicationStatus,
} from "../generated/graphql";
import { applicationIn, assessments, BETA, certifProCampaign, clearBetaApplications, SCENARIO } from "../support/applications";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

/** Every application and habilitation mutation against anonymous and every demo role (INS-1, INS-2, HAB-2). */

type Role = keyof typeof DEMO | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[])];
const as = (role: Role) => (role === "anonymous" ? undefined : { email: DEMO[role] });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const ORGANISM: Role[] = ["betaAdmin", "gammaMandataire"];
const INSTANCE_SIDE: Role[] = ["certifProDecider", "certifProStaff", "certifProProvider"];
const DECIDER: Role[] = ["certifProDecider"];

const counts = async () =>
  (await h.db.query(
    `SELECT (SELECT COUNT(*) FROM application) a, (SELECT COALESCE(SUM(row_version), 0) FROM application) av,
            (SELECT COUNT(*) FROM habilitation) h, (SELECT COALESCE(SUM(row_version), 0) FROM habilitation) hv,
            (SELECT COUNT(*) FROM campaign) c,
            (SELECT COUNT(*) FROM instance_criterion) k, (SELECT COUNT(*) FROM journal_entry) j`,
  ))[0];

const inState = (state: ApplicationStatus, clock: string) => async () => {
  await clearBetaApplications(h);
  const id = await applicationIn(h, state);
  h.clock.set(clock);
  return id;
};

async function laterMeetingOf(applicationId: string): Promise<string> {
  const [row] = await h.db.query("SELECT m.id FROM meeting m JOIN application a ON a.campaign_id = m.campaign_id WHERE a.id = ? ORDER BY m.meets_on DESC LIMIT 1", [applicationId]);
  return String(row.id);
}

async function betaHabilitation(): Promise<string> {
  await inState("NOTIFIED_ACCEPTED", SCENARIO.notification)();
  const [row] = await h.db.query("SELECT h.id FROM habilitation h JOIN organism o ON o.id = h.organism_id WHERE o.siren = ?", [BETA]);
  h.clock.set("2027-05-20");
  return String(row.id);
}

interface Case {
  allowed: Role[];
  prepare(): Promise<string>;
  call(role: Role, id: string): Promise<{ errors?: { extensions?: { code?: unknown } }[] }>;
}

let criterionCounter = 0;
const MATRIX: Record<string, Case> = {
  createCampaign: {
    allowed: DECIDER,
    prepare: async () => "",
    call: (role) =>
      h.run(CreateCampaignDocument, { input: { instance: "CERTIF_PRO", certification: "CLEA_MANAGEMENT", name: "Campagne matrice", opensOn: "2027-09-01", closesOn: "2027-12-15", meetings: ["2027-12-14"] } }, as(role)),
  },
  addHabilitationCriterion: {
    allowed: ["propreteDecider"],
    prepare: async () => String((criterionCounter += 1)),
    call: (role, n) => h.run(AddHabilitationCriterionDocument, { instance: "CPNE_PROPRETE", code: `MATRICE_${n}`, label: "Critère de la matrice" }, as(role)),
  },
  createApplication: {
    allowed: ORGANISM,
    prepare: async () => {
      await clearBetaApplications(h);
      h.clock.set(SCENARIO.filing);
      return (await certifProCampaign(h)).campaign;
    },
    call: (role, campaign) => h.run(CreateApplicationDocument, { organism: BETA, campaign }, as(role)),
  },
  fileApplication: { allowed: ORGANISM, prepare: inState("DRAFT", SCENARIO.filing), call: (r, id) => h.run(FileApplicationDocument, { application: id }, as(r)) },
  requestComplement: { allowed: INSTANCE_SIDE, prepare: inState("FILED", "2027-03-02"), call: (r, id) => h.run(RequestComplementDocument, { application: id, request: "CV manquants" }, as(r)) },
  provideComplement: { allowed: ORGANISM, prepare: inState("COMPLEMENT_REQUESTED", "2027-03-03"), call: (r, id) => h.run(ProvideComplementDocument, { application: id, note: "CV joints" }, as(r)) },
  declareComplete: { allowed: INSTANCE_SIDE, prepare: inState("FILED", "2027-03-02"), call: (r, id) => h.run(DeclareCompleteDocument, { application: id }, as(r)) },
  startInstruction: {
    allowed: INSTANCE_SIDE,
    prepare: inState("COMPLETE", SCENARIO.instruction),
    call: async (r, id) => {
      const [row] = await h.db.query("SELECT m.id FROM meeting m JOIN application a ON a.campaign_id = m.campaign_id WHERE a.id = ? ORDER BY m.meets_on LIMIT 1", [id]);
      return h.run(StartInstructionDocument, { application: id, meeting: String(row.id) }, as(r));
    },
  },
  scheduleAudition: { allowed: INSTANCE_SIDE, prepare: inState("UNDER_INSTRUCTION", SCENARIO.convocation), call: (r, id) => h.run(ScheduleAuditionDocument, { application: id, auditionOn: SCENARIO.audition }, as(r)) },
  issueOpinion: { allowed: INSTANCE_SIDE, prepare: inState("UNDER_INSTRUCTION", SCENARIO.opinion), call: (r, id) => h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, as(r)) },
  decideApplication: {
    allowed: DECIDER,
    prepare: inState("OPINION_ISSUED", SCENARIO.meeting),
    call: (r, id) => h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments() }, as(r)),
  },
  notifyDecision: { allowed: INSTANCE_SIDE, prepare: inState("DECIDED_ACCEPTED", SCENARIO.notification), call: (r, id) => h.run(NotifyDecisionDocument, { application: id }, as(r)) },
  appealDecision: { allowed: ORGANISM, prepare: inState("NOTIFIED_REFUSED", SCENARIO.appeal), call: (r, id) => h.run(AppealDecisionDocument, { application: id, grounds: "Pièce 4 non examinée." }, as(r)) },
  acknowledgeAppeal: { allowed: INSTANCE_SIDE, prepare: inState("APPEALED", SCENARIO.appealAcknowledgement), call: (r, id) => h.run(AcknowledgeAppealDocument, { application: id }, as(r)) },
  scheduleAppealDecision: {
    allowed: INSTANCE_SIDE,
    prepare: async () => {
      const id = await inState("APPEALED", SCENARIO.appealAcknowledgement)();
      await h.run(AcknowledgeAppealDocument, { application: id }, { email: DEMO.certifProStaff });
      return id;
    },
    call: async (r, id) => h.run(ScheduleAppealDecisionDocument, { application: id, meeting: await laterMeetingOf(id) }, as(r)),
  },
  decideAppeal: {
    allowed: DECIDER,
    prepare: async () => {
      const id = await inState("APPEALED", SCENARIO.appealAcknowledgement)();
      await h.run(AcknowledgeAppealDocument, { application: id }, { email: DEMO.certifProStaff });
      await h.run(ScheduleAppealDecisionDocument, { application: id, meeting: await laterMeetingOf(id) }, { email: DEMO.certifProStaff });
      h.clock.set(SCENARIO.appealDecision);
      return id;
    },
    call: (r, id) => h.run(DecideAppealDocument, { application: id, upheld: false, reason: "Motifs déjà examinés." }, as(r)),
  },
  stateChangesSinceRefusal: {
    allowed: ORGANISM,
    prepare: async () => {
      await inState("NOTIFIED_REFUSED", SCENARIO.notification)();
      const next = await certifProCampaign(h);
      h.clock.set(SCENARIO.filing);
      const created = await h.run(CreateApplicationDocument, { organism: BETA, campaign: next.campaign }, { email: DEMO.gammaMandataire });
      return created.data!.createApplication.id;
    },
    call: (r, id) => h.run(StateChangesSinceRefusalDocument, { application: id, changes: [{ criterionCode: "SUPPORT", description: "Un référent suit chaque candidat." }] }, as(r)),
  },
  withdrawApplication: { allowed: ORGANISM, prepare: inState("FILED", "2027-03-02"), call: (r, id) => h.run(WithdrawApplicationDocument, { application: id }, as(r)) },
  renounceHabilitation: {
    allowed: ORGANISM,
    prepare: betaHabilitation,
    call: (r, id) => h.run(RenounceHabilitationDocument, { habilitation: id, noticeSentOn: "2027-05-18" }, as(r)),
  },
  recordRenunciationReceipt: {
    allowed: INSTANCE_SIDE,
    prepare: async () => {
      const id = await betaHabilitation();
      await h.run(RenounceHabilitationDocument, { habilitation: id, noticeSentOn: "2027-05-18" }, { email: DEMO.betaAdmin });
      return id;
    },
    call: (r, id) => h.run(RecordRenunciationReceiptDocument, { habilitation: id, noticeReceivedOn: "2027-05-19" }, as(r)),
  },
};

describe("application and habilitation permission matrix: every mutation × every role", () => {
  for (const [mutation, spec] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      const allowed = spec.allowed.includes(role);
      it(`INS-1/INS-2/HAB-2: ${mutation} as ${role} is ${allowed ? "allowed" : "refused with FORBIDDEN"}`, async () => {
        const id = await spec.prepare();
        const before = await counts();
        const result = await spec.call(role, id);
        if (allowed) {
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
          expect(await counts()).not.toEqual(before);
        } else {
          expect(errorCode(result), JSON.stringify(result.errors)).toBe("FORBIDDEN");
          expect(await counts()).toEqual(before);
        }
      });
    }
  }
});
