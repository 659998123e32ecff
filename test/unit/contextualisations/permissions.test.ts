import { describe, expect, it } from "vitest";
import type { Actor } from "../../../src/common/auth/actor";
import {
  mayDecideContextualisation as canDecide,
  mayEditContextualisation as canEdit,
  mayManageReferentials as canManageReferentials,
  maySeeUnpublishedContextualisation as canSeeUnpublished,
} from "../../../src/instances/rules/roles";

const actor = (role: Actor["role"], instanceKind: Actor["instanceKind"], instanceId: number): Actor => ({
  userId: 1, email: "x@y.demo", role, instanceId, instanceCode: `I${instanceId}`, instanceKind,
});
const CERTIF_PRO = 1;
const CPNE_A = 2;
const CPNE_B = 3;

describe("contextualisation permissions", () => {
  it("CTX-1: the owning CPNE's decision maker and staff edit; its provider does not", () => {
    expect(canEdit(actor("DECISION_MAKER", "CPNE", CPNE_A), CPNE_A)).toBe(true);
    expect(canEdit(actor("STAFF", "CPNE", CPNE_A), CPNE_A)).toBe(true);
    expect(canEdit(actor("PROVIDER", "CPNE", CPNE_A), CPNE_A)).toBe(false);
  });

  it("INS-3: another CPNE never edits, nor does Certif Pro", () => {
    expect(canEdit(actor("DECISION_MAKER", "CPNE", CPNE_B), CPNE_A)).toBe(false);
    expect(canEdit(actor("DECISION_MAKER", "CERTIFIER", CERTIF_PRO), CPNE_A)).toBe(false);
    expect(canEdit(null, CPNE_A)).toBe(false);
  });

  it("CTX-5, INS-1: only a Certif Pro decision maker decides", () => {
    expect(canDecide(actor("DECISION_MAKER", "CERTIFIER", CERTIF_PRO))).toBe(true);
    expect(canDecide(actor("STAFF", "CERTIFIER", CERTIF_PRO))).toBe(false);
    expect(canDecide(actor("PROVIDER", "CERTIFIER", CERTIF_PRO))).toBe(false);
    expect(canDecide(actor("DECISION_MAKER", "CPNE", CPNE_A))).toBe(false);
    expect(canDecide(null)).toBe(false);
  });

  it("REF-3: only a Certif Pro decision maker updates referentials", () => {
    expect(canManageReferentials(actor("DECISION_MAKER", "CERTIFIER", CERTIF_PRO))).toBe(true);
    expect(canManageReferentials(actor("STAFF", "CERTIFIER", CERTIF_PRO))).toBe(false);
    expect(canManageReferentials(actor("DECISION_MAKER", "CPNE", CPNE_A))).toBe(false);
  });

  it("CTX-5: unpublished work is seen by its CPNE and by Certif Pro only", () => {
    expect(canSeeUnpublished(actor("PROVIDER", "CPNE", CPNE_A), CPNE_A)).toBe(true);
    expect(canSeeUnpublished(actor("PROVIDER", "CERTIFIER", CERTIF_PRO), CPNE_A)).toBe(true);
    expect(canSeeUnpublished(actor("DECISION_MAKER", "CPNE", CPNE_B), CPNE_A)).toBe(false);
    expect(canSeeUnpublished(null, CPNE_A)).toBe(false);
  });
});
