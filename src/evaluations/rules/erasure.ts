import type { IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";
import { type HabilitationRecord, mayFinishEnrolledCandidate, statusOn } from "../../habilitations/rules/validity";
import { accept, type Decision, refuse } from "./decision";
import { count } from "../../common/french";

/** GDPR-1: what an erasure or a destruction removes of a person, and what it keeps. */
export const ERASED_DATA = [
  "nom, prénoms et date de naissance",
  "adresse e-mail et adresse postale",
  "aménagements accordés",
  "détails du contrôle d'identité des évaluations à distance",
  "lien entre la personne et ses évaluations, son parcours de formation et la décision du jury",
] as const;

export const KEPT_DATA = [
  "le talon de vérification de chaque certificat délivré (numéro, code de vérification, certification, version, Instance, date, initiales du titulaire), que le certificateur doit conserver pour vérifier le certificat",
  "les résultats anonymisés (certification, version, contexte, année, domaines validés, décision du jury), sans aucune identité",
  "la trace au journal de l'effacement (date, auteur, motif), sans donnée personnelle",
] as const;

export interface ErasurePlan {
  readonly erased: readonly string[];
  readonly kept: readonly string[];
  /** An erasure during a path ends it. */
  readonly endsPath: boolean;
}

export interface ErasureFacts {
  /** EVA-7 requests not yet decided. */
  readonly openResultsRequests: number;
  readonly pathOpen: boolean;
}

/**
 * GDPR-1: the person may have their data erased, except the certificate's verification stub and anonymised results;
 * while a request of theirs to the certifier is being examined, the data it needs stays (RGPD art. 17.3.e).
 */
export function checkErasure(facts: ErasureFacts): Decision<ErasurePlan> {
  if (facts.openResultsRequests > 0) {
    return refuse(
      "CONFLICT",
      "GDPR-1",
      `${count(facts.openResultsRequests, "demande de la personne est", "demandes de la personne sont")} en cours d'examen par le certificateur (EVA-7) : l'effacement aura lieu une fois la décision rendue.`,
    );
  }
  return accept({ erased: ERASED_DATA, kept: KEPT_DATA, endsPath: facts.pathOpen });
}

export interface DestructionCandidate {
  readonly id: number | string;
  readonly enrolledOn: IsoDate;
  readonly pathClosed: boolean;
}

export interface DestructionInput {
  readonly instructedBy: { readonly kind: InstanceKind };
  readonly habilitation: HabilitationRecord;
  readonly candidates: readonly DestructionCandidate[];
  readonly today: IsoDate;
}

export interface DestructionPlan {
  readonly destroyed: readonly (number | string)[];
  /** Carried to the end of their path after a renunciation (HAB-6): destroyed once it closes. */
  readonly deferred: readonly (number | string)[];
  readonly erased: readonly string[];
  readonly kept: readonly string[];
}

/**
 * GDPR-1, convention IV.7: "selon les instructions de Certif Pro, détruire ou effacer les données Personnelles au
 * terme de la période d'habilitation ou en cas de retrait de l'habilitation"; people carried to the end after a
 * renunciation (HAB-6) keep their data until their path closes.
 */
export function checkDestruction(input: DestructionInput): Decision<DestructionPlan> {
  if (input.instructedBy.kind !== "CERTIFIER") {
    return refuse("FORBIDDEN", "GDPR-1", "La destruction des données des candidats d'un organisme se fait selon les instructions de Certif Pro.");
  }
  const status = statusOn(input.habilitation, input.today);
  if (status !== "EXPIRED" && status !== "WITHDRAWN" && status !== "RENOUNCED") {
    return refuse(
      "CONFLICT",
      "GDPR-1",
      "L'habilitation n'a pas pris fin : la destruction intervient au terme de la période d'habilitation, en cas de retrait ou de renonciation effective.",
    );
  }
  const carried = (candidate: DestructionCandidate): boolean =>
    !candidate.pathClosed && mayFinishEnrolledCandidate(input.habilitation, candidate.enrolledOn, input.today);
  return accept({
    destroyed: input.candidates.filter((candidate) => !carried(candidate)).map((candidate) => candidate.id),
    deferred: input.candidates.filter(carried).map((candidate) => candidate.id),
    erased: ERASED_DATA,
    kept: KEPT_DATA,
  });
}
