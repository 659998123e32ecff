import type { InstanceKind } from "../../instances/instance.entity";
import type { UserRole } from "../../instances/user.entity";

/** The authenticated caller, as the permission rules see it. */
export interface Actor {
  userId: number;
  email: string;
  role: UserRole;
  /** Instance members (DECISION_MAKER, STAFF, PROVIDER). */
  instanceId: number | null;
  instanceCode: string | null;
  instanceKind: InstanceKind | null;
  /** ORGANISM_ADMIN: the organism the user belongs to. */
  organismId?: number | null;
  /** MANDATAIRE: the mandataire the user works for; its mandates say for which organisms it acts. */
  mandataireId?: number | null;
}

export const isInstanceMember = (actor: Actor | null): actor is Actor & { instanceId: number } =>
  !!actor && actor.instanceId !== null && (actor.role === "DECISION_MAKER" || actor.role === "STAFF" || actor.role === "PROVIDER");
