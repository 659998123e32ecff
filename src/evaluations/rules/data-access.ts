import type { Actor } from "../../common/auth/actor";
import { isInstanceMember } from "../../instances/rules/roles";
import { accept, type Decision, refuse } from "./decision";

export type AccessReason = "OWN_ORGANISM" | "RESULTS_REQUEST" | "AUDIT";

export interface CandidateAccessFacts {
  readonly candidateOrganismId: number;
  /** Instances a request of this person (EVA-7) is addressed to. */
  readonly resultsRequestsAddressedTo: readonly string[];
  /** Instances running an audit of the person's organism (AUD-1). */
  readonly auditsOfOrganismBy: readonly string[];
}

export interface Access {
  readonly reason: AccessReason;
  /** Every read by an Instance is journaled. */
  readonly journaled: boolean;
}

/**
 * GDPR-1, convention IV.7: the organism is the controller of its candidates' data: it sees them; its Mandataire, who
 * only carried its application, does not; an Instance sees them only where a rule gives it a reason (a request
 * addressed to it, an audit of that organism), and each such read is journaled.
 */
export function candidateDataAccess(actor: Actor | null, facts: CandidateAccessFacts): Decision<Access> {
  if (!actor) return refuse("FORBIDDEN", "GDPR-1", "Authentifiez-vous : les données des candidats ne sont pas publiques.");
  if (actor.role === "ORGANISM_ADMIN") {
    if (actor.organismId === facts.candidateOrganismId) return accept({ reason: "OWN_ORGANISM", journaled: false });
    return refuse("FORBIDDEN", "GDPR-1", "Ce candidat est inscrit auprès d'un autre organisme : seul celui-ci, responsable du traitement, accède à ses données.");
  }
  if (actor.role === "MANDATAIRE") {
    return refuse("FORBIDDEN", "GDPR-1", "Le mandataire porte la demande d'habilitation de l'organisme ; les données de ses candidats restent à l'organisme, responsable du traitement.");
  }
  if (isInstanceMember(actor) && actor.instanceCode !== null) {
    if (facts.resultsRequestsAddressedTo.includes(actor.instanceCode)) return accept({ reason: "RESULTS_REQUEST", journaled: true });
    if (facts.auditsOfOrganismBy.includes(actor.instanceCode)) return accept({ reason: "AUDIT", journaled: true });
    return refuse(
      "FORBIDDEN",
      "GDPR-1",
      "Une Instance n'accède aux données d'un candidat que pour une demande qui lui est adressée (consultation du procès-verbal, contestation) ou pour l'audit de son organisme.",
    );
  }
  return refuse("FORBIDDEN", "GDPR-1", "Votre rôle ne donne pas accès aux données des candidats.");
}
