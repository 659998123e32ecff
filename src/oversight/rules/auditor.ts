import type { InstanceKind, UserRole } from "../../common/auth/actor";
import { accept, checkText, type Decision, refuse } from "./decision";

/** AUD-1: "un auditeur membre de Certif Pro, d'une CPNE et/ou du Service compétent de l'Instance et/ou un Prestataire". */
export const AUDITOR_KINDS = ["CERTIF_PRO_MEMBER", "CPNE_MEMBER", "INSTANCE_STAFF", "PROVIDER"] as const;
export type AuditorKind = (typeof AUDITOR_KINDS)[number];

export const AUDITOR_KIND_LABELS: Readonly<Record<AuditorKind, string>> = {
  CERTIF_PRO_MEMBER: "membre de Certif Pro",
  CPNE_MEMBER: "membre d'une CPNE",
  INSTANCE_STAFF: "membre du service compétent de l'Instance",
  PROVIDER: "prestataire",
};

export interface AuditorUser {
  readonly id: number;
  readonly role: UserRole;
  readonly instanceId: number | null;
  readonly instanceKind: InstanceKind | null;
}

/** Either a user of the platform, or a named outside person (not both). */
export interface AuditorCandidate {
  readonly kind: AuditorKind;
  readonly user: AuditorUser | null;
  readonly name: string | null;
}

export interface Auditor {
  readonly kind: AuditorKind;
  readonly userId: number | null;
  readonly name: string | null;
}

const MAX_NAME = 200;

/** AUD-1: the auditor is who the convention lists; a platform user must hold the matching place. */
export function checkAuditor(candidate: AuditorCandidate, orderingInstanceId: number): Decision<Auditor> {
  const { kind, user } = candidate;
  const hasName = candidate.name !== null && candidate.name.trim() !== "";
  if ((user === null) === !hasName) {
    return refuse("INVALID", "Désignez l'auditeur soit parmi les utilisateurs de la plateforme, soit par son nom (personne extérieure), mais pas les deux.");
  }
  if (user === null) {
    const name = checkText(candidate.name!, "Le nom de l'auditeur", MAX_NAME);
    return name.ok ? accept({ kind, userId: null, name: name.value }) : name;
  }
  if (user.role === "ORGANISM_ADMIN" || user.role === "MANDATAIRE") {
    return refuse("INVALID", "L'auditeur ne peut être un utilisateur d'un organisme ou d'un mandataire : la procédure d'audit est contradictoire.");
  }
  const fits: Record<AuditorKind, boolean> = {
    CERTIF_PRO_MEMBER: user.instanceKind === "CERTIFIER",
    CPNE_MEMBER: user.instanceKind === "CPNE",
    INSTANCE_STAFF: user.role === "STAFF" && user.instanceId === orderingInstanceId,
    PROVIDER: user.role === "PROVIDER" && user.instanceId === orderingInstanceId,
  };
  if (!fits[kind]) {
    return refuse("INVALID", `L'utilisateur désigné n'est pas ${AUDITOR_KIND_LABELS[kind]}${kind === "INSTANCE_STAFF" || kind === "PROVIDER" ? " de l'Instance qui ordonne l'audit" : ""} : choisissez un autre auditeur ou une autre qualité.`);
  }
  return accept({ kind, userId: user.id, name: null });
}
