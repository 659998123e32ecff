import { describe, expect, it } from "vitest";

import {
  computeValidity,
  type HabilitationRecord,
  mayFinishEnrolledCandidate,
  renunciationEffectiveDate,
  statusOn,
} from "../../../src/habilitations/rules/validity";

const NOTIFIED = "2025-03-10";

describe("duration and renewal", () => {
  it("HAB-6: not used → ends 3 years after notification", () => {
    const record: HabilitationRecord = { notifiedOn: NOTIFIED };
    const validity = computeValidity(record);
    expect(validity).toMatchObject({
      firstPeriodEnd: "2028-03-10",
      maximumEnd: "2031-03-10",
      scheduledEnd: "2028-03-10",
      lastValidDay: "2028-03-10",
      endedBy: "EXPIRY",
      renewal: { applies: false },
    });
    if (!validity.renewal.applies) expect(validity.renewal.reason).toContain("n'a pas été mise en œuvre");
    expect(statusOn(record, "2028-03-10")).toBe("ACTIVE");
    expect(statusOn(record, "2028-03-11")).toBe("EXPIRED");
  });

  it("HAB-6: used at least once → renewed automatically, ending 6 years after notification", () => {
    const record: HabilitationRecord = { notifiedOn: NOTIFIED, usedOn: ["2026-01-15", "2026-09-01"] };
    expect(computeValidity(record)).toMatchObject({ renewal: { applies: true }, scheduledEnd: "2031-03-10", lastValidDay: "2031-03-10" });
    expect(statusOn(record, "2028-03-11")).toBe("ACTIVE");
    expect(statusOn(record, "2031-03-10")).toBe("ACTIVE");
    expect(statusOn(record, "2031-03-11")).toBe("EXPIRED");
  });

  it("HAB-6: a first-use date is enough; a use on the notification day or the last day counts", () => {
    expect(computeValidity({ notifiedOn: NOTIFIED, firstUsedOn: NOTIFIED }).renewal.applies).toBe(true);
    expect(computeValidity({ notifiedOn: NOTIFIED, usedOn: ["2028-03-10"] }).renewal.applies).toBe(true);
  });

  it("HAB-6: a use before notification or after the first period does not count", () => {
    expect(computeValidity({ notifiedOn: NOTIFIED, usedOn: ["2025-03-09", "2028-03-11"] }).renewal.applies).toBe(false);
  });

  it("HAB-6: a 29 February notification ends on 28 February", () => {
    expect(computeValidity({ notifiedOn: "2024-02-29" }).firstPeriodEnd).toBe("2027-02-28");
  });

  it("HAB-6: before its notification the habilitation has not started", () => {
    expect(statusOn({ notifiedOn: NOTIFIED }, "2025-03-09")).toBe("NOT_STARTED");
    expect(statusOn({ notifiedOn: NOTIFIED }, NOTIFIED)).toBe("ACTIVE");
  });
});

describe("suspension", () => {
  it("HAB-6: a suspension during the first period bars the automatic renewal, even once lifted", () => {
    const record: HabilitationRecord = {
      notifiedOn: NOTIFIED,
      usedOn: ["2025-06-02"],
      suspensions: [{ from: "2026-05-04", to: "2026-06-30" }],
    };
    const validity = computeValidity(record);
    expect(validity.scheduledEnd).toBe("2028-03-10");
    expect(validity.renewal.applies).toBe(false);
    if (!validity.renewal.applies) {
      expect(validity.renewal.reason).toContain("suspendue à compter du 2026-05-04");
      expect(validity.renewal.reason).toContain("nouvelle demande d'habilitation avant le 2028-03-10");
    }
    expect(statusOn(record, "2026-05-03")).toBe("ACTIVE");
    expect(statusOn(record, "2026-05-04")).toBe("SUSPENDED");
    expect(statusOn(record, "2026-06-30")).toBe("SUSPENDED");
    expect(statusOn(record, "2026-07-01")).toBe("ACTIVE");
    expect(statusOn(record, "2028-03-11")).toBe("EXPIRED");
  });

  it("HAB-6: a suspension in the renewed period does not extend the habilitation", () => {
    const record: HabilitationRecord = {
      notifiedOn: NOTIFIED,
      usedOn: ["2025-06-02"],
      suspensions: [{ from: "2030-01-06", to: "2030-07-31" }],
    };
    expect(computeValidity(record)).toMatchObject({ renewal: { applies: true }, lastValidDay: "2031-03-10" });
    expect(statusOn(record, "2030-03-01")).toBe("SUSPENDED");
    expect(statusOn(record, "2031-03-10")).toBe("ACTIVE");
    expect(statusOn(record, "2031-03-11")).toBe("EXPIRED");
  });

  it("HAB-6: an open suspension lasts until lifted or until the end of the habilitation", () => {
    const record: HabilitationRecord = { notifiedOn: NOTIFIED, suspensions: [{ from: "2027-11-02", to: null }] };
    expect(statusOn(record, "2028-03-10")).toBe("SUSPENDED");
    expect(statusOn(record, "2028-03-11")).toBe("EXPIRED");
  });
});

