import type { InstanceKind } from "../../common/auth/actor";

export interface DelegationFacts {
  readonly instance: { readonly code: string; readonly name: string; readonly kind: InstanceKind };
  /** The certifications Certif Pro delegated to this Instance (delegations not revoked). */
  readonly delegatedCertifications: readonly string[];
  readonly certification: string;
}

export type DelegationDecision = { readonly ok: true } | { readonly ok: false; readonly code: "NOT_DELEGATED"; readonly message: string };

/**
 * INS-1: an Instance decides within its field: Certif Pro for every certification, a CPNE for those Certif Pro
 * delegated to it. CTX-1: only such a CPNE contextualises, for its own field.
 */
export function checkDelegation(facts: DelegationFacts, purpose: "HABILITATE" | "CONTEXTUALISE"): DelegationDecision {
  if (facts.instance.kind === "CERTIFIER" && purpose === "HABILITATE") return { ok: true };
  if (facts.instance.kind === "CPNE" && facts.delegatedCertifications.includes(facts.certification)) return { ok: true };
  const message =
    purpose === "CONTEXTUALISE"
      ? `${facts.instance.code} ne détient pas la délégation de Certif Pro pour contextualiser ${facts.certification} (CTX-1).`
      : `${facts.instance.name} ne détient pas la délégation de Certif Pro pour ${facts.certification} : elle ne peut pas habiliter (INS-1).`;
  return { ok: false, code: "NOT_DELEGATED", message };
}
