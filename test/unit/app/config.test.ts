import { describe, expect, it } from "vitest";
import { readConfig } from "../../../src/config";

const PRODUCTION = { NODE_ENV: "production", JWT_SECRET: "a-production-secret-of-at-least-32-characters" };

describe("the development clock's configuration", () => {
  it("reads CLOCK_TODAY outside production", () => {
    expect(readConfig({ CLOCK_TODAY: "2027-05-06" }).clockToday).toBe("2027-05-06");
    expect(readConfig({}).clockToday).toBeNull();
  });

  it("refuses CLOCK_TODAY in production, and a date that is not one", () => {
    expect(() => readConfig({ ...PRODUCTION, CLOCK_TODAY: "2027-05-06" })).toThrow(/CLOCK_TODAY/);
    expect(() => readConfig({ CLOCK_TODAY: "6 mai" })).toThrow(/YYYY-MM-DD/);
    expect(readConfig(PRODUCTION).clockToday).toBeNull();
  });
});
