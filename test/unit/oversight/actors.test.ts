import { describe, expect, it } from "vitest";

import { type FileParties, mayReadOversightFile, oversightActorKind } from "../../../src/oversight/rules/actors";
import { CALLERS, CERTIF_PRO, CPNE_PROPRETE } from "./fixtures";

// A CPNE Propreté habilitation audited by Certif Pro, with a CPNE Métallurgie staff member named as auditor.
const OVERSEEN: FileParties = { grantingInstanceId: CPNE_PROPRETE, orderingInstanceId: CERTIF_PRO, auditorUserId: CALLERS.metallurgieStaff.userId };
// A Certif Pro habilitation audited by Certif Pro, with an outside auditor.
const OWN: FileParties = { grantingInstanceId: CERTIF_PRO, orderingInstanceId: CERTIF_PRO, auditorUserId: null };

type Caller = keyof typeof CALLERS;

describe("who takes part in an oversight file", () => {
  it.each<[Caller, string | null, string | null]>([
    ["certifProDecider", "DECIDER", "READER"],
    ["certifProStaff", "AGENT", "READER"],
    ["certifProProvider", "AGENT", "READER"],
    ["propreteDecider", "READER", "DECIDER"],
    ["propreteStaff", "READER", "AGENT"],
    ["propreteProvider", "READER", "AGENT"],
    ["metallurgieDecider", null, null],
    ["metallurgieStaff", "AUDITOR", "AUDITOR"],
    ["organismAdmin", "ORGANISM", "ORGANISM"],
    ["mandataire", "ORGANISM", "ORGANISM"],
    ["otherOrganismAdmin", null, null],
    ["otherMandataire", null, null],
  ])("AUD-1, CTX-5, INS-1: on a CPNE's habilitation Certif Pro audits, %s is %s running the audit and %s deciding", (caller, ordering, granting) => {
    expect(oversightActorKind(CALLERS[caller], OVERSEEN, "ORDERING")).toBe(ordering);
    expect(oversightActorKind(CALLERS[caller], OVERSEEN, "GRANTING")).toBe(granting);
  });

  it.each<[Caller, string | null]>([
    ["certifProDecider", "DECIDER"],
    ["certifProStaff", "AGENT"],
    ["certifProProvider", "AGENT"],
    ["propreteDecider", null],
    ["propreteStaff", null],
    ["metallurgieStaff", null],
    ["organismAdmin", "ORGANISM"],
    ["mandataire", "ORGANISM"],
    ["otherMandataire", null],
  ])("INS-1, INS-2: on Certif Pro's own habilitation, %s is %s; another CPNE has no part", (caller, kind) => {
    expect(oversightActorKind(CALLERS[caller], OWN, "ORDERING")).toBe(kind);
    expect(oversightActorKind(CALLERS[caller], OWN, "GRANTING")).toBe(kind);
  });

  it("AUD-1: nobody unauthenticated takes part", () => {
    expect(oversightActorKind(null, OWN, "GRANTING")).toBeNull();
  });

  it("CTX-5: Certif Pro reads every procedure, even one where it has no step to take", () => {
    const procedure: FileParties = { grantingInstanceId: CPNE_PROPRETE };
    expect(oversightActorKind(CALLERS.certifProStaff, procedure, "GRANTING")).toBe("READER");
    expect(mayReadOversightFile(CALLERS.certifProProvider, procedure)).toBe(true);
  });

  it.each<[Caller, boolean]>([
    ["certifProDecider", true],
    ["propreteProvider", true],
    ["metallurgieDecider", false],
    ["metallurgieStaff", true],
    ["organismAdmin", true],
    ["mandataire", true],
    ["otherOrganismAdmin", false],
    ["otherMandataire", false],
  ])("AUD-1: %s may read the audit, its report and every step: %s", (caller, reads) => {
    expect(mayReadOversightFile(CALLERS[caller], OVERSEEN)).toBe(reads);
  });

  it("AUD-1: the named auditor sees the audit, not the procedures of the habilitation", () => {
    expect(mayReadOversightFile(CALLERS.metallurgieStaff, { grantingInstanceId: CPNE_PROPRETE })).toBe(false);
  });

  it("INS-3: another CPNE sees nothing of a habilitation it did not grant", () => {
    expect(mayReadOversightFile(CALLERS.metallurgieDecider, OWN)).toBe(false);
    expect(mayReadOversightFile(null, OWN)).toBe(false);
  });
});
