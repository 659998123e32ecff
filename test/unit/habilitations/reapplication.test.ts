import { describe, expect, it } from "vitest";
import { followOnStart, reapplicationAdvice } from "../../../src/habilitations/rules/reapplication";
import { checkRenunciationNotice, checkRenunciationReceipt } from "../../../src/habilitations/rules/renunciation";

const calendar = (meetings: string[], opensOn = "2029-09-03", closesOn = "2030-01-31", notificationWorkingDays: number | null = null) => ({ opensOn, closesOn, meetings, notificationWorkingDays });

describe("applying again before the end, and renouncing", () => {
  it("HAB-6: a habilitation granted while the previous one runs starts the day after it ends; otherwise on its notification", () => {
    expect(followOnStart("2030-02-20", ["2030-04-20"])).toBe("2030-04-21");
    expect(followOnStart("2030-05-02", ["2030-04-20"])).toBe("2030-05-02");
    expect(followOnStart("2030-02-20", [])).toBe("2030-02-20");
  });

  it("HAB-6: the latest campaign whose decision is notified before the end, within its last 12 months (Whit Monday 2030 on the way)", () => {
    // 20 working days after Tuesday 14 May 2030, Ascension (30 May) and Whit Monday (10 June) skipped: 13 June.
    const advice = reapplicationAdvice("2030-06-14", "CERTIFIER", [calendar(["2030-02-12", "2030-05-14"], "2029-09-03", "2030-04-30")], "2027-01-04");
    expect(advice).toEqual({ advisedFrom: "2029-09-03", fileBy: "2030-04-30", meetingOn: "2030-05-14", newStartsOn: "2030-06-15" });
    expect(reapplicationAdvice("2030-06-12", "CERTIFIER", [calendar(["2030-02-12", "2030-05-14"], "2029-09-03", "2030-04-30")], "2027-01-04")?.meetingOn).toBe("2030-02-12");
    expect(reapplicationAdvice("2031-06-12", "CERTIFIER", [calendar(["2030-02-12"])], "2027-01-04")).toBeNull();
    expect(reapplicationAdvice("2030-06-14", "CERTIFIER", [calendar(["2030-05-14"])], "2030-02-01")).toBeNull();
  });

  it("HAB-6: a CPNE's own notification period counts; without one, the meeting itself", () => {
    expect(reapplicationAdvice("2030-05-20", "CPNE", [calendar(["2030-05-14"], "2029-09-03", "2030-04-30", 10)], "2027-01-04")).toBeNull();
    expect(reapplicationAdvice("2030-05-28", "CPNE", [calendar(["2030-05-14"], "2029-09-03", "2030-04-30", 10)], "2027-01-04")?.meetingOn).toBe("2030-05-14");
    expect(reapplicationAdvice("2030-05-20", "CPNE", [calendar(["2030-05-14"], "2029-09-03", "2030-04-30", null)], "2027-01-04")?.meetingOn).toBe("2030-05-14");
  });

  it("HAB-6: the organism sends its renunciation once, during the habilitation, not ahead", () => {
    expect(checkRenunciationNotice({ startsOn: "2027-04-20", sentBefore: null, sentOn: "2027-06-07", today: "2027-06-10" })).toEqual({ ok: true });
    expect(checkRenunciationNotice({ startsOn: "2027-04-20", sentBefore: "2027-06-01", sentOn: "2027-06-07", today: "2027-06-10" })).toMatchObject({ ok: false });
    expect(checkRenunciationNotice({ startsOn: "2027-04-20", sentBefore: null, sentOn: "2027-04-19", today: "2027-06-10" })).toMatchObject({ ok: false });
    expect(checkRenunciationNotice({ startsOn: "2027-04-20", sentBefore: null, sentOn: "2027-06-11", today: "2027-06-10" })).toMatchObject({ ok: false });
  });

  it("HAB-6: the Instance records the receipt once, not before the sending, not ahead", () => {
    const base = { sentOn: "2027-06-07", receivedBefore: null, today: "2027-06-10" };
    expect(checkRenunciationReceipt({ ...base, receivedOn: "2027-06-09" })).toEqual({ ok: true });
    expect(checkRenunciationReceipt({ ...base, sentOn: null, receivedOn: "2027-06-09" })).toMatchObject({ ok: false });
    expect(checkRenunciationReceipt({ ...base, receivedOn: "2027-06-06" })).toMatchObject({ ok: false });
    expect(checkRenunciationReceipt({ ...base, receivedOn: "2027-06-11" })).toMatchObject({ ok: false });
    expect(checkRenunciationReceipt({ ...base, receivedBefore: "2027-06-08", receivedOn: "2027-06-09" })).toMatchObject({ ok: false });
  });
});
