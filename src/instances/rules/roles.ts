import type { Actor } from "../../common/auth/actor";

/**
 * Who the caller is for a decision: the actor predicates every area's permissions ask. INS-1: decisions belong to
 * the Instance, taken by its decision makers; INS-2: its staff and providers instruct and never decide.
 */

const INSTANCE_ROLES = new Set(["DECISION_MAKER", "STAFF", "PROVIDER"]);
const INSTRUCTING_ROLES = new Set(["STAFF", "PROVIDER"]);
const EDITING_ROLES = new Set(["DECISION_MAKER", "STAFF"]);

export const isInstanceMember = (actor: Actor | null): actor is Actor & { instanceId: number } =>
  !!actor && actor.instanceId !== null && INSTANCE_ROLES.has(actor.role);

export const isCertifPro = (actor: Actor | null): boolean => actor?.instanceKind === "CERTIFIER";

/** INS-1: a decision of this Instance, by one of its decision makers. */
export const isDecisionMakerOf = (actor: Actor | null, instanceId: number): boolean =>
  !!actor && actor.role === "DECISION_MAKER" && actor.instanceId === instanceId;

/** INS-2: the Instance's staff (service compétent) or one of its providers. */
export const isInstructorOf = (actor: Actor | null, instanceId: number): boolean =>
  !!actor && INSTRUCTING_ROLES.has(actor.role) && actor.instanceId === instanceId;

/** An organism acts itself (its admin) or through a Mandataire holding a mandate in force for it. */
export function actsForOrganism(actor: Actor | null, organismId: number, mandatedOrganismIds: readonly number[]): boolean {
  if (!actor) return false;
  if (actor.role === "ORGANISM_ADMIN") return actor.organismId === organismId;
  if (actor.role === "MANDATAIRE") return mandatedOrganismIds.includes(organismId);
  return false;
}

export const actsAsOrganism = (actor: Actor | null): boolean => actor?.role === "ORGANISM_ADMIN" || actor?.role === "MANDATAIRE";

/** The organism itself gives a mandate, never a Mandataire. */
export const mayRegisterMandate = (actor: Actor | null, organismId: number): boolean =>
  !!actor && actor.role === "ORGANISM_ADMIN" && actor.organismId === organismId;

/** Only the organism (its admin) or its Mandataire edits its data; Instances read, never edit. */
export const mayEditOrganism = (actor: Actor | null, actsFor: boolean): boolean => actsAsOrganism(actor) && actsFor;

/** GDPR-1: the organism is the controller of its candidates' data: its admin acts on them, never its Mandataire. */
export const isOrganismAdminOf = (actor: Actor | null, organismId: number): boolean =>
  !!actor && actor.role === "ORGANISM_ADMIN" && actor.organismId === organismId;

/** EVA-7, CTX-5: a letter to the certifier is recorded by its decision makers or staff, or by Certif Pro's. */
export const mayRecordForCertifier = (actor: Actor | null, certifierInstanceId: number): boolean =>
  isInstanceMember(actor) && EDITING_ROLES.has(actor.role) && (actor.instanceId === certifierInstanceId || isCertifPro(actor));

/** EVA-5, CTX-5: the certifier decides on a certificate it delivered, by a decision maker; Certif Pro's too. */
export const mayDecideForCertifier = (actor: Actor | null, certifierInstanceId: number): boolean =>
  !!actor && actor.role === "DECISION_MAKER" && (actor.instanceId === certifierInstanceId || isCertifPro(actor));

/** GDPR-1, convention IV.7: candidates' data are destroyed "selon les instructions de Certif Pro", by a decision maker. */
export const mayInstructDestruction = (actor: Actor | null): boolean => isCertifPro(actor) && actor!.role === "DECISION_MAKER";

/** Which organisms a caller sees. */
export type OrganismScope =
  | { readonly kind: "NONE" }
  /** Certif Pro, national certifier, sees every organism. */
  | { readonly kind: "ALL" }
  /** An organism's admin, or a Mandataire with a mandate in force. */
  | { readonly kind: "ACTED_FOR" }
  /** A CPNE's members: the organisms that applied to it. */
  | { readonly kind: "APPLIED_TO"; readonly instanceId: number };

export function organismScope(actor: Actor | null): OrganismScope {
  if (!actor) return { kind: "NONE" };
  if (actsAsOrganism(actor)) return { kind: "ACTED_FOR" };
  if (isInstanceMember(actor)) return isCertifPro(actor) ? { kind: "ALL" } : { kind: "APPLIED_TO", instanceId: actor.instanceId };
  return { kind: "NONE" };
}

export interface OrganismFacts {
  /** The caller is the organism's admin or its Mandataire with a mandate in force. */
  readonly actsFor: boolean;
  /** The Instances the organism filed an application with. */
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
  return isInstanceMember(actor) && facts.appliedTo.includes(actor.instanceId);
}

/** Drafts, submissions and rejections are seen by the CPNE that owns them and by Certif Pro. */
export const maySeeUnpublishedContextualisation = (actor: Actor | null, ownerInstanceId: number): boolean =>
  !!actor && (actor.instanceId === ownerInstanceId || isCertifPro(actor));

/** The owning CPNE's decision makers and staff write and submit its contextualisation; providers never. */
export const mayEditContextualisation = (actor: Actor | null, ownerInstanceId: number): boolean =>
  !!actor && actor.instanceKind === "CPNE" && actor.instanceId === ownerInstanceId && EDITING_ROLES.has(actor.role);

/** CTX-5: approving or rejecting a contextualisation is Certif Pro's decision, taken by a decision maker. */
export const mayDecideContextualisation = (actor: Actor | null): boolean => isCertifPro(actor) && actor!.role === "DECISION_MAKER";

/** Certif Pro alone updates the referentials, by a decision maker. */
export const mayManageReferentials = (actor: Actor | null): boolean => mayDecideContextualisation(actor);

/**
 * CTX-5: an Instance's journal is read by its members; Certif Pro's members read every Instance's, as Certif Pro
 * stays fully responsible for the certificate when it delegates.
 */
export function mayReadJournal(actor: Actor | null, instanceCode: string): boolean {
  if (!isInstanceMember(actor)) return false;
  return isCertifPro(actor) || actor.instanceCode === instanceCode;
}

/** Who sees which organisms' fees: Certif Pro bills, organisms and their Mandataires see their own. */
export type FeeScope = "EVERY_ORGANISM" | "ORGANISMS_ACTED_FOR";

export function feeScope(actor: Actor | null): FeeScope | null {
  if (!actor) return null;
  if (isCertifPro(actor) && (actor.role === "DECISION_MAKER" || actor.role === "STAFF")) return "EVERY_ORGANISM";
  if (actsAsOrganism(actor)) return "ORGANISMS_ACTED_FOR";
  return null;
}

/** The tariffs change by decision of Certif Pro's board, entered by a decision maker. */
export const maySetTariff = (actor: Actor | null): boolean => isCertifPro(actor) && actor!.role === "DECISION_MAKER";
