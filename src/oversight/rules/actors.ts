import type { InstanceKind, UserRole } from "../../common/auth/actor";

/**
 * The caller's part in an oversight file (audit, compliance procedure, withdrawal):
 * ORGANISM: the habilitated organism's ORGANISM_ADMIN or its Mandataire (AUD-1: it may be assisted throughout);
 * AUDITOR: the platform user named as auditor of this audit;
 * AGENT: the concerned Instance's STAFF or PROVIDER (INS-2: they run audits and keep the file, never decide);
 * DECIDER: the concerned Instance's DECISION_MAKER (INS-1);
 * READER: an Instance that follows the file without having charge of the step: Certif Pro for every file (CTX-5),
 * the granting CPNE for an audit Certif Pro runs, Certif Pro's members for the decisions a CPNE takes.
 */
export const OVERSIGHT_ACTOR_KINDS = ["ORGANISM", "AUDITOR", "AGENT", "DECIDER", "READER"] as const;
export type OversightActorKind = (typeof OVERSIGHT_ACTOR_KINDS)[number];

export interface CallerFacts {
  readonly userId: number;
  readonly role: UserRole;
  readonly instanceId: number | null;
  readonly instanceKind: InstanceKind | null;
  /** The caller is the organism's ORGANISM_ADMIN, or a Mandataire holding its mandate (the service checks it). */
  readonly actsForOrganism: boolean;
}

export interface FileParties {
  /** The Instance that granted the habilitation: it takes every decision that follows (INS-1). */
  readonly grantingInstanceId: number;
  /** The Instance that ordered the audit (the granting one, or Certif Pro for a CPNE's habilitation); audits only. */
  readonly orderingInstanceId?: number | null;
  /** The auditor, when a platform user; audits only. */
  readonly auditorUserId?: number | null;
}

/** Which Instance has charge of a step: the one running the audit, or the one deciding. */
export type ConcernedSide = "ORDERING" | "GRANTING";

const INSTANCE_ROLES: ReadonlySet<UserRole> = new Set(["DECISION_MAKER", "STAFF", "PROVIDER"]);

function concernedInstance(file: FileParties, side: ConcernedSide): number {
  return side === "ORDERING" ? (file.orderingInstanceId ?? file.grantingInstanceId) : file.grantingInstanceId;
}

/** INS-1, INS-2, CTX-5, AUD-1: the caller's part in one step of the file; null when the file is none of its business. */
export function oversightActorKind(caller: CallerFacts | null, file: FileParties, side: ConcernedSide): OversightActorKind | null {
  if (!caller) return null;
  if (caller.actsForOrganism) return "ORGANISM";
  const member = caller.instanceId !== null && INSTANCE_ROLES.has(caller.role);
  if (member && caller.instanceId === concernedInstance(file, side)) return caller.role === "DECISION_MAKER" ? "DECIDER" : "AGENT";
  if (file.auditorUserId != null && caller.userId === file.auditorUserId) return "AUDITOR";
  if (!member) return null;
  const parties = [file.grantingInstanceId, file.orderingInstanceId ?? file.grantingInstanceId];
  if (parties.includes(caller.instanceId!) || caller.instanceKind === "CERTIFIER") return "READER";
  return null;
}

/**
 * Who sees a file, its report, observations and steps: the organism and its Mandataire, the Instances concerned, the
 * named auditor, and Certif Pro, which reads every procedure (CTX-5). Another CPNE sees nothing.
 */
export function mayReadOversightFile(caller: CallerFacts | null, file: FileParties): boolean {
  return oversightActorKind(caller, file, "GRANTING") !== null || oversightActorKind(caller, file, "ORDERING") !== null;
}
