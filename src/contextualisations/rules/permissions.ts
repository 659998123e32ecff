import type { Actor } from "../../common/auth/actor";

/** Who may do what with a CPNE's contextualisation (CTX-1, CTX-5, INS-1, INS-2). */

const EDITING_ROLES = new Set(["DECISION_MAKER", "STAFF"]);

export const isCertifPro = (actor: Actor | null): boolean => actor?.instanceKind === "CERTIFIER";

/** Drafts, submissions and rejections are seen by the CPNE that owns them and by Certif Pro. */
export function canSeeUnpublished(actor: Actor | null, ownerInstanceId: number): boolean {
  return !!actor && (actor.instanceId === ownerInstanceId || isCertifPro(actor));
}

/** Only the owning CPNE's decision makers and staff write and submit its contextualisation; providers never. */
export function canEdit(actor: Actor | null, ownerInstanceId: number): boolean {
  return !!actor && actor.instanceKind === "CPNE" && actor.instanceId === ownerInstanceId && EDITING_ROLES.has(actor.role);
}

/** CTX-5, INS-1: approving or rejecting is a decision of Certif Pro, taken by a decision maker. */
export function canDecide(actor: Actor | null): boolean {
  return isCertifPro(actor) && actor!.role === "DECISION_MAKER";
}

/** REF-3: Certif Pro alone updates the referentials, by a decision maker. */
export function canManageReferentials(actor: Actor | null): boolean {
  return canDecide(actor);
}
