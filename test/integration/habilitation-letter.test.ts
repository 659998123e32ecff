import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApplicationDocument,
  CreateApplicationDocument,
  DeclareCompleteDocument,
  DecideApplicationDocument,
  FeesDueDocument,
  FileApplicationDocument,
  HabilitationsDocument,
  IssueOpinionDocument,
  NotifyDecisionDocument,
  OrganismBySirenDocument,
  RecordRenunciationReceiptDocument,
  RenounceHabilitationDocument,
  SetContactsDocument,
  StartInstructionDocument,
  StateChangesSinceRefusalDocument,
} from "../generated/graphql";
import { applicationIn, assessments, BETA, certifProCampaign, clearBetaApplications, SCENARIO } from "../support/applications";
import { ALPHA } from "../support/identifiers";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const mandataire = { email: DEMO.gammaMandataire };
const staff = { email: DEMO.certifProStaff };
const decider = { email: DEMO.certifProDecider };

function ok<T>(result: { data?: T | null; errors?: unknown }): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

describe("the convention, section III, to the letter", () => {
  it("HAB-5: after a refusal, the new application states what changed for each refused criterion; without it, filing is refused", async () => {
    await clearBetaApplications(h);
    await applicationIn(h, "NOTIFIED_REFUSED");
    const next = await certifProCampaign(h);
    h.clock.set(SCENARIO.filing);
    const id = ok(await h.run(CreateApplicationDocument, { organism: BETA, campaign: next.campaign }, mandataire)).createApplication.id;
    const draft = ok(await h.run(ApplicationDocument, { id }, mandataire)).application!;
    expect(draft.refusedBefore).toEqual([{ code: "SUPPORT", label: expect.stringContaining("accompagnement") }]);
    expect(draft.allowedActions).toEqual(["WITHDRAW"]);
    const refused = await h.run(FileApplicationDocument, { application: id }, mandataire);
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].message).toMatch(/HAB-5.*accompagnement/);
    expect(errorCode(await h.run(StateChangesSinceRefusalDocument, { application: id, changes: [{ criterionCode: "QUALITY_ASSURANCE", description: "x" }] }, mandataire))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.run(StateChangesSinceRefusalDocument, { application: id, changes: [{ criterionCode: "SUPPORT", description: "Un référent" }] }, staff))).toBe("FORBIDDEN");
    const stated = ok(
      await h.run(StateChangesSinceRefusalDocument, { application: id, changes: [{ criterionCode: "SUPPORT", description: "Un référent de parcours suit chaque candidat." }] }, mandataire),
    ).stateChangesSinceRefusal;
    expect(stated.statedChanges).toEqual([{ criterionCode: "SUPPORT", criterionLabel: expect.any(String), description: "Un référent de parcours suit chaque candidat." }]);
    expect(stated.allowedActions).toEqual(["FILE", "WITHDRAW"]);
    expect(ok(await h.run(FileApplicationDocument, { application: id }, mandataire)).fileApplication.status).toBe("FILED");
  });

  it("HAB-6: applying again while the habilitation runs; the new one starts the day after the old one ends, and the calendar says when to apply", async () => {
    await clearBetaApplications(h);
    await applicationIn(h, "NOTIFIED_ACCEPTED");
    const first = ok(await h.run(HabilitationsDocument, { organism: BETA })).habilitations.nodes[0];
    expect(first).toMatchObject({ startsOn: SCENARIO.notification, firstPeriodEnd: "2030-04-20" });
    expect(first.reapplication).toBeNull();
    // A calendar with a meeting early in 2030 advises the campaign to apply in.
    const later = await h.run(
      (await import("../generated/graphql")).CreateCampaignDocument,
      { input: { instance: "CERTIF_PRO", certification: "CLEA_MANAGEMENT", name: "Campagne 2029-2030", opensOn: "2029-09-03", closesOn: "2030-01-31", meetings: ["2030-02-12"] } },
      decider,
    );
    const campaign = ok(later).createCampaign;
    const advised = ok(await h.run(HabilitationsDocument, { organism: BETA })).habilitations.nodes[0].reapplication;
    expect(advised).toEqual({ advisedFrom: "2029-09-03", fileBy: "2030-01-31", meetingOn: "2030-02-12", newStartsOn: "2030-04-21" });

    h.clock.set("2029-10-01");
    const id = ok(await h.run(CreateApplicationDocument, { organism: BETA, campaign: campaign.id }, mandataire)).createApplication.id;
    ok(await h.run(FileApplicationDocument, { application: id }, mandataire));
    ok(await h.run(DeclareCompleteDocument, { application: id }, staff));
    ok(await h.run(StartInstructionDocument, { application: id, meeting: campaign.meetings[0].id }, staff));
    ok(await h.run(IssueOpinionDocument, { application: id, assessments: assessments() }, staff));
    h.clock.set("2030-02-12");
    ok(await h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments() }, decider));
    h.clock.set("2030-02-20");
    ok(await h.run(NotifyDecisionDocument, { application: id }, staff));
    const both = ok(await h.run(HabilitationsDocument, { organism: BETA })).habilitations.nodes;
    expect(both.map((x) => [x.notifiedOn, x.startsOn, x.status])).toEqual([
      [SCENARIO.notification, SCENARIO.notification, "ACTIVE"],
      ["2030-02-20", "2030-04-21", "NOT_STARTED"],
    ]);
    // No gap, no overlap: the old one's last day, then the new one's first.
    expect(both[0].lastValidDay).toBe("2030-04-20");
    h.clock.set("2030-04-21");
    expect(ok(await h.run(HabilitationsDocument, { organism: BETA })).habilitations.nodes.map((x) => x.status)).toEqual(["EXPIRED", "ACTIVE"]);
  });

  it("HAB-6: no refund after a renunciation: the year's site fee stays due, the habilitation ends 3 months after the receipt", async () => {
    await clearBetaApplications(h);
    await applicationIn(h, "NOTIFIED_ACCEPTED");
    const habilitation = ok(await h.run(HabilitationsDocument, { organism: BETA })).habilitations.nodes[0];
    const before = ok(await h.run(FeesDueDocument, { periodStart: "2027-01-01", periodEnd: "2027-12-31", organism: BETA }, decider)).feesDue;
    h.clock.set("2027-06-10");
    ok(await h.run(RenounceHabilitationDocument, { habilitation: habilitation.id, noticeSentOn: "2027-06-07" }, { email: DEMO.betaAdmin }));
    const renounced = ok(await h.run(RecordRenunciationReceiptDocument, { habilitation: habilitation.id, noticeReceivedOn: "2027-06-09" }, staff)).recordRenunciationReceipt;
    expect(renounced).toMatchObject({ renunciationSentOn: "2027-06-07", renunciationReceivedOn: "2027-06-09", renunciationEffectiveOn: "2027-09-09", lastValidDay: "2027-09-08" });
    const after = ok(await h.run(FeesDueDocument, { periodStart: "2027-01-01", periodEnd: "2027-12-31", organism: BETA }, decider)).feesDue;
    expect(after.map((o) => o.totalCents)).toEqual(before.map((o) => o.totalCents));
  });

  it("HAB-9: a contact change carries the day it happened; reported more than 5 days later it is accepted and flagged late, for the Instances holding the file", async () => {
    h.clock.set("2027-03-15");
    const contacts = [{ fullName: "Claire Martin", email: "claire.martin@organisme-alpha.demo", phone: null, functionTitle: "Directrice générale" }];
    const inTime = ok(await h.run(SetContactsDocument, { siren: ALPHA, contacts, changedOn: "2027-03-10" }, { email: DEMO.alphaAdmin })).setContacts;
    expect(inTime.contactsReport).toEqual({ changedOn: "2027-03-10", reportedOn: "2027-03-15", dueOn: "2027-03-15", late: false });
    const late = ok(await h.run(SetContactsDocument, { siren: ALPHA, contacts, changedOn: "2027-03-12" }, { email: DEMO.alphaAdmin })).setContacts;
    expect(late.contactsReport).toBeTruthy();
    h.clock.set("2027-03-20");
    const lateReport = ok(await h.run(SetContactsDocument, { siren: ALPHA, contacts, changedOn: "2027-03-13" }, { email: DEMO.alphaAdmin })).setContacts;
    expect(lateReport.contactsReport).toEqual({ changedOn: "2027-03-13", reportedOn: "2027-03-20", dueOn: "2027-03-18", late: true });
    expect(lateReport.contacts![0]).toMatchObject({ changedOn: "2027-03-13", updatedOn: "2027-03-20" });
    // Alpha holds a Certif Pro habilitation: Certif Pro holds its file; the CPNE Métallurgie does not.
    expect(ok(await h.run(OrganismBySirenDocument, { siren: ALPHA }, staff)).organism!.contactsReport).toMatchObject({ late: true });
    expect(ok(await h.run(OrganismBySirenDocument, { siren: ALPHA }, { email: DEMO.metallurgieDecider })).organism?.contactsReport ?? null).toBeNull();
    expect(errorCode(await h.run(SetContactsDocument, { siren: ALPHA, contacts, changedOn: "2027-03-25" }, { email: DEMO.alphaAdmin }))).toBe("BAD_USER_INPUT");
  });
});
