import type { InstanceKind } from "../../common/auth/actor";
import { addCalendarDays, addMonths, type IsoDate } from "../../common/calendar/working-days";
import { notificationDeadline, opinionDeadline } from "../../applications/rules/instruction-timing";

export interface CampaignCalendar {
  readonly opensOn: IsoDate;
  readonly closesOn: IsoDate;
  readonly meetings: readonly IsoDate[];
  readonly notificationWorkingDays: number | null;
}

export interface ReapplicationAdvice {
  /** The opening of the campaign to apply in. */
  readonly advisedFrom: IsoDate;
  /** The last day to file in it so that the opinion can be settled for its meeting. */
  readonly fileBy: IsoDate;
  /** The meeting that would decide, and the day the new habilitation would start. */
  readonly meetingOn: IsoDate;
  readonly newStartsOn: IsoDate;
}

/**
 * HAB-6: "Avant l'expiration de la période de 6 ans ... l'Organisme Habilité qui souhaite être à nouveau habilité est
 * invité à faire une nouvelle demande ... en tenant compte des délais d'instruction et de prise de décision": the
 * latest campaign of the Instance's calendar whose decision is notified by the habilitation's last valid day, so that
 * the new one starts the next day, without gap. Certif Pro "se réunit au minimum une fois par an": only the meetings of
 * the last 12 months before the end count, so the advice never sends an organism years ahead. Null when the calendar
 * has none yet.
 */
export function reapplicationAdvice(
  lastValidDay: IsoDate,
  instanceKind: InstanceKind,
  campaigns: readonly CampaignCalendar[],
  today: IsoDate,
): ReapplicationAdvice | null {
  let best: ReapplicationAdvice | null = null;
  const windowStart = addMonths(lastValidDay, -12);
  for (const campaign of campaigns) {
    for (const meetingOn of campaign.meetings) {
      const notifiedBy = notificationDeadline(instanceKind, meetingOn, campaign.notificationWorkingDays) ?? meetingOn;
      const fileBy = [campaign.closesOn, opinionDeadline(meetingOn)].sort()[0];
      if (meetingOn < windowStart || notifiedBy > lastValidDay || fileBy < today || fileBy < campaign.opensOn) continue;
      if (!best || meetingOn > best.meetingOn) {
        best = { advisedFrom: campaign.opensOn, fileBy, meetingOn, newStartsOn: addCalendarDays(lastValidDay, 1) };
      }
    }
  }
  return best;
}

/** HAB-6: a habilitation granted while the previous one runs starts the day after it ends: no gap, no overlap. */
export function followOnStart(notifiedOn: IsoDate, previousLastValidDays: readonly IsoDate[]): IsoDate {
  const running = previousLastValidDays.filter((last) => last >= notifiedOn).sort();
  return running.length ? addCalendarDays(running[running.length - 1], 1) : notifiedOn;
}
