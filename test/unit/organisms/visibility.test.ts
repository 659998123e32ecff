import { describe, expect, it } from "vitest";
import type { Actor } from "../../../src/common/auth/actor";
import { mayEditOrganism, mayRegisterMandate, maySeeOrganism, maySeePersonalData, organismScope } from "../../../src/instances/rules/roles";

const CERTIF_PRO = 1;
const CPNE = 2;
const ORGANISM = 10;
const member = (role: Actor["role"], instanceKind: Actor["instanceKind"], instanceId: number): Actor => ({
  userId: 1, email: "x@y.demo", role, instanceId, instanceCode: `I${instanceId}`, instanceKind,
});
const admin = (organismId: number): Actor => ({ userId: 2, email: "a@o.demo", role: "ORGANISM_ADMIN", instanceId: null, instanceCode: null, instanceKind: null, organismId });
const mandataire: Actor = { userId: 3, email: "m@g.demo", role: "MANDATAIRE", instanceId: null, instanceCode: null, instanceKind: null, mandataireId: 1 };
const nothing = { actsFor: false, appliedTo: [] };

describe("who sees which organism", () => {
  it("HAB-2: an organism sees itself; a Mandataire the organisms it acts for", () => {
    expect(organismScope(admin(ORGANISM))).toEqual({ kind: "ACTED_FOR" });
    expect(maySeeOrganism(admin(ORGANISM), { actsFor: true, appliedTo: [] })).toBe(true);
    expect(maySeeOrganism(mandataire, nothing)).toBe(false);
  });

  it("INS-1: Certif Pro sees every organism; a CPNE those that applied to it", () => {
    for (const role of ["DECISION_MAKER", "STAFF", "PROVIDER"] as const) {
      expect(maySeeOrganism(member(role, "CERTIFIER", CERTIF_PRO), nothing)).toBe(true);
      expect(maySeeOrganism(member(role, "CPNE", CPNE), nothing)).toBe(false);
      expect(maySeeOrganism(member(role, "CPNE", CPNE), { actsFor: false, appliedTo: [CPNE] })).toBe(true);
    }
  });

  it("GDPR-1: anonymous callers see nothing", () => {
    expect(organismScope(null)).toEqual({ kind: "NONE" });
    expect(maySeeOrganism(null, { actsFor: true, appliedTo: [CPNE] })).toBe(false);
    expect(maySeePersonalData(null, { actsFor: true, appliedTo: [CPNE] })).toBe(false);
  });

  it("GDPR-1: contacts and intervenants: the organism, its Mandataire, the Instances it applied to", () => {
    expect(maySeePersonalData(admin(ORGANISM), { actsFor: true, appliedTo: [] })).toBe(true);
    expect(maySeePersonalData(mandataire, { actsFor: true, appliedTo: [] })).toBe(true);
    expect(maySeePersonalData(member("PROVIDER", "CPNE", CPNE), { actsFor: false, appliedTo: [CPNE] })).toBe(true);
    expect(maySeePersonalData(member("DECISION_MAKER", "CERTIFIER", CERTIF_PRO), { actsFor: false, appliedTo: [CPNE] })).toBe(false);
    expect(maySeePersonalData(member("DECISION_MAKER", "CERTIFIER", CERTIF_PRO), { actsFor: false, appliedTo: [CERTIF_PRO] })).toBe(true);
  });
});

describe("who edits an organism", () => {
  it("HAB-2: its admin or its Mandataire in force; Instances never", () => {
    expect(mayEditOrganism(admin(ORGANISM), true)).toBe(true);
    expect(mayEditOrganism(mandataire, true)).toBe(true);
    expect(mayEditOrganism(mandataire, false)).toBe(false);
    expect(mayEditOrganism(member("DECISION_MAKER", "CERTIFIER", CERTIF_PRO), true)).toBe(false);
    expect(mayEditOrganism(null, true)).toBe(false);
  });

  it("HAB-2: only the organism's admin registers a mandate", () => {
    expect(mayRegisterMandate(admin(ORGANISM), ORGANISM)).toBe(true);
    expect(mayRegisterMandate(admin(ORGANISM + 1), ORGANISM)).toBe(false);
    expect(mayRegisterMandate(mandataire, ORGANISM)).toBe(false);
  });
});
