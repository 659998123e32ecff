import { describe, expect, it } from "vitest";
import { certificationOutcome } from "../../../src/referentials/rules/certification-outcome";

const management = { certification: "CLEA_MANAGEMENT", domains: ["1", "2", "3"] };
const clea = { certification: "CLEA", domains: ["1", "2", "3", "4", "5", "6", "7"] };

describe("certification outcome", () => {
  it("REF-4: CléA management is obtained when every domain is validated", () => {
    expect(certificationOutcome({ ...management, validatedDomains: ["3", "1", "2"] })).toEqual({ obtained: true });
  });

  it("REF-4: one domain missing and CléA management is not obtained, naming the domain", () => {
    expect(certificationOutcome({ ...management, validatedDomains: ["1", "3"] })).toMatchObject({ obtained: false, missingDomains: ["2"] });
  });

  it("REF-4: CléA needs its 7 domains and at least 75 % of the points", () => {
    const all = clea.domains;
    expect(certificationOutcome({ ...clea, validatedDomains: all, scorePercent: 75 })).toEqual({ obtained: true });
    expect(certificationOutcome({ ...clea, validatedDomains: all, scorePercent: 74.5 })).toMatchObject({ obtained: false, missingDomains: [] });
    expect(certificationOutcome({ ...clea, validatedDomains: all.slice(1), scorePercent: 90 })).toMatchObject({ obtained: false, missingDomains: ["1"] });
  });

  it("REF-4: a domain the referential does not have is an error, not a validation", () => {
    expect(() => certificationOutcome({ ...management, validatedDomains: ["1", "2", "3", "4"] })).toThrow(RangeError);
  });
});
