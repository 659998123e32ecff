import { computeDeadline } from "../../common/calendar/deadlines";
import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";
import { accept, type Decision, refuse } from "./decision";
import { formatDate } from "../../common/french";

export type ResultsRequestKind = "CONSULT_MINUTES" | "CONTEST_RESULTS";
/** Art. 7: "par écrit en recommandé avec accusé de réception". */
export type RequestChannel = "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT" | "OTHER";

export interface InstanceRef {
  readonly code: string;
  readonly kind: InstanceKind;
}

export interface ResultsRequestInput {
  readonly kind: ResultsRequestKind;
  /** The day the organism communicated the results; null while not communicated. */
  readonly resultsCommunicatedOn: IsoDate | null;
  /** Postmark of the registered letter. */
  readonly sentOn: IsoDate;
  readonly receivedOn: IsoDate;
  readonly channel: RequestChannel;
  /** The Instance that received the letter and records it. */
  readonly addressedTo: InstanceRef;
  /** The Instance in whose name the habilitation was granted (Certif Pro, or the delegated CPNE). */
  readonly certifier: InstanceRef;
  readonly today: IsoDate;
}

const KIND_LABEL: Readonly<Record<ResultsRequestKind, string>> = {
  CONSULT_MINUTES: "La demande de consultation du procès-verbal du jury",
  CONTEST_RESULTS: "La contestation des résultats",
};

/** EVA-7: the last day to send a request: one month after the results were communicated. */
export function resultsRequestDeadline(resultsCommunicatedOn: IsoDate): IsoDate {
  return computeDeadline("EVA_CONTEST", resultsCommunicatedOn);
}

/**
 * EVA-7, art. 7: a request to consult the jury minutes or to contest the results "doit être adressée par écrit en
 * recommandé avec accusé de réception au(x) certificateur(s) dans un délai d'un mois à l'issue de la communication
 * des résultats": to Certif Pro or to the delegated CPNE in whose name the certificate is delivered (CTX-5).
 */
export function checkResultsRequest(input: ResultsRequestInput): Decision<{ readonly deadline: IsoDate }> {
  const what = KIND_LABEL[input.kind];
  if (input.resultsCommunicatedOn === null) {
    return refuse("CONFLICT", "EVA-7", `${what} suit la communication des résultats : l'organisme ne les a pas encore communiqués à la personne.`);
  }
  // Certif Pro stays responsible for every certificate, delegated or not (CTX-5).
  const addressedToCertifier = input.addressedTo.kind === "CERTIFIER" || input.addressedTo.code === input.certifier.code;
  if (!addressedToCertifier) {
    return refuse(
      "FORBIDDEN",
      "EVA-7",
      `${what} s'adresse au certificateur au nom duquel le certificat est délivré (Certif Pro${input.certifier.kind === "CPNE" ? ` ou la CPNE ${input.certifier.code}` : ""}) : elle ne peut être enregistrée par ${input.addressedTo.code}.`,
    );
  }
  if (input.channel !== "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT") {
    return refuse("BAD_USER_INPUT", "EVA-7", `${what} est adressée par écrit en recommandé avec accusé de réception (règlement d'évaluation, art. 7).`);
  }
  if (input.sentOn > input.receivedOn || input.receivedOn > input.today) {
    return refuse("BAD_USER_INPUT", "EVA-7", "Dates incohérentes : la lettre est envoyée avant d'être reçue, et reçue au plus tard aujourd'hui.");
  }
  const deadline = resultsRequestDeadline(input.resultsCommunicatedOn);
  if (input.sentOn < input.resultsCommunicatedOn) {
    return refuse("BAD_USER_INPUT", "EVA-7", `${what} suit la communication des résultats du ${formatDate(input.resultsCommunicatedOn)} : vérifiez la date d'envoi.`);
  }
  if (input.sentOn > deadline) {
    return refuse(
      "BAD_USER_INPUT",
      "EVA-7",
      `${what} devait être adressée au plus tard le ${formatDate(deadline)}, un mois après la communication des résultats le ${formatDate(input.resultsCommunicatedOn)} ; envoyée le ${formatDate(input.sentOn)}, elle est hors délai. Reste le recours devant la juridiction compétente.`,
    );
  }
  return accept({ deadline });
}

export type ResultsRequestOutcome = "GRANTED" | "UPHELD" | "DISMISSED";

/** EVA-7: "Le certificateur examinera le recours et décidera des suites à donner": once, with its reasons. */
export function checkResultsRequestDecision(
  kind: ResultsRequestKind,
  alreadyDecided: boolean,
  outcome: ResultsRequestOutcome,
  reasons: string,
): Decision<ResultsRequestOutcome> {
  if (alreadyDecided) return refuse("CONFLICT", "EVA-7", "Le certificateur a déjà statué sur cette demande.");
  if (kind === "CONSULT_MINUTES" && outcome !== "GRANTED") {
    return refuse("BAD_USER_INPUT", "EVA-7", "Une demande de consultation du procès-verbal reçue dans le délai est accordée : indiquez quand et comment il est communiqué.");
  }
  if (kind === "CONTEST_RESULTS" && outcome === "GRANTED") {
    return refuse("BAD_USER_INPUT", "EVA-7", "Une contestation est accueillie ou rejetée : choisissez UPHELD ou DISMISSED.");
  }
  if (reasons.trim().length === 0) return refuse("BAD_USER_INPUT", "EVA-7", "Motivez la décision du certificateur : elle est notifiée à la personne.");
  return accept(outcome);
}

/**
 * EVA-7: the organism communicates the results after the jury has decided; that day starts the month in which the
 * person may write to the certifier.
 */
export function checkResultsCommunication(lastDecisionOn: IsoDate | null, communicatedOn: IsoDate, today: IsoDate): Decision<IsoDate> {
  if (lastDecisionOn === null) return refuse("CONFLICT", "EVA-7", "Les résultats se communiquent après la décision du jury : aucune décision n'est enregistrée pour ce parcours.");
  if (!isIsoDate(communicatedOn) || communicatedOn < lastDecisionOn || communicatedOn > today) {
    return refuse(
      "BAD_USER_INPUT",
      "EVA-7",
      `La communication des résultats est datée entre la décision du jury (${formatDate(lastDecisionOn)}) et aujourd'hui (${formatDate(today)}) : le délai d'un mois pour consulter le procès-verbal ou contester court de ce jour.`,
    );
  }
  return accept(communicatedOn);
}
