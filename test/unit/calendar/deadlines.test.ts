import { describe, expect, it } from "vitest";

import {
  computeDeadline,
  DEADLINES,
  type DeadlineId,
  deadlineStatus,
  getDeadline,
  isDueBy,
} from "../../../src/common/calendar/deadlines";

describe("deadline catalogue", () => {
  it("Time: holds every deadline of DOMAIN.md once, with a rule ID and a French label", () => {
    const required: DeadlineId[] = [
      "HAB_OPINION_BEFORE_MEETING",
      "HAB_AUDITION_CONVOCATION",
      "HAB_NOTIFICATION_CERTIF_PRO",
      "HAB_VALIDITY",
      "HAB_RENEWAL_MAX",
      "HAB_RENUNCIATION_NOTICE",
      "HAB_CHANGE_REPORT",
      "HAB_APPEAL_FILING",
      "HAB_APPEAL_ACK",
      "HAB_APPEAL_EXAMINATION",
      "HAB_CONTACT_UPDATE",
      "AUD_OBSERVATIONS",
      "AUD_NOTIFICATION",
      "CMP_JUSTIFICATION",
      "CMP_INSTANCE_RESPONSE",
      "CMP_RELAPSE_WINDOW",
      "FEE_PAYMENT",
      "EVA_CONTEST",
    ];
    const ids = DEADLINES.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(required));
    for (const d of DEADLINES) {
      expect(d.rule).toMatch(/^[A-Z]{3}-\d+$/);
      expect(d.label.length).toBeGreaterThan(0);
      expect(Number.isInteger(d.amount) && d.amount > 0).toBe(true);
    }
  });

  it("Time: an unknown id throws", () => {
    expect(() => computeDeadline("NOPE" as DeadlineId, "2025-01-01")).toThrow(RangeError);
  });

  it("Time: a malformed anchor throws a RangeError", () => {
    expect(() => computeDeadline("HAB_APPEAL_FILING", "2025-02-30")).toThrow(RangeError);
  });
});

describe("habilitation deadlines", () => {
  it("HAB-4: the opinion is settled at least 5 working days before the meeting", () => {
    expect(getDeadline("HAB_OPINION_BEFORE_MEETING")).toMatchObject({
      rule: "HAB-4",
      amount: 5,
      unit: "WORKING_DAYS",
      direction: "BEFORE",
      anchor: "meeting",
    });
    expect(computeDeadline("HAB_OPINION_BEFORE_MEETING", "2025-06-20")).toBe("2025-06-13");
    // Whit Monday 2025-06-09 does not count.
    expect(computeDeadline("HAB_OPINION_BEFORE_MEETING", "2025-06-13")).toBe("2025-06-05");
  });

  it("HAB-4: the audition convocation is sent at least 8 working days before it (1 and 8 May skipped)", () => {
    expect(computeDeadline("HAB_AUDITION_CONVOCATION", "2025-05-12")).toBe("2025-04-28");
  });

  it("HAB-5: Certif Pro notifies within 20 working days of its meeting", () => {
    // Easter Monday, 1 May and 8 May 2025 are skipped; Good Friday is worked.
    expect(computeDeadline("HAB_NOTIFICATION_CERTIF_PRO", "2025-04-15")).toBe("2025-05-16");
  });

  it("HAB-6: the habilitation lasts 3 years from notification", () => {
    expect(computeDeadline("HAB_VALIDITY", "2025-03-10")).toBe("2028-03-10");
    expect(computeDeadline("HAB_VALIDITY", "2024-02-29")).toBe("2027-02-28");
  });

  it("HAB-6: after 6 years (renewed once) a new application is needed", () => {
    expect(computeDeadline("HAB_RENEWAL_MAX", "2025-03-10")).toBe("2031-03-10");
  });

  it("HAB-6: a renunciation takes effect after 3 months' notice", () => {
    expect(computeDeadline("HAB_RENUNCIATION_NOTICE", "2025-11-30")).toBe("2026-02-28");
  });

  it("HAB-7: a change of situation is reported within 30 calendar days", () => {
    expect(computeDeadline("HAB_CHANGE_REPORT", "2025-12-10")).toBe("2026-01-09");
  });

  it("HAB-8: an appeal is due 30 working days after notification (Christmas and New Year skipped)", () => {
    expect(computeDeadline("HAB_APPEAL_FILING", "2025-12-15")).toBe("2026-01-28");
  });

  it("HAB-8: the appeal is acknowledged within 10 working days of receipt (14 July skipped)", () => {
    expect(computeDeadline("HAB_APPEAL_ACK", "2025-07-10")).toBe("2025-07-25");
  });

  it("HAB-8: the appeal is examined within 25 working days of receipt (11 November skipped)", () => {
    expect(computeDeadline("HAB_APPEAL_EXAMINATION", "2025-10-27")).toBe("2025-12-02");
  });

  it("HAB-9: contacts are updated within 5 calendar days, weekends and holidays included", () => {
    expect(getDeadline("HAB_CONTACT_UPDATE").unit).toBe("CALENDAR_DAYS");
    expect(computeDeadline("HAB_CONTACT_UPDATE", "2025-05-07")).toBe("2025-05-12");
  });
});

