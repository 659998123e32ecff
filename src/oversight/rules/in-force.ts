import { addCalendarDays, type IsoDate } from "../../common/calendar/working-days";
import type { HabilitationStatus } from "../../habilitations/rules/validity";
import { accept, type Decision, refuse } from "./decision";

export interface HabilitationStanding {
  /** Status today, oversight included (see habilitation-effects). */
  readonly status: HabilitationStatus;
  /** First day: the notification, or the day after the previous habilitation ends. */
  readonly startsOn: IsoDate;
  /** Last day the habilitation may be used, as things stand. */
  readonly lastValidDay: IsoDate;
}

/**
 * AUD-1 ("Au cours de la période d'habilitation"), V.2, V.3: audits, formal notices and withdrawals concern a
 * habilitation in force, suspended or not. A withdrawn, renounced or expired one has nothing left to act on.
 */
export function checkInForce(habilitation: HabilitationStanding): Decision<HabilitationStanding> {
  switch (habilitation.status) {
    case "ACTIVE":
    case "SUSPENDED":
      return accept(habilitation);
    case "NOT_STARTED":
      return refuse("NOT_IN_FORCE", `L'habilitation ne court qu'à compter du ${habilitation.startsOn}.`);
    case "EXPIRED":
      return refuse("NOT_IN_FORCE", `L'habilitation a pris fin le ${habilitation.lastValidDay} : il n'y a plus d'habilitation à contrôler ni à retirer.`);
    case "WITHDRAWN":
      return refuse("NOT_IN_FORCE", `L'habilitation est retirée depuis le ${addCalendarDays(habilitation.lastValidDay, 1)} : il n'y a plus d'habilitation à contrôler ni à retirer.`);
    case "RENOUNCED":
      return refuse("NOT_IN_FORCE", `L'organisme a renoncé à l'habilitation (dernier jour de validité : ${habilitation.lastValidDay}) : il n'y a plus d'habilitation à contrôler ni à retirer.`);
  }
}
