import { computeDeadline, type DeadlineId } from "../../common/calendar/deadlines";
import type { IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";
import { type ApplicationState } from "./application-lifecycle";
import { notificationDeadline, opinionDeadline } from "./instruction-timing";

export interface ApplicationDates {
  status: ApplicationState;
  instanceKind: InstanceKind;
  meetingOn: IsoDate | null;
  notifiedOn: IsoDate | null;
  appealFiledOn: IsoDate | null;
  appealAcknowledgedOn: IsoDate | null;
}

export interface PendingStep {
  /** The deadline rule behind the due date (see the deadline catalogue). */
  rule: DeadlineId | "HAB_DECISION_AT_MEETING";
  label: string;
  dueOn: IsoDate;
}

/**
 * The next step an application waits for and its due date, from the rules' deadlines. Null when no rule sets one
 * (a draft, a file waiting for its complement, a CPNE's notification on its own calendar, a closed file).
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
    case "DECIDED_REFUSED": {
      const due = a.meetingOn ? notificationDeadline(a.instanceKind, a.meetingOn) : null;
      return due ? { rule: "HAB_NOTIFICATION_CERTIF_PRO", label: "Notification de la décision (HAB-5)", dueOn: due } : null;
    }
    case "NOTIFIED_REFUSED":
      return a.notifiedOn
        ? { rule: "HAB_APPEAL_FILING", label: "Recours possible jusqu'au (HAB-8)", dueOn: computeDeadline("HAB_APPEAL_FILING", a.notifiedOn) }
        : null;
    case "APPEALED":
      if (!a.appealFiledOn) return null;
      return a.appealAcknowledgedOn
        ? { rule: "HAB_APPEAL_EXAMINATION", label: "Examen du recours (HAB-8)", dueOn: computeDeadline("HAB_APPEAL_EXAMINATION", a.appealFiledOn) }
        : { rule: "HAB_APPEAL_ACK", label: "Accusé de réception du recours (HAB-8)", dueOn: computeDeadline("HAB_APPEAL_ACK", a.appealFiledOn) };
    default:
      return null;
  }
}