describe("audit and compliance deadlines", () => {
  it("AUD-3: the audited organism has 15 working days for observations (15 August skipped)", () => {
    expect(computeDeadline("AUD_OBSERVATIONS", "2025-08-01")).toBe("2025-08-25");
  });

  it("AUD-3: the decision is notified within 15 working days of the meeting (8 May, Ascension, Whit Monday 2026)", () => {
    expect(computeDeadline("AUD_NOTIFICATION", "2026-05-06")).toBe("2026-06-01");
  });

  it("CMP-2: 30 working days from the formal notice to justify (Easter Monday and 1 May 2026 skipped)", () => {
    expect(computeDeadline("CMP_JUSTIFICATION", "2026-03-20")).toBe("2026-05-05");
  });

  it("CMP-4: the Instance has 30 working days to respond (Easter Monday, 1 May, 8 May, Ascension 2024)", () => {
    expect(computeDeadline("CMP_INSTANCE_RESPONSE", "2024-03-25")).toBe("2024-05-10");
  });

  it("CMP-5: a new failing within 12 months of the procedure's end leads to withdrawal", () => {
    expect(computeDeadline("CMP_RELAPSE_WINDOW", "2025-02-28")).toBe("2026-02-28");
    expect(computeDeadline("CMP_RELAPSE_WINDOW", "2024-02-29")).toBe("2025-02-28");
  });
});

describe("fee and evaluation deadlines", () => {
  it("FEE-4: an invoice is paid within 45 calendar days, not extended past a Sunday", () => {
    expect(computeDeadline("FEE_PAYMENT", "2025-11-20")).toBe("2026-01-04");
  });

  it("FEE-4: invoicing is at least quarterly", () => {
    expect(computeDeadline("FEE_INVOICING_INTERVAL", "2025-03-31")).toBe("2025-06-30");
  });

  it("EVA-7: results are contested within one month of their communication", () => {
    expect(computeDeadline("EVA_CONTEST", "2025-01-31")).toBe("2025-02-28");
    expect(computeDeadline("EVA_CONTEST", "2025-06-15")).toBe("2025-07-15");
  });

  it("EVA-9: the CléA path lasts at most 5 years", () => {
    expect(computeDeadline("EVA_CLEA_PATH_MAX", "2025-06-15")).toBe("2030-06-15");
  });
});

describe("deadlineStatus", () => {
  const due = computeDeadline("HAB_OPINION_BEFORE_MEETING", "2025-06-13"); // 2025-06-05

  it("HAB-4: an opinion due 2025-06-05 is pending with 3 working days left on 2025-06-02", () => {
    expect(deadlineStatus(due, "2025-06-02")).toEqual({
      due: "2025-06-05",
      state: "PENDING",
      overdue: false,
      late: false,
      daysLeft: 3,
      calendarDaysLeft: 3,
    });
  });

  it("Time: a deadline is still on time on its due day", () => {
    expect(deadlineStatus(due, "2025-06-05")).toMatchObject({ state: "PENDING", overdue: false, daysLeft: 0 });
  });

  it("HAB-4: an opinion still missing on 2025-06-10 is overdue by 2 working days", () => {
    expect(deadlineStatus(due, "2025-06-10")).toMatchObject({
      state: "OVERDUE",
      overdue: true,
      late: true,
      daysLeft: -2,
      calendarDaysLeft: -5,
    });
  });

  it("Time: a deadline done on time is met, whatever today is", () => {
    expect(deadlineStatus(due, "2025-07-01", "2025-06-04")).toMatchObject({
      done: "2025-06-04",
      state: "MET",
      overdue: false,
      late: false,
      daysLeft: 1,
    });
  });

  it("Time: a deadline done after its due date is missed, not overdue", () => {
    expect(deadlineStatus(due, "2025-07-01", "2025-06-06")).toMatchObject({
      state: "MISSED",
      overdue: false,
      late: true,
      daysLeft: -1,
    });
  });

  it("FEE-4: a payment due on Sunday 2026-01-04 is overdue on Monday", () => {
    const paymentDue = computeDeadline("FEE_PAYMENT", "2025-11-20");
    expect(deadlineStatus(paymentDue, "2026-01-02")).toMatchObject({ overdue: false, daysLeft: 0, calendarDaysLeft: 2 });
    expect(deadlineStatus(paymentDue, "2026-01-05")).toMatchObject({ overdue: true, daysLeft: -1, calendarDaysLeft: -1 });
  });

  it("Time: isDueBy lists deadlines due on or before a date", () => {
    expect(isDueBy("2025-06-05", "2025-06-05")).toBe(true);
    expect(isDueBy("2025-06-05", "2025-06-04")).toBe(false);
    expect(() => isDueBy("2025-06-31", "2025-06-04")).toThrow(RangeError);
  });
});
