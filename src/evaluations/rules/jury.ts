import type { IsoDate } from "../../common/calendar/working-days";
import { certificationOutcome } from "../../referentials/rules/certification-outcome";
import { accept, type Decision, refuse } from "./decision";
import { formatDate, joinFrench } from "../../common/french";
import type { PathStatus } from "./path";
import { checkJuryMembers, type PersonOnPath } from "./trainer-separation";

/** What the API computes for the jury: information, never a decision (EVA-5; GDPR-1, no solely automated decision). */
export interface JuryProposal {
  readonly allDomainsValidated: boolean;
  readonly validatedDomains: readonly string[];
  readonly missingDomains: readonly string[];
  /** REF-4's reason where the certificate would not be obtained. */
  readonly reason: string | null;
  readonly notice: string;
}

export const JURY_NOTICE =
  "Calcul indicatif établi à partir des évaluations enregistrées : le jury est souverain pour décider de la délivrance du certificat ; aucune décision n'est prise automatiquement.";

/** EVA-5, REF-4: whether every domain is validated, as the evaluations stand. */
export function juryProposal(status: PathStatus): JuryProposal {
  return {
    allDomainsValidated: status.remainingDomains.length === 0,
    validatedDomains: status.validatedDomains,
    missingDomains: status.remainingDomains,
    reason: status.outcome.obtained ? null : status.outcome.reason,
    notice: JURY_NOTICE,
  };
}

export type JuryOutcome = "AWARDED" | "NOT_AWARDED";

export interface JuryDecisionInput {
  readonly certification: string;
  readonly domains: readonly string[];
  readonly status: PathStatus;
  readonly lastEvaluationOn: IsoDate | null;
  readonly alreadyAwarded: boolean;
  readonly members: readonly PersonOnPath[];
  readonly trainers: readonly PersonOnPath[];
  readonly outcome: JuryOutcome;
  /** The domains as the jury judges them. */
  readonly validatedDomains: readonly string[];
  /** One reason per domain the jury judges otherwise than the evaluations. */
  readonly departures: readonly { readonly domainCode: string; readonly reason: string }[];
  /** Why the certificate is not awarded although every domain is validated. */
  readonly reason: string | null;
  readonly minutes: string;
  readonly decidedOn: IsoDate;
  readonly today: IsoDate;
}

export interface JuryDecision {
  readonly outcome: JuryOutcome;
  readonly validatedDomains: readonly string[];
  readonly decidedOn: IsoDate;
}

const filled = (text: string | null | undefined): boolean => !!text && text.trim().length > 0;

/**
 * EVA-5, art. 5: "Le jury est souverain pour décider de la délivrance des certificats": the decision is the jury's,
 * recorded with its named members and minutes; it may judge a domain otherwise than the evaluations, with a reason;
 * it awards only with every domain validated (REF-4, art. 4: "le candidat doit valider chaque domaine").
 */
export function checkJuryDecision(input: JuryDecisionInput): Decision<JuryDecision> {
  if (input.alreadyAwarded) return refuse("CONFLICT", "EVA-5", "Le jury a déjà délivré le certificat à cette personne pour ce parcours.");
  if (input.lastEvaluationOn === null) return refuse("CONFLICT", "EVA-5", "Le jury statue sur un dossier évalué : aucune évaluation n'est encore validée pour ce parcours.");
  if (input.decidedOn < input.lastEvaluationOn || input.decidedOn > input.today) {
    return refuse("BAD_USER_INPUT", "EVA-5", `La décision du jury est datée entre la dernière évaluation (${formatDate(input.lastEvaluationOn)}) et aujourd'hui (${formatDate(input.today)}).`);
  }
  const members = checkJuryMembers(input.members, input.trainers);
  if (!members.ok) return members;
  if (!filled(input.minutes)) return refuse("BAD_USER_INPUT", "EVA-5", "Joignez le procès-verbal du jury : il est consultable par la personne (EVA-7).");
  const unknown = input.validatedDomains.filter((code) => !input.domains.includes(code));
  if (unknown.length > 0) return refuse("BAD_USER_INPUT", "EVA-5", `Domaines inconnus dans ce référentiel : ${joinFrench(unknown)}.`);
  const computed = new Set(input.status.validatedDomains);
  const judged = new Set(input.validatedDomains);
  const differing = input.domains.filter((code) => computed.has(code) !== judged.has(code));
  const unexplained = differing.filter((code) => !input.departures.some((d) => d.domainCode === code && filled(d.reason)));
  if (unexplained.length > 0) {
    return refuse(
      "BAD_USER_INPUT",
      "EVA-5",
      `Le jury, souverain, peut apprécier un domaine autrement que les évaluations, en motivant son appréciation ; motif manquant pour ${unexplained.length > 1 ? "les domaines" : "le domaine"} ${joinFrench(unexplained)}.`,
    );
  }
  const outcome = certificationOutcome({
    certification: input.certification,
    domains: input.domains,
    validatedDomains: input.validatedDomains,
    scorePercent: input.status.scorePercent,
  });
  if (input.outcome === "AWARDED" && !outcome.obtained) {
    return refuse("BAD_USER_INPUT", "REF-4", `Le certificat ne peut être délivré : ${outcome.reason.charAt(0).toLowerCase()}${outcome.reason.slice(1)}`);
  }
  if (input.outcome === "NOT_AWARDED" && outcome.obtained && !filled(input.reason)) {
    return refuse("BAD_USER_INPUT", "EVA-5", "Tous les domaines sont validés : motivez la décision de ne pas délivrer le certificat.");
  }
  return accept({ outcome: input.outcome, validatedDomains: input.domains.filter((code) => judged.has(code)), decidedOn: input.decidedOn });
}
