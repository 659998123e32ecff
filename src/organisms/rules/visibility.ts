import type { Actor } from "../../common/auth/actor";

/** Which organisms a caller sees. */
export type OrganismScope =
  | { readonly kind: "NONE" }
  /** Certif Pro, national certifier, sees every organism. */
  | { readonly kind: "ALL" }
  /** An organism's admin, or a Mandataire with a mandate in force (HAB-2). */
  | { readonly kind: "ACTED_FOR" }
  /** A CPNE's members: the organisms that applied to it. */
  | { readonly kind: "APPLIED_TO"; readonly instanceId: number };

const INSTANCE_ROLES = new Set(["DECISION_MAKER", "STAFF", "PROVIDER"]);

export function organismScope(actor: Actor | null): OrganismScope {
  if (!actor) return { kind: "NONE" };
  if (actor.role === "ORGANISM_ADMIN" || actor.role === "MANDATAIRE") return { kind: "ACTED_FOR" };
  if (INSTANCE_ROLES.has(actor.role) && actor.instanceId !== null) {
    return actor.instanceKind === "CERTIFIER" ? { kind: "ALL" } : { kind: "APPLIED_TO", instanceId: actor.instanceId };
  }
  return { kind: "NONE" };
}

export interface OrganismFacts {
  /** The caller is the organism's admin or its Mandataire with a mandate in force. */
  readonly actsFor: boolean;
  /** The Instances the organism applied to. */
  readonly appliedTo: readonly number[];
}

export function maySeeOrganism(actor: Actor | null, facts: OrganismFacts): boolean {
  const scope = organismScope(actor);
  if (scope.kind === "ALL") return true;
  if (scope.kind === "ACTED_FOR") return facts.actsFor;
  if (scope.kind === "APPLIED_TO") return facts.appliedTo.includes(scope.instanceId);
  return false;
}

/**
 * GDPR-1 (privacy by default): contacts and intervenants are personal data. The organism, its Mandataire and the
 * Instances it applied to see them; Certif Pro sees every organism, but their people only when it applied to it.
 */
export function maySeePersonalData(actor: Actor | null, facts: OrganismFacts): boolean {
  if (!actor) return false;
  if (facts.actsFor) return true;
  return INSTANCE_ROLES.has(actor.role) && actor.instanceId !== null && facts.appliedTo.includes(actor.instanceId);
}

/** Only the organism (its admin) or its Mandataire edits its data; Instances read, never edit. */
export const mayEditOrganism = (actor: Actor | null, actsFor: boolean): boolean =>
  !!actor && (actor.role === "ORGANISM_ADMIN" || actor.role === "MANDATAIRE") && actsFor;

/** HAB-2: the organism itself gives a mandate, never a Mandataire. */
export const mayRegisterMandate = (actor: Actor | null, organismId: number): boolean =>
  !!actor && actor.role === "ORGANISM_ADMIN" && actor.organismId === organismId;
