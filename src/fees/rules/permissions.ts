import type { Actor } from "../../common/auth/actor";

/** Who sees which organisms' fees: Certif Pro bills (Annexe 2), organisms and their Mandataires see their own. */
export type FeeScope = "EVERY_ORGANISM" | "ORGANISMS_ACTED_FOR";

export function feeScope(actor: Actor | null): FeeScope | null {
  if (!actor) return null;
  if (actor.instanceKind === "CERTIFIER" && (actor.role === "DECISION_MAKER" || actor.role === "STAFF")) return "EVERY_ORGANISM";
  if (actor.role === "ORGANISM_ADMIN" || actor.role === "MANDATAIRE") return "ORGANISMS_ACTED_FOR";
  return null;
}

/** FEE-4: "Ces montants peuvent être modifiés chaque année sur décision du Conseil d'administration de Certif Pro". */
export function canSetTariff(actor: Actor | null): boolean {
  return actor?.instanceKind === "CERTIFIER" && actor.role === "DECISION_MAKER";
}
