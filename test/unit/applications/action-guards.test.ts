import { describe, expect, it } from "vitest";
import { type ApplicationFacts, whyNot } from "../../../src/applications/rules/action-guards";
import { checkReapplication, checkStatedChanges } from "../../../src/applications/rules/eligibility";
import { checkNotificationPeriod, notificationDeadline } from "../../../src/applications/rules/instruction-timing";
import { pendingStep } from "../../../src/applications/rules/pending-step";
import { contactsReport } from "../../../src/organisms/rules/contacts";

const facts = (f: Partial<ApplicationFacts>): ApplicationFacts => ({ status: "DRAFT", today: "2027-05-03", ...f });

describe("what an application's dates allow today", () => {
  it("HAB-5: the decision is offered from the meeting day only", () => {
    expect(whyNot("DECIDE_ACCEPT", facts({ status: "OPINION_ISSUED", today: "2027-05-19", meetingOn: "2027-05-20" }))).toMatch(/2027-05-20/);
    expect(whyNot("DECIDE_ACCEPT", facts({ status: "OPINION_ISSUED", today: "2027-05-20", meetingOn: "2027-05-20" }))).toBeNull();
  });

  it("HAB-4: an audition is offered only if a convocation sent today leaves it before the opinion's deadline (Ascension 2027)", () => {
    // Opinion due 12 May for the meeting of 20 May (Whit Monday skipped); 8 working days from 29 April is 12 May,
    // from 30 April 13 May (Ascension skipped).
    expect(whyNot("SCHEDULE_AUDITION", facts({ status: "UNDER_INSTRUCTION", today: "2027-04-29", meetingOn: "2027-05-20" }))).toBeNull();
    expect(whyNot("SCHEDULE_AUDITION", facts({ status: "UNDER_INSTRUCTION", today: "2027-04-30", meetingOn: "2027-05-20" }))).toMatch(/2027-05-13.*2027-05-12/);
  });

  it("HAB-4: instruction is offered only for a meeting that leaves time for the opinion", () => {
    expect(whyNot("START_INSTRUCTION", facts({ status: "COMPLETE", today: "2027-05-13", campaignMeetings: ["2027-05-20"] }))).toMatch(/HAB-4/);
    expect(whyNot("START_INSTRUCTION", facts({ status: "COMPLETE", today: "2027-05-13", campaignMeetings: ["2027-05-20", "2027-07-06"] }))).toBeNull();
  });

  it("HAB-8: an appeal is decided at the meeting it was put to, after its acknowledgement", () => {
    const appealed = { status: "APPEALED" as const, today: "2027-06-23", appealAcknowledgedOn: "2027-05-18" };
    expect(whyNot("SCHEDULE_APPEAL_DECISION", facts({ ...appealed, appealAcknowledgedOn: null, instanceMeetings: ["2027-06-24"] }))).toMatch(/HAB-8/);
    expect(whyNot("SCHEDULE_APPEAL_DECISION", facts({ ...appealed, instanceMeetings: ["2027-04-15"] }))).toMatch(/aucune réunion à venir/);
    expect(whyNot("SCHEDULE_APPEAL_DECISION", facts({ ...appealed, instanceMeetings: ["2027-04-15", "2027-06-24"] }))).toBeNull();
    expect(whyNot("DECIDE_APPEAL_DISMISS", facts({ ...appealed, appealMeetingOn: "2027-06-24" }))).toMatch(/2027-06-24/);
    expect(whyNot("DECIDE_APPEAL_DISMISS", facts({ ...appealed, today: "2027-06-24", appealMeetingOn: "2027-06-24" }))).toBeNull();
    expect(whyNot("ACKNOWLEDGE_APPEAL", facts({ ...appealed }))).toMatch(/2027-05-18/);
  });

  it("HAB-2, HAB-5: filing needs an open campaign, a site, and after a refusal what changed for each refused criterion", () => {
    const draft = { campaign: { opensOn: "2027-03-01", closesOn: "2027-06-30" }, openSites: 1 };
    expect(whyNot("FILE", facts({ ...draft }))).toBeNull();
    expect(whyNot("FILE", facts({ ...draft, openSites: 0 }))).toMatch(/HAB-2/);
    expect(whyNot("FILE", facts({ ...draft, today: "2027-07-01" }))).toMatch(/close/);
    const refused = [{ code: "SUPPORT", label: "Accompagnement" }];
    expect(whyNot("FILE", facts({ ...draft, reapplication: { refused, stated: [] } }))).toMatch(/HAB-5/);
    expect(whyNot("FILE", facts({ ...draft, reapplication: { refused, stated: ["SUPPORT"] } }))).toBeNull();
    expect(checkReapplication(refused, ["SUPPORT"])).toEqual({ ok: true });
    expect(checkStatedChanges(refused, [{ criterionCode: "SUPPORT", description: " " }])).toMatchObject({ ok: false });
    expect(checkStatedChanges([], [{ criterionCode: "SUPPORT", description: "x" }])).toMatchObject({ ok: false });
  });

  it("HAB-5: a CPNE notifies in the period its campaign states (14 July 2027 skipped); Certif Pro states none", () => {
    expect(notificationDeadline("CPNE", "2027-07-06", 10)).toBe("2027-07-21");
    expect(notificationDeadline("CPNE", "2027-07-06")).toBeNull();
    expect(checkNotificationPeriod("CPNE", null)).toMatch(/délai de notification/);
    expect(checkNotificationPeriod("CPNE", 0)).toMatch(/1 à 120/);
    expect(checkNotificationPeriod("CERTIFIER", 15)).toMatch(/20 jours ouvrés/);
    expect(checkNotificationPeriod("CERTIFIER", null)).toBeNull();
    expect(pendingStep({ status: "APPEAL_DISMISSED", instanceKind: "CPNE", meetingOn: null, notifiedOn: "2027-04-22", appealFiledOn: "2027-05-03", appealAcknowledgedOn: "2027-05-18", appealMeetingOn: "2027-07-06", appealNotificationWorkingDays: 10 })).toEqual({
      rule: "HAB_NOTIFICATION_CPNE_CALENDAR",
      label: expect.stringContaining("recours"),
      dueOn: "2027-07-21",
    });
  });

  it("HAB-9: a contact change is reported within 5 calendar days, or flagged late", () => {
    expect(contactsReport("2027-12-24", "2027-12-29")).toEqual({ changedOn: "2027-12-24", reportedOn: "2027-12-29", dueOn: "2027-12-29", late: false });
    expect(contactsReport("2027-12-24", "2027-12-30").late).toBe(true);
  });
});
