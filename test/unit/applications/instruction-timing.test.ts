import { describe, expect, it } from "vitest";

import { appealDueDates, appealFilingDeadline, auditionConvocationDeadline, checkAppealFiling, checkAuditionConvocation, checkOpinionTiming, notificationDeadline, opinionDeadline } from "../../../src/applications/rules/instruction-timing";

describe("HAB-4 opinion and audition timing", () => {
  it("HAB-4: the opinion is settled at least 5 working days before the meeting (Whit Monday 2025 skipped)", () => {
    expect(opinionDeadline("2025-06-13")).toBe("2025-06-05");
    expect(checkOpinionTiming("2025-06-05", "2025-06-13")).toEqual({ ok: true, deadline: "2025-06-05" });
    expect(checkOpinionTiming("2025-05-20", "2025-06-13")).toEqual({ ok: true, deadline: "2025-06-05" });
  });

  it("HAB-4: an opinion settled 5 weekdays before, but with a holiday between, is too late", () => {
    const late = checkOpinionTiming("2025-06-06", "2025-06-13");
    expect(late).toMatchObject({ ok: false, deadline: "2025-06-05" });
    if (!late.ok) {
      expect(late.reason).toContain("au plus tard 5 jours ouvrés avant la réunion du 2025-06-13, soit le 2025-06-05");
      expect(late.reason).toContain("réunion ultérieure");
    }
  });

  it("HAB-4: the audition convocation is sent at least 8 working days before (1 and 8 May 2025 skipped)", () => {
    expect(auditionConvocationDeadline("2025-05-12")).toBe("2025-04-28");
    expect(checkAuditionConvocation("2025-04-28", "2025-05-12")).toEqual({ ok: true, deadline: "2025-04-28" });
    // Eight weekdays before, but two of them are holidays.
    const late = checkAuditionConvocation("2025-04-30", "2025-05-12");
    expect(late).toMatchObject({ ok: false, deadline: "2025-04-28" });
    if (!late.ok) expect(late.reason).toContain("au plus tard 8 jours ouvrés avant, soit le 2025-04-28");
  });

  it("HAB-4: malformed dates are programming errors", () => {
    expect(() => checkOpinionTiming("2025-13-01", "2025-06-13")).toThrow(RangeError);
    expect(() => checkAuditionConvocation("2025-04-28", "12/05/2025")).toThrow(RangeError);
  });
});

describe("HAB-5 notification", () => {
  it("HAB-5: Certif Pro notifies within 20 working days of its meeting (Easter Monday, 1 and 8 May skipped)", () => {
    expect(notificationDeadline("CERTIFIER", "2025-04-15")).toBe("2025-05-16");
  });

  it("HAB-5: a CPNE notifies by its own calendar: no fixed deadline", () => {
    expect(notificationDeadline("CPNE", "2025-04-15")).toBeNull();
    expect(() => notificationDeadline("CPNE", "2025-04-31")).toThrow(RangeError);
  });
});

describe("HAB-8 appeal timing", () => {
  it("HAB-8: an appeal is filed within 30 working days of the notified refusal (Christmas and New Year skipped)", () => {
    expect(appealFilingDeadline("2025-12-15")).toBe("2026-01-28");
    expect(checkAppealFiling("2025-12-15", "2026-01-28")).toEqual({ ok: true, deadline: "2026-01-28" });
    expect(checkAppealFiling("2025-12-15", "2025-12-15")).toEqual({ ok: true, deadline: "2026-01-28" });
  });

  it("HAB-8: a late appeal is refused, pointing to the next campaign", () => {
    const late = checkAppealFiling("2025-12-15", "2026-01-29");
    expect(late).toMatchObject({ ok: false, deadline: "2026-01-28" });
    if (!late.ok) {
      expect(late.reason).toContain("au plus tard le 2026-01-28");
      expect(late.reason).toContain("campagne d'habilitation suivante");
    }
  });

  it("HAB-8: an appeal cannot precede the notification of the refusal", () => {
    const early = checkAppealFiling("2025-12-15", "2025-12-12");
    expect(early).toMatchObject({ ok: false });
    if (!early.ok) expect(early.reason).toContain("après la notification du refus");
  });

  it("HAB-8: acknowledged within 10 and examined within 25 working days of receipt (14 July and 15 August skipped)", () => {
    expect(appealDueDates("2025-07-10")).toEqual({ acknowledgementDue: "2025-07-25", examinationDue: "2025-08-18" });
    expect(appealDueDates("2025-10-27")).toEqual({ acknowledgementDue: "2025-11-10", examinationDue: "2025-12-02" });
  });
});
