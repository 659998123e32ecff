import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { accept, type Decision, refuse } from "./decision";
import type { ProcessingLimits } from "./enrolment";
import { formatDate } from "../../common/french";

/** GDPR-1: the person's restriction of processing (RGPD art. 18) or objection to it (art. 21). */
export type ProcessingLimitKind = "RESTRICTION" | "OBJECTION";

const LABEL: Readonly<Record<ProcessingLimitKind, string>> = {
  RESTRICTION: "la limitation du traitement",
  OBJECTION: "l'opposition au traitement",
};

const field = (kind: ProcessingLimitKind): keyof ProcessingLimits => (kind === "RESTRICTION" ? "restrictedSince" : "objectedSince");

/** GDPR-1: the organism records the day the person asked; from then on nothing new is recorded on them. */
export function checkProcessingLimit(kind: ProcessingLimitKind, current: ProcessingLimits, since: IsoDate, today: IsoDate): Decision<IsoDate> {
  const existing = current[field(kind)];
  if (existing !== null) return refuse("CONFLICT", "GDPR-1", `La personne a déjà demandé ${LABEL[kind]} le ${formatDate(existing)}.`);
  if (!isIsoDate(since) || since > today) return refuse("BAD_USER_INPUT", "GDPR-1", `Datez ${LABEL[kind]} du jour de la demande de la personne, au plus tard aujourd'hui (AAAA-MM-JJ).`);
  return accept(since);
}

/** GDPR-1: a restriction is lifted, or an objection settled, by the organism once it has answered the person. */
export function checkProcessingLimitLifted(kind: ProcessingLimitKind, current: ProcessingLimits): Decision<null> {
  if (current[field(kind)] === null) return refuse("CONFLICT", "GDPR-1", `Aucune demande ${kind === "RESTRICTION" ? "de limitation" : "d'opposition"} n'est en cours pour cette personne.`);
  return accept(null);
}
