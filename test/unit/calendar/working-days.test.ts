import { describe, expect, it } from "vitest";
import { todayInParis } from "../../../src/common/clock";

import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  addYears,
  calendarDaysBetween,
  compareIsoDates,
  isIsoDate,
  isPublicHoliday,
  isWorkingDay,
  parisDate,
  publicHolidays,
  subtractWorkingDays,
  workingDaysBetween,
} from "../../../src/common/calendar/working-days";

describe("public holidays", () => {
  it("Time: the 11 French public holidays of 2025, without the Alsace-Moselle extras", () => {
    expect(publicHolidays(2025)).toEqual([
      "2025-01-01",
      "2025-04-21",
      "2025-05-01",
      "2025-05-08",
      "2025-05-29",
      "2025-06-09",
      "2025-07-14",
      "2025-08-15",
      "2025-11-01",
      "2025-11-11",
      "2025-12-25",
    ]);
  });

  it.each([
    ["2024-04-01", "Easter Monday 2024"],
    ["2025-04-21", "Easter Monday 2025"],
    ["2026-04-06", "Easter Monday 2026"],
    ["2025-05-01", "1 May"],
    ["2025-05-08", "8 May"],
    ["2025-05-29", "Ascension 2025"],
    ["2026-05-14", "Ascension 2026"],
    ["2025-06-09", "Whit Monday 2025"],
    ["2025-07-14", "14 July"],
    ["2025-08-15", "15 August"],
    ["2025-11-01", "1 November"],
    ["2025-11-11", "11 November"],
    ["2025-12-25", "Christmas"],
    ["2026-01-01", "New Year"],
  ])("Time: %s (%s) is a public holiday, not a working day", (date) => {
    expect(isPublicHoliday(date)).toBe(true);
    expect(isWorkingDay(date)).toBe(false);
  });

  it("Time: Good Friday and 26 December are worked outside Alsace-Moselle", () => {
    expect(isPublicHoliday("2025-04-18")).toBe(false);
    expect(isWorkingDay("2025-04-18")).toBe(true);
    expect(isWorkingDay("2025-12-26")).toBe(true);
  });

  it("Time: Easter Sunday is a holiday by the calendar but a weekend day anyway", () => {
    expect(isWorkingDay("2025-04-20")).toBe(false);
    expect(isPublicHoliday("2025-04-20")).toBe(false);
  });

  it("Time: Ascension and 1 May falling on the same day (2008) count once", () => {
    expect(publicHolidays(2008)).toContain("2008-05-01");
    expect(publicHolidays(2008)).toHaveLength(10);
  });
});

