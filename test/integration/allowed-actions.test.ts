import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AcknowledgeAppealDocument,
  AppealDecisionDocument,
  ApplicationDocument,
  ApplicationInputsDocument,
  ApplicationsDocument,
  CampaignsDocument,
  DeclareCompleteDocument,
  DecideAppealDocument,
  DecideApplicationDocument,
  FileApplicationDocument,
  IssueOpinionDocument,
  NotifyDecisionDocument,
  ProvideComplementDocument,
  RequestComplementDocument,
  RescheduleInstructionDocument,
  ScheduleAppealDecisionDocument,
  ScheduleAuditionDocument,
  StartInstructionDocument,
  WithdrawApplicationDocument,
  type ApplicationAction,
} from "../generated/graphql";
import { addCalendarDays } from "../../src/common/calendar/working-days";
import { DEMO, startHarness, type Harness } from "../support/harness";
import { SAMPLE_MANDATAIRE } from "../../seeds/demo/sample-files";

/**
 * `allowedActions` is true: every action it offers succeeds if called now with valid input. Held for every file of
 * the demo (one in each state, for Certif Pro and for the CPNE Propreté), on several days around its meetings, for
 * the organism's Mandataire, the Instance's staff and its decision maker. After each action the file is put back as
 * it was, so each offered action is tried from the same state.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ samples: true });
}, 240_000);
afterAll(async () => h.close());

const ACTORS = {
  CERTIF_PRO: [SAMPLE_MANDATAIRE, DEMO.certifProStaff, DEMO.certifProDecider],
  CPNE_PROPRETE: [SAMPLE_MANDATAIRE, DEMO.propreteStaff, DEMO.propreteDecider],
} as const;

type Result = { errors?: { message: string }[] };

async function snapshot(id: string) {
  const [application] = await h.db.query("SELECT * FROM application WHERE id = ?", [id]);
  const assessments = await h.db.query("SELECT * FROM application_assessment WHERE application_id = ?", [id]);
  return async () => {
    const { id: _id, open_slot: _slot, created_at: _created, updated_at: _updated, ...columns } = application;
    await h.db.query(`UPDATE application SET ${Object.keys(columns).map((c) => `${c} = ?`).join(", ")} WHERE id = ?`, [...Object.values(columns), id]);
    await h.db.query("DELETE FROM application_assessment WHERE application_id = ?", [id]);
    for (const row of assessments) {
      await h.db.query(`INSERT INTO application_assessment (${Object.keys(row).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`, Object.values(row));
    }
    await h.db.query("DELETE FROM habilitation WHERE application_id = ?", [id]);
  };
}

/** Valid inputs for an action, tried in turn: it succeeds if any of them does. */
async function attempts(action: ApplicationAction, id: string, email: string): Promise<(() => Promise<Result>)[]> {
  const as = { email };
  const application = (await h.run(ApplicationInputsDocument, { id }, as)).data!.application!;
  const all = (met: boolean) => application.criteria.map((c, i) => ({ criterionCode: c.code, met: met || i > 0, reason: "Au vu des pièces du dossier." }));
  const instanceMeetings = async () => {
    const campaigns = (await h.run(CampaignsDocument, { instance: application.instanceCode })).data!.campaigns;
    return campaigns.flatMap((c) => c.meetings.map((m) => m.id));
  };
  const campaignMeetings = application.campaign.meetings.map((m) => m.id);
  const today = h.clock.today();
  switch (action) {
    case "FILE":
      return [() => h.run(FileApplicationDocument, { application: id }, as)];
    case "WITHDRAW":
      return [() => h.run(WithdrawApplicationDocument, { application: id }, as)];
    case "REQUEST_COMPLEMENT":
      return [() => h.run(RequestComplementDocument, { application: id, request: "Joindre les CV." }, as)];
    case "PROVIDE_COMPLEMENT":
      return [() => h.run(ProvideComplementDocument, { application: id, note: "CV joints." }, as)];
    case "DECLARE_COMPLETE":
      return [() => h.run(DeclareCompleteDocument, { application: id }, as)];
    case "START_INSTRUCTION":
      return campaignMeetings.map((meeting) => () => h.run(StartInstructionDocument, { application: id, meeting }, as));
    case "RESCHEDULE":
      return campaignMeetings.map((meeting) => () => h.run(RescheduleInstructionDocument, { application: id, meeting }, as));
    case "SCHEDULE_AUDITION":
      return Array.from({ length: 40 }, (_, i) => () => h.run(ScheduleAuditionDocument, { application: id, auditionOn: addCalendarDays(today, i + 1) }, as));
    case "ISSUE_OPINION":
      return [() => h.run(IssueOpinionDocument, { application: id, assessments: all(true) }, as)];
    case "DECIDE_ACCEPT":
      return [() => h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: all(true) }, as)];
    case "DECIDE_REFUSE":
      return [() => h.run(DecideApplicationDocument, { application: id, outcome: "REFUSE", assessments: all(false) }, as)];
    case "NOTIFY":
      return [() => h.run(NotifyDecisionDocument, { application: id }, as)];
    case "APPEAL":
      return [() => h.run(AppealDecisionDocument, { application: id, grounds: "La pièce 4 décrit l'accompagnement." }, as)];
    case "ACKNOWLEDGE_APPEAL":
      return [() => h.run(AcknowledgeAppealDocument, { application: id }, as)];
    case "SCHEDULE_APPEAL_DECISION":
      return (await instanceMeetings()).map((meeting) => () => h.run(ScheduleAppealDecisionDocument, { application: id, meeting }, as));
    case "DECIDE_APPEAL_UPHOLD":
    case "DECIDE_APPEAL_DISMISS":
      return [() => h.run(DecideAppealDocument, { application: id, upheld: action === "DECIDE_APPEAL_UPHOLD", reason: "Motifs examinés." }, as)];
  }
}

describe("allowedActions: every action offered succeeds now, for every state of the demo files", () => {
  for (const day of ["2026-11-19", "2026-11-30", "2026-12-08", "2026-12-17", "2027-01-04"]) {
    it(`HAB-2…HAB-8: on ${day}, each offered action succeeds with valid input`, async () => {
      h.clock.set(day);
      let tried = 0;
      for (const [instance, actors] of Object.entries(ACTORS)) {
        const files = (await h.run(ApplicationsDocument, { filter: { instance }, first: 100 }, { email: actors[1] })).data!.applications.nodes;
        expect(files.length).toBeGreaterThanOrEqual(16);
        for (const file of files) {
          for (const email of actors) {
            const offered = (await h.run(ApplicationDocument, { id: file.id }, { email })).data!.application?.allowedActions ?? [];
            for (const action of offered) {
              const restore = await snapshot(file.id);
              const outcomes: Result[] = [];
              for (const attempt of await attempts(action, file.id, email)) {
                const outcome = await attempt();
                outcomes.push(outcome);
                if (!outcome.errors) break;
              }
              await restore();
              tried += 1;
              expect(outcomes.some((o) => !o.errors), `${day} ${instance} ${file.status} ${action} by ${email}: ${JSON.stringify(outcomes.at(-1)?.errors)}`).toBe(true);
            }
          }
        }
      }
      expect(tried).toBeGreaterThan(20);
    });
  }
});
