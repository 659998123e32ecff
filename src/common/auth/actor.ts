export type InstanceKind = "CERTIFIER" | "CPNE";
export type UserRole = "DECISION_MAKER" | "STAFF" | "PROVIDER" | "ORGANISM_ADMIN" | "MANDATAIRE";

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
