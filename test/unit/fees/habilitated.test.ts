import { describe, expect, it } from "vitest";

import { habilitatedPeriods } from "../../../src/fees/rules/habilitated";
import { maySetTariff as canSetTariff, feeScope } from "../../../src/instances/rules/roles";
import type { Actor } from "../../../src/common/auth/actor";

describe("habilitated periods", () => {
  it("FEE-2: from notification to expiry: 3 years, 6 when used and renewed (HAB-6)", () => {
    expect(habilitatedPeriods([{ notifiedOn: "2025-01-06" }])).toEqual([{ from: "2025-01-06", until: "2028-01-06" }]);
    expect(habilitatedPeriods([{ notifiedOn: "2025-01-06", firstUsedOn: "2025-03-03" }])).toEqual([{ from: "2025-01-06", until: "2031-01-06" }]);
  });

  it("FEE-2: a withdrawal ends it; a suspension does not", () => {
    expect(habilitatedPeriods([{ notifiedOn: "2025-01-06", firstUsedOn: "2025-03-03", withdrawnOn: "2026-04-01" }])).toEqual([
      { from: "2025-01-06", until: "2026-03-31" },
    ]);
    expect(habilitatedPeriods([{ notifiedOn: "2025-01-06", withdrawnOn: "2025-01-06" }])).toEqual([]);
    const suspended = habilitatedPeriods([{ notifiedOn: "2025-01-06", firstUsedOn: "2025-03-03", suspensions: [{ from: "2025-06-01", to: "2025-07-01" }] }]);
    expect(suspended).toEqual([{ from: "2025-01-06", until: "2028-01-06" }]);
  });
});

const actor = (role: Actor["role"], instanceKind: Actor["instanceKind"]): Actor => ({
  userId: 1,
  email: "x@y.demo",
  role,
  instanceId: instanceKind ? 1 : null,
  instanceCode: instanceKind === "CERTIFIER" ? "CERTIF_PRO" : instanceKind ? "CPNE_PROPRETE" : null,
  instanceKind,
});

describe("who sees and sets fees", () => {
  it("FEE-4: Certif Pro's decision maker alone sets the tariffs", () => {
    expect(canSetTariff(actor("DECISION_MAKER", "CERTIFIER"))).toBe(true);
    expect(canSetTariff(actor("STAFF", "CERTIFIER"))).toBe(false);
    expect(canSetTariff(actor("DECISION_MAKER", "CPNE"))).toBe(false);
    expect(canSetTariff(null)).toBe(false);
  });

  it("FEE-1: Certif Pro's decision makers and staff see every organism, organisms and Mandataires their own, others nothing", () => {
    expect(feeScope(actor("DECISION_MAKER", "CERTIFIER"))).toBe("EVERY_ORGANISM");
    expect(feeScope(actor("STAFF", "CERTIFIER"))).toBe("EVERY_ORGANISM");
    expect(feeScope(actor("PROVIDER", "CERTIFIER"))).toBeNull();
    expect(feeScope(actor("DECISION_MAKER", "CPNE"))).toBeNull();
    expect(feeScope(actor("ORGANISM_ADMIN", null))).toBe("ORGANISMS_ACTED_FOR");
    expect(feeScope(actor("MANDATAIRE", null))).toBe("ORGANISMS_ACTED_FOR");
    expect(feeScope(null)).toBeNull();
  });
});
