import { describe, expect, it } from "vitest";

import { checkCandidateReference } from "../../../src/evaluations/rules/enrolment";
import { checkProcessingLimit, checkProcessingLimitLifted } from "../../../src/evaluations/rules/processing-limits";
import { checkResultsCommunication } from "../../../src/evaluations/rules/results-request";
import { expectAccepted, expectRefused } from "./fixtures";

const none = { restrictedSince: null, objectedSince: null };

describe("restriction and objection (GDPR-1)", () => {
  it("GDPR-1: the day of the person's request is recorded, never in the future", () => {
    expect(expectAccepted(checkProcessingLimit("RESTRICTION", none, "2026-05-08", "2026-05-11"))).toBe("2026-05-08");
    expect(expectRefused(checkProcessingLimit("OBJECTION", none, "2026-05-12", "2026-05-11")).message).toContain("l'opposition au traitement");
  });

  it("GDPR-1: one request of each kind at a time, lifted only when there is one", () => {
    const restricted = { restrictedSince: "2026-05-08", objectedSince: null };
    expect(expectRefused(checkProcessingLimit("RESTRICTION", restricted, "2026-05-11", "2026-05-11")).message).toContain("08/05/2026");
    expectAccepted(checkProcessingLimit("OBJECTION", restricted, "2026-05-11", "2026-05-11"));
    expectAccepted(checkProcessingLimitLifted("RESTRICTION", restricted));
    expect(expectRefused(checkProcessingLimitLifted("OBJECTION", restricted)).message).toBe("Aucune demande d'opposition n'est en cours pour cette personne.");
  });
});

describe("the organism's file number (GDPR-1)", () => {
  it("GDPR-1: a file number, not a name with spaces and accents", () => {
    expect(expectAccepted(checkCandidateReference("  DELTA-2026/014 "))).toBe("DELTA-2026/014");
    expect(expectRefused(checkCandidateReference("Éloïse Lefèvre")).rule).toBe("GDPR-1");
    expectRefused(checkCandidateReference(""));
  });
});

describe("communicating the results (EVA-7)", () => {
  it("EVA-7: after the jury's decision (Whit Monday 2026 included), never before it nor in the future", () => {
    expect(expectAccepted(checkResultsCommunication("2026-05-22", "2026-05-25", "2026-05-26"))).toBe("2026-05-25");
    expect(expectRefused(checkResultsCommunication("2026-05-22", "2026-05-21", "2026-05-26")).message).toContain("22/05/2026");
    expectRefused(checkResultsCommunication("2026-05-22", "2026-05-27", "2026-05-26"));
    expect(expectRefused(checkResultsCommunication(null, "2026-05-25", "2026-05-26")).code).toBe("CONFLICT");
  });
});
