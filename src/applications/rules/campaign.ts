import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { opinionDeadline } from "./instruction-timing";

export interface CampaignDates {
  opensOn: IsoDate;
  closesOn: IsoDate;
  meetings: readonly IsoDate[];
}

/** A campaign opens before it closes, and holds at least one deciding meeting, none before it opens. */
export function checkCampaign(campaign: CampaignDates): string[] {
  const problems: string[] = [];
  for (const [name, value] of [["opensOn", campaign.opensOn], ["closesOn", campaign.closesOn], ...campaign.meetings.map((m) => ["meetings", m])]) {
    if (!isIsoDate(value)) problems.push(`Date invalide « ${value} » (${name}) : attendu AAAA-MM-JJ.`);
  }
  if (problems.length) return problems;
  if (campaign.closesOn < campaign.opensOn) problems.push("La campagne doit se clore après son ouverture.");
  if (campaign.meetings.length === 0) problems.push("Indiquez au moins une date de réunion de décision.");
  if (new Set(campaign.meetings).size !== campaign.meetings.length) problems.push("Deux réunions ont la même date.");
  for (const meeting of campaign.meetings) {
    if (meeting < campaign.opensOn) problems.push(`La réunion du ${meeting} précède l'ouverture de la campagne.`);
  }
  return problems;
}

/** HAB-2: an application is filed while its campaign is open. */
export function checkFilingDate(campaign: Pick<CampaignDates, "opensOn" | "closesOn">, today: IsoDate): string | null {
  if (today < campaign.opensOn) return `La campagne ouvre le ${campaign.opensOn} : le dépôt n'est pas encore possible.`;
  if (today > campaign.closesOn) return `La campagne est close depuis le ${campaign.closesOn} : déposez votre demande lors de la campagne suivante.`;
  return null;
}

/** HAB-4: the deciding meeting still leaves time to settle the opinion 5 working days before it. */
export function checkMeetingForInstruction(meetingOn: IsoDate, today: IsoDate): string | null {
  const deadline = opinionDeadline(meetingOn);
  if (today > deadline) {
    return `La réunion du ${meetingOn} est trop proche : l'avis doit être arrêté au plus tard le ${deadline} (5 jours ouvrés avant). Choisissez une réunion ultérieure.`;
  }
  return null;
}