describe("isWorkingDay", () => {
  it("Time: Monday to Friday are working days, Saturday and Sunday are not", () => {
    expect(["2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05", "2025-06-06"].map(isWorkingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(isWorkingDay("2025-06-07")).toBe(false);
    expect(isWorkingDay("2025-06-08")).toBe(false);
  });
});

describe("addWorkingDays", () => {
  it("Time: the day of departure never counts, even when it is a working day", () => {
    expect(addWorkingDays("2025-06-02", 1)).toBe("2025-06-03");
    expect(addWorkingDays("2025-06-06", 1)).toBe("2025-06-10"); // Fri → skips the weekend and Whit Monday
  });

  it("Time: n = 0 returns the start date, even on a weekend", () => {
    expect(addWorkingDays("2025-06-07", 0)).toBe("2025-06-07");
  });

  it("Time: from a Saturday, the first working day is Monday", () => {
    expect(addWorkingDays("2025-06-14", 1)).toBe("2025-06-16");
  });

  it("Time: Easter Monday 2024 is skipped, Good Friday is not", () => {
    expect(addWorkingDays("2024-03-28", 1)).toBe("2024-03-29");
    expect(addWorkingDays("2024-03-29", 1)).toBe("2024-04-02");
  });

  it("Time: 1 and 8 May 2025 (Thursdays) are skipped", () => {
    expect(addWorkingDays("2025-04-30", 1)).toBe("2025-05-02");
    expect(addWorkingDays("2025-04-30", 5)).toBe("2025-05-09");
  });

  it("Time: Ascension 2025 and 2026 are skipped", () => {
    expect(addWorkingDays("2025-05-28", 1)).toBe("2025-05-30");
    expect(addWorkingDays("2026-05-13", 1)).toBe("2026-05-15");
  });

  it("Time: 14 July and 15 August 2025 are skipped", () => {
    expect(addWorkingDays("2025-07-11", 1)).toBe("2025-07-15");
    expect(addWorkingDays("2025-08-14", 1)).toBe("2025-08-18");
  });

  it("Time: 30 working days after 2025-12-15 cross Christmas and New Year", () => {
    expect(addWorkingDays("2025-12-15", 30)).toBe("2026-01-28");
  });

  it("Time: rejects a negative or fractional number of days", () => {
    expect(() => addWorkingDays("2025-06-02", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2025-06-02", 1.5)).toThrow(RangeError);
  });
});

describe("subtractWorkingDays", () => {
  it("HAB-4: 5 working days before Fri 2025-06-20 is Fri 2025-06-13", () => {
    expect(subtractWorkingDays("2025-06-20", 5)).toBe("2025-06-13");
  });

  it("HAB-4: 5 working days before Fri 2025-06-13 is Thu 2025-06-05, Whit Monday not counting", () => {
    expect(subtractWorkingDays("2025-06-13", 5)).toBe("2025-06-05");
    expect(workingDaysBetween("2025-06-06", "2025-06-13")).toBe(4);
    expect(workingDaysBetween("2025-06-05", "2025-06-13")).toBe(5);
  });

  it("Time: n = 0 returns the end date; from a Monday, 1 working day before is the Friday", () => {
    expect(subtractWorkingDays("2025-06-16", 0)).toBe("2025-06-16");
    expect(subtractWorkingDays("2025-06-16", 1)).toBe("2025-06-13");
  });

  it("Time: 2 working days before 2026-01-02 skip New Year and Christmas", () => {
    expect(subtractWorkingDays("2026-01-02", 1)).toBe("2025-12-31");
    expect(subtractWorkingDays("2025-12-26", 1)).toBe("2025-12-24");
  });

  it("Time: subtract undoes add when both ends are working days", () => {
    for (const n of [1, 5, 8, 20, 30]) {
      expect(subtractWorkingDays(addWorkingDays("2025-12-15", n), n)).toBe("2025-12-15");
    }
  });
});

describe("workingDaysBetween", () => {
  it("Time: counts d with a < d <= b", () => {
    expect(workingDaysBetween("2025-06-02", "2025-06-02")).toBe(0);
    expect(workingDaysBetween("2025-06-02", "2025-06-03")).toBe(1);
    expect(workingDaysBetween("2025-06-06", "2025-06-09")).toBe(0); // weekend + Whit Monday
  });

  it("Time: 1 November (a Saturday) changes nothing, 11 November is skipped", () => {
    expect(workingDaysBetween("2025-10-31", "2025-11-14")).toBe(9);
  });

  it("Time: is negative when b is before a", () => {
    expect(workingDaysBetween("2025-06-13", "2025-06-06")).toBe(-4);
    expect(workingDaysBetween("2026-01-28", "2025-12-15")).toBe(-30);
  });

  it("Time: agrees with addWorkingDays", () => {
    for (const n of [0, 1, 10, 25, 30]) {
      expect(workingDaysBetween("2025-12-15", addWorkingDays("2025-12-15", n))).toBe(n);
    }
  });
});

describe("calendar arithmetic", () => {
  it("Time: calendar days cross month, year and DST changes", () => {
    expect(addCalendarDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addCalendarDays("2025-03-29", 1)).toBe("2025-03-30");
    expect(addCalendarDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(calendarDaysBetween("2025-12-10", "2026-01-09")).toBe(30);
    expect(calendarDaysBetween("2026-01-09", "2025-12-10")).toBe(-30);
  });

  it("Time: 31 January + 1 month is the last day of February", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
  });

  it("Time: 29 February + 1 year is 28 February", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });
});

describe("parisDate", () => {
  it("Time: 23:30 UTC on 2025-03-29 is already 2025-03-30 in Paris (UTC+1)", () => {
    expect(parisDate(new Date("2025-03-29T23:30:00Z"))).toBe("2025-03-30");
  });

  it("Time: after the spring DST change Paris is UTC+2", () => {
    expect(parisDate(new Date("2025-03-30T21:59:00Z"))).toBe("2025-03-30");
    expect(parisDate(new Date("2025-03-30T22:30:00Z"))).toBe("2025-03-31");
  });

  it("Time: after the autumn DST change Paris is back to UTC+1", () => {
    expect(parisDate(new Date("2025-10-25T22:30:00Z"))).toBe("2025-10-26");
    expect(parisDate(new Date("2025-10-26T22:30:00Z"))).toBe("2025-10-26");
    expect(parisDate(new Date("2025-10-26T23:00:00Z"))).toBe("2025-10-27");
  });

  it("Time: todayInParis reads the given instant, or now", () => {
    expect(todayInParis(new Date("2025-12-31T23:15:00Z"))).toBe("2026-01-01");
    expect(todayInParis()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("Time: rejects an invalid Date", () => {
    expect(() => parisDate(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("input validation", () => {
  it.each(["2025-02-30", "2025-13-01", "2025-6-1", "01/06/2025", "2025-06-01T10:00:00Z", "", " 2025-06-01"])(
    "Time: %j is rejected with a RangeError",
    (input) => {
      expect(() => isWorkingDay(input)).toThrow(RangeError);
      expect(() => addWorkingDays(input, 1)).toThrow(/expected a calendar date YYYY-MM-DD|Invalid/);
      expect(isIsoDate(input)).toBe(false);
    },
  );

  it("Time: the message names the faulty value", () => {
    expect(() => addCalendarDays("2025-02-30", 1)).toThrow(/"2025-02-30"/);
    expect(() => addWorkingDays("31/12/2025", 1)).toThrow('Invalid start date "31/12/2025": expected a calendar date YYYY-MM-DD');
  });

  it("Time: ISO dates compare in calendar order", () => {
    expect(compareIsoDates("2025-12-31", "2026-01-01")).toBeLessThan(0);
    expect(compareIsoDates("2026-01-01", "2026-01-01")).toBe(0);
    expect(isIsoDate("2024-02-29")).toBe(true);
  });
});
