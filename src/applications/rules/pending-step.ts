import { computeDeadline, type DeadlineId } from "../../common/calendar/deadlines";
import type { IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";
import { type ApplicationState } from "./application-lifecycle";
import { notificationDeadline, opinionDeadline } from "./instruction-timing";

export interface ApplicationDates {
  status: ApplicationState;
  instanceKind: InstanceKind;
  meetingOn: IsoDate | null;
  /** The CPNE's notification period, in working days after the meeting, from the campaign's calendar. */
  notificationWorkingDays?: number | null;
  notifiedOn: IsoDate | null;
  appealFiledOn: IsoDate | null;
  appealAcknowledgedOn: IsoDate | null;
  appealMeetingOn?: IsoDate | null;
  /** The CPNE's notification period of the campaign the appeal meeting belongs to. */
  appealNotificationWorkingDays?: number | null;
}

export interface PendingStep {
  /** The deadline rule behind the due date (see the deadline catalogue). */
  rule: DeadlineId | "HAB_DECISION_AT_MEETING" | "HAB_NOTIFICATION_CPNE_CALENDAR" | "HAB_APPEAL_DECISION_AT_MEETING";
  label: string;
  dueOn: IsoDate;
}

function notificationStep(kind: InstanceKind, meetingOn: IsoDate | null, cpneDays: number | null | undefined, label: string): PendingStep | null {
  const due = meetingOn ? notificationDeadline(kind, meetingOn, cpneDays ?? null) : null;
  if (!due) return null;
  return { rule: kind === "CPNE" ? "HAB_NOTIFICATION_CPNE_CALENDAR" : "HAB_NOTIFICATION_CERTIF_PRO", label, dueOn: due };
}

/**
 * HAB-4, HAB-5, HAB-8: the next step an application waits for and its due date, from the rules' deadlines. Null when
 * no rule sets one (a draft, a file waiting for its complement, a closed file).
 */
export function pendingStep(a: ApplicationDates): PendingStep | null {
  switch (a.status) {
    case "UNDER_INSTRUCTION":
    case "AUDITION_SCHEDULED":
      return a.meetingOn
        ? { rule: "HAB_OPINION_BEFORE_MEETING", label: "Avis à arrêter (HAB-4)", dueOn: opinionDeadline(a.meetingOn) }
        : null;
    case "OPINION_ISSUED":
      return a.meetingOn ? { rule: "HAB_DECISION_AT_MEETING", label: "Décision en réunion (HAB-5)", dueOn: a.meetingOn } : null;
    case "DECIDED_ACCEPTED":
    case "DECIDED_REFUSED":
      return notificationStep(a.instanceKind, a.meetingOn, a.notificationWorkingDays, "Notification de la décision (HAB-5)");
    case "NOTIFIED_REFUSED":
      return a.notifiedOn
        ? { rule: "HAB_APPEAL_FILING", label: "Recours possible jusqu'au (HAB-8)", dueOn: computeDeadline("HAB_APPEAL_FILING", a.notifiedOn) }
        : null;
    case "APPEALED":
      if (!a.appealFiledOn) return null;
      if (!a.appealAcknowledgedOn) {
        return { rule: "HAB_APPEAL_ACK", label: "Accusé de réception du recours (HAB-8)", dueOn: computeDeadline("HAB_APPEAL_ACK", a.appealFiledOn) };
      }
      if (a.appealMeetingOn) return { rule: "HAB_APPEAL_DECISION_AT_MEETING", label: "Décision sur le recours en réunion (HAB-8)", dueOn: a.appealMeetingOn };
      return { rule: "HAB_APPEAL_EXAMINATION", label: "Examen du recours (HAB-8)", dueOn: computeDeadline("HAB_APPEAL_EXAMINATION", a.appealFiledOn) };
    case "APPEAL_UPHELD":
    case "APPEAL_DISMISSED":
      return notificationStep(a.instanceKind, a.appealMeetingOn ?? null, a.appealNotificationWorkingDays, "Notification de la décision sur le recours (HAB-8)");
    default:
      return null;
  }
}
