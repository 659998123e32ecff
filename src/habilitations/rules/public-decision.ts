/** HAB-5: "L'Organisme Habilité autorise Certif Pro [la CPNE] à rendre publique la décision relative à sa demande." */

/**
 * A notified decision, as far as it was notified: a refusal under appeal, or whose appeal decision is not notified
 * yet, is still the notified refusal; a dismissal or an acceptance on appeal is public once notified.
 */
export const PUBLIC_DECISION_STATUSES = ["NOTIFIED_ACCEPTED", "NOTIFIED_REFUSED", "APPEALED", "APPEAL_UPHELD", "APPEAL_DISMISSED", "APPEAL_DISMISSED_NOTIFIED"] as const;
export type PublicDecisionStatus = (typeof PUBLIC_DECISION_STATUSES)[number];

export type DecisionOutcome = "ACCEPTED" | "REFUSED";

export interface DecisionFacts {
  readonly status: PublicDecisionStatus;
  readonly instanceKind: "CERTIFIER" | "CPNE";
  readonly applicationField: string | null;
  readonly instanceField: string | null;
  readonly durationMonths: number | null;
}

export interface PublicOutcome {
  readonly outcome: DecisionOutcome;
  readonly outcomeLabel: string;
  /** Acceptance only: a CPNE's acceptance states its professional field (HAB-5, CTX-4). */
  readonly professionalField: string | null;
  /** Acceptance only: "La décision d'acceptation précise la durée de l'habilitation". */
  readonly durationMonths: number | null;
}

/** What may be published of a notified decision: the outcome, and for an acceptance its field and duration. Never the reasons. */
export function publicOutcome(facts: DecisionFacts): PublicOutcome {
  if (facts.status !== "NOTIFIED_ACCEPTED") {
    return {
      outcome: "REFUSED",
      outcomeLabel: facts.status === "APPEAL_DISMISSED_NOTIFIED" ? "Habilitation refusée (recours rejeté)" : "Habilitation refusée",
      professionalField: null,
      durationMonths: null,
    };
  }
  return {
    outcome: "ACCEPTED",
    outcomeLabel: "Habilitation accordée",
    professionalField: facts.applicationField ?? (facts.instanceKind === "CPNE" ? facts.instanceField : null),
    durationMonths: facts.durationMonths,
  };
}
