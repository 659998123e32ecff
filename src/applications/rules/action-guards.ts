import { addWorkingDays, type IsoDate } from "../../common/calendar/working-days";
import type { ApplicationAction, ApplicationState } from "./application-lifecycle";
import { checkFilingDate, checkMeetingForInstruction } from "./campaign";
import { checkFiledSites, checkReapplication, type RefusedCriterion } from "./eligibility";
import {
  checkAppealAcknowledged,
  checkAppealDecisionDay,
  checkAppealFiling,
  checkAppealMeeting,
  checkAuditionConvocation,
  checkDecisionDay,
  checkOpinionTiming,
  opinionDeadline,
} from "./instruction-timing";

/** What the timing rules of an application need to know, today. Each action reads only its own facts. */
export interface ApplicationFacts {
  readonly status: ApplicationState;
  readonly today: IsoDate;
  readonly campaign?: { readonly opensOn: IsoDate; readonly closesOn: IsoDate };
  /** Dates of the deciding meetings of the application's campaign. */
  readonly campaignMeetings?: readonly IsoDate[];
  /** Dates of every meeting of the Instance for the certification (an appeal goes to the next one). */
  readonly instanceMeetings?: readonly IsoDate[];
  readonly openSites?: number;
  /** The criteria of the candidate's last refusal by this Instance, and those it stated a change for. */
  readonly reapplication?: { readonly refused: readonly RefusedCriterion[]; readonly stated: readonly string[] } | null;
  readonly meetingOn?: IsoDate | null;
  readonly auditionOn?: IsoDate | null;
  readonly notifiedOn?: IsoDate | null;
  readonly appealAcknowledgedOn?: IsoDate | null;
  readonly appealMeetingOn?: IsoDate | null;
}

/** The earliest audition a convocation sent today allows: 8 working days later. */
export function earliestAudition(today: IsoDate): IsoDate {
  return addWorkingDays(today, 8);
}

/**
 * HAB-2…HAB-8: why the action cannot be taken today, whatever valid input comes with it; null when it can.
 * The state machine says from which states an action goes; this says whether its dates allow it now. The service
 * asks it before every step, and `allowedActions` offers only the actions it allows.
 */
export function whyNot(action: ApplicationAction, f: ApplicationFacts): string | null {
  const { today } = f;
  switch (action) {
    case "FILE": {
      const open = f.campaign ? checkFilingDate(f.campaign, today) : null;
      if (open) return open;
      const sites = checkFiledSites(f.openSites ?? 0);
      if (!sites.ok) return sites.message;
      const changes = f.reapplication ? checkReapplication(f.reapplication.refused, f.reapplication.stated) : { ok: true as const };
      return changes.ok ? null : changes.message;
    }
    case "START_INSTRUCTION":
      return (f.campaignMeetings ?? []).some((m) => checkMeetingForInstruction(m, today) === null)
        ? null
        : "Aucune réunion de la campagne ne laisse le temps d'arrêter l'avis 5 jours ouvrés avant elle (HAB-4) : l'Instance doit fixer une réunion ultérieure.";
    case "RESCHEDULE":
      return (f.campaignMeetings ?? []).some((m) => m > (f.meetingOn ?? "") && checkMeetingForInstruction(m, today) === null)
        ? null
        : "Aucune réunion ultérieure de la campagne ne laisse le temps d'arrêter l'avis (HAB-4).";
    case "SCHEDULE_AUDITION": {
      if (!f.meetingOn) return "La demande n'est inscrite à aucune réunion.";
      const audition = earliestAudition(today);
      const convocation = checkAuditionConvocation(today, audition);
      if (!convocation.ok) return convocation.reason;
      const deadline = opinionDeadline(f.meetingOn);
      return audition <= deadline
        ? null
        : `Une audition convoquée aujourd'hui aurait lieu au plus tôt le ${audition}, après la date limite de l'avis (${deadline}) : reportez la demande à une réunion ultérieure.`;
    }
    case "ISSUE_OPINION": {
      if (!f.meetingOn) return "La demande n'est inscrite à aucune réunion.";
      const timing = checkOpinionTiming(today, f.meetingOn);
      if (!timing.ok) return timing.reason;
      return f.auditionOn && today < f.auditionOn ? `L'avis suit l'audition du ${f.auditionOn} : il ne peut être arrêté avant.` : null;
    }
    case "DECIDE_ACCEPT":
    case "DECIDE_REFUSE":
      return f.meetingOn ? checkDecisionDay(today, f.meetingOn) : "La demande n'est inscrite à aucune réunion.";
    case "APPEAL": {
      if (!f.notifiedOn) return "Le refus n'a pas été notifié.";
      const timing = checkAppealFiling(f.notifiedOn, today);
      return timing.ok ? null : timing.reason;
    }
    case "ACKNOWLEDGE_APPEAL":
      return f.appealAcknowledgedOn ? `Le recours a déjà été reçu et accusé le ${f.appealAcknowledgedOn}.` : null;
    case "SCHEDULE_APPEAL_DECISION": {
      const acknowledged = checkAppealAcknowledged(f.appealAcknowledgedOn ?? null);
      if (acknowledged) return acknowledged;
      return (f.instanceMeetings ?? []).some((m) => checkAppealMeeting(f.appealAcknowledgedOn ?? null, m, today) === null)
        ? null
        : "L'Instance n'a fixé aucune réunion à venir : le recours sera inscrit à sa prochaine réunion, une fois fixée.";
    }
    case "DECIDE_APPEAL_UPHOLD":
    case "DECIDE_APPEAL_DISMISS":
      return checkAppealAcknowledged(f.appealAcknowledgedOn ?? null) ?? checkAppealDecisionDay(f.appealMeetingOn ?? null, today);
    default:
      return null;
  }
}