describe("withdrawal", () => {
  it("WDR-1: a withdrawal ends the habilitation on its effective day and bars the renewal", () => {
    const record: HabilitationRecord = { notifiedOn: NOTIFIED, usedOn: ["2025-06-02"], withdrawnOn: "2027-01-15" };
    expect(computeValidity(record)).toMatchObject({ endedBy: "WITHDRAWAL", lastValidDay: "2027-01-14", renewal: { applies: false } });
    expect(statusOn(record, "2027-01-14")).toBe("ACTIVE");
    expect(statusOn(record, "2027-01-15")).toBe("WITHDRAWN");
    expect(statusOn(record, "2029-01-15")).toBe("WITHDRAWN");
  });

  it("HAB-6: a withdrawal in the renewed period shortens it", () => {
    const record: HabilitationRecord = { notifiedOn: NOTIFIED, usedOn: ["2025-06-02"], withdrawnOn: "2029-05-20" };
    expect(computeValidity(record)).toMatchObject({ renewal: { applies: true }, endedBy: "WITHDRAWAL", lastValidDay: "2029-05-19" });
  });

  it("HAB-6: a withdrawal after the expiry leaves the habilitation expired", () => {
    expect(statusOn({ notifiedOn: NOTIFIED, withdrawnOn: "2028-06-01" }, "2028-07-01")).toBe("EXPIRED");
  });
});

describe("renunciation", () => {
  it("HAB-6: renunciation takes effect 3 months after receipt of the written notice", () => {
    expect(renunciationEffectiveDate("2026-11-30")).toBe("2027-02-28");
    const record: HabilitationRecord = {
      notifiedOn: NOTIFIED,
      renunciation: { noticeSentOn: "2026-11-27", noticeReceivedOn: "2026-11-30" },
    };
    expect(computeValidity(record)).toMatchObject({ endedBy: "RENUNCIATION", renunciationEffectiveOn: "2027-02-28", lastValidDay: "2027-02-27" });
    expect(statusOn(record, "2027-02-27")).toBe("ACTIVE");
    expect(statusOn(record, "2027-02-28")).toBe("RENOUNCED");
  });

  it("HAB-6: beneficiaries enrolled by the day the notice was sent are carried to the end", () => {
    const record: HabilitationRecord = {
      notifiedOn: NOTIFIED,
      renunciation: { noticeSentOn: "2026-11-27", noticeReceivedOn: "2026-11-30" },
    };
    expect(mayFinishEnrolledCandidate(record, "2026-11-27", "2027-06-01")).toBe(true);
    expect(mayFinishEnrolledCandidate(record, "2026-03-02", "2027-06-01")).toBe(true);
    // Enrolled during the notice: served while the habilitation lasts, not after.
    expect(mayFinishEnrolledCandidate(record, "2026-12-01", "2027-01-10")).toBe(true);
    expect(mayFinishEnrolledCandidate(record, "2026-12-01", "2027-06-01")).toBe(false);
  });

  it("WDR-1: nothing carries beneficiaries over a withdrawal or a suspension", () => {
    const withdrawn: HabilitationRecord = { notifiedOn: NOTIFIED, withdrawnOn: "2027-01-15" };
    expect(mayFinishEnrolledCandidate(withdrawn, "2026-06-01", "2027-02-01")).toBe(false);
    const suspended: HabilitationRecord = { notifiedOn: NOTIFIED, suspensions: [{ from: "2026-09-01", to: null }] };
    expect(mayFinishEnrolledCandidate(suspended, "2026-06-01", "2026-10-01")).toBe(false);
    expect(mayFinishEnrolledCandidate(suspended, "2026-06-01", "2026-08-31")).toBe(true);
  });

  it("HAB-6: a notice received in the last 3 months still lets a used habilitation renew, then ends it", () => {
    const record: HabilitationRecord = {
      notifiedOn: NOTIFIED,
      usedOn: ["2025-06-02"],
      renunciation: { noticeSentOn: "2028-01-18", noticeReceivedOn: "2028-01-20" },
    };
    expect(computeValidity(record)).toMatchObject({ renewal: { applies: true }, endedBy: "RENUNCIATION", lastValidDay: "2028-04-19" });
    expect(statusOn(record, "2028-04-19")).toBe("ACTIVE");
    expect(statusOn(record, "2028-04-20")).toBe("RENOUNCED");
  });

  it("HAB-6: of a withdrawal and a renunciation, the earlier ends the habilitation", () => {
    const record: HabilitationRecord = {
      notifiedOn: NOTIFIED,
      withdrawnOn: "2027-01-15",
      renunciation: { noticeSentOn: "2026-11-27", noticeReceivedOn: "2026-11-30" },
    };
    expect(statusOn(record, "2027-03-01")).toBe("WITHDRAWN");
  });
});

describe("inputs", () => {
  it("HAB-6: inconsistent records are programming errors", () => {
    expect(() => computeValidity({ notifiedOn: "2025-02-30" })).toThrow(RangeError);
    expect(() => computeValidity({ notifiedOn: NOTIFIED, suspensions: [{ from: "2026-02-01", to: "2026-01-01" }] })).toThrow(RangeError);
    expect(() => computeValidity({ notifiedOn: NOTIFIED, suspensions: [{ from: "2025-01-01", to: null }] })).toThrow(RangeError);
    expect(() => computeValidity({ notifiedOn: NOTIFIED, withdrawnOn: "2025-01-01" })).toThrow(RangeError);
    expect(() =>
      computeValidity({ notifiedOn: NOTIFIED, renunciation: { noticeSentOn: "2026-02-02", noticeReceivedOn: "2026-02-01" } }),
    ).toThrow(RangeError);
    expect(() => statusOn({ notifiedOn: NOTIFIED }, "2025-3-1")).toThrow(RangeError);
  });
});
