import { computeDeadline } from "../../common/calendar/deadlines";
import { addWorkingDays, assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { InstanceKind } from "../../common/auth/actor";

/* ------------------------------------------------------------------ HAB-4, HAB-5: timing */

export type TimingCheck =
  | { readonly ok: true; readonly deadline: IsoDate }
  | { readonly ok: false; readonly deadline: IsoDate; readonly reason: string };

/** HAB-4: the latest date the opinion may be settled: 5 working days before the deciding meeting. */
export function opinionDeadline(meetingDate: IsoDate): IsoDate {
  return computeDeadline("HAB_OPINION_BEFORE_MEETING", meetingDate);
}

export function checkOpinionTiming(opinionDate: IsoDate, meetingDate: IsoDate): TimingCheck {
  assertIsoDate(opinionDate, "opinion date");
  const deadline = opinionDeadline(meetingDate);
  if (opinionDate <= deadline) return { ok: true, deadline };
  return {
    ok: false,
    deadline,
    reason: `L'avis doit être arrêté au plus tard 5 jours ouvrés avant la réunion du ${meetingDate}, soit le ${deadline} ; arrêté le ${opinionDate}, il est trop tardif : reportez la demande à une réunion ultérieure.`,
  };
}

/** HAB-4: the latest date to send the audition convocation: 8 working days before the audition. */
export function auditionConvocationDeadline(auditionDate: IsoDate): IsoDate {
  return computeDeadline("HAB_AUDITION_CONVOCATION", auditionDate);
}

export function checkAuditionConvocation(convocationDate: IsoDate, auditionDate: IsoDate): TimingCheck {
  assertIsoDate(convocationDate, "convocation date");
  const deadline = auditionConvocationDeadline(auditionDate);
  if (convocationDate <= deadline) return { ok: true, deadline };
  return {
    ok: false,
    deadline,
    reason: `La convocation à l'audition du ${auditionDate} doit être adressée au plus tard 8 jours ouvrés avant, soit le ${deadline} ; envoyée le ${convocationDate}, elle est trop tardive : fixez une date d'audition postérieure.`,
  };
}

/**
 * HAB-5: Certif Pro notifies within 20 working days of its meeting; a CPNE "dans le délai indiqué au calendrier
 * déterminé par la CPNE": the working days its campaign states (null when it states none).
 */
export function notificationDeadline(instanceKind: InstanceKind, meetingDate: IsoDate, cpneWorkingDays: number | null = null): IsoDate | null {
  if (instanceKind === "CPNE") {
    assertIsoDate(meetingDate, "meeting date");
    return cpneWorkingDays === null ? null : addWorkingDays(meetingDate, cpneWorkingDays);
  }
  return computeDeadline("HAB_NOTIFICATION_CERTIF_PRO", meetingDate);
}

/** HAB-5: a CPNE's campaign states its notification period, in working days after the meeting; Certif Pro's is the convention's. */
export function checkNotificationPeriod(instanceKind: InstanceKind, workingDays: number | null | undefined): string | null {
  if (instanceKind === "CERTIFIER") {
    return workingDays === null || workingDays === undefined ? null : "Certif Pro notifie dans les 20 jours ouvrés suivant sa réunion (convention III.5) : ne fixez pas de délai de notification.";
  }
  if (workingDays === null || workingDays === undefined) return "Indiquez le délai de notification de vos décisions, en jours ouvrés après la réunion (calendrier de la CPNE).";
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 120) return "Le délai de notification est un nombre entier de jours ouvrés, de 1 à 120.";
  return null;
}

/** HAB-5: the Instance decides at its meeting, not before it. */
export function checkDecisionDay(today: IsoDate, meetingOn: IsoDate): string | null {
  return today < meetingOn ? `La décision est prise en réunion : la réunion du ${meetingOn} n'a pas encore eu lieu.` : null;
}

/* ------------------------------------------------------------------ HAB-8: appeal */

export function appealFilingDeadline(notifiedOn: IsoDate): IsoDate {
  return computeDeadline("HAB_APPEAL_FILING", notifiedOn);
}

/** HAB-8: the appeal is addressed within 30 working days of the notification of the refusal. */
export function checkAppealFiling(notifiedOn: IsoDate, filedOn: IsoDate): TimingCheck {
  assertIsoDate(filedOn, "appeal filing date");
  const deadline = appealFilingDeadline(notifiedOn);
  if (filedOn < notifiedOn) {
    return {
      ok: false,
      deadline,
      reason: `Un recours ne peut être formé qu'après la notification du refus (notifié le ${notifiedOn}).`,
    };
  }
  if (filedOn <= deadline) return { ok: true, deadline };
  return {
    ok: false,
    deadline,
    reason: `Le recours devait être adressé dans les 30 jours ouvrés suivant la notification du refus (${notifiedOn}), soit au plus tard le ${deadline} ; reçu le ${filedOn}, il est hors délai. Une nouvelle demande reste possible dès la campagne d'habilitation suivante.`,
  };
}

export interface AppealDueDates {
  /** Acknowledgement of receipt: within 10 working days of receipt. */
  readonly acknowledgementDue: IsoDate;
  /** Examination and opinion: within 25 working days of receipt. */
  readonly examinationDue: IsoDate;
}

export function appealDueDates(receivedOn: IsoDate): AppealDueDates {
  return {
    acknowledgementDue: computeDeadline("HAB_APPEAL_ACK", receivedOn),
    examinationDue: computeDeadline("HAB_APPEAL_EXAMINATION", receivedOn),
  };
}

/** HAB-8: the Instance examines an appeal it has acknowledged. */
export function checkAppealAcknowledged(acknowledgedOn: IsoDate | null): string | null {
  return acknowledgedOn ? null : "Accusez d'abord réception du recours (HAB-8).";
}

/**
 * HAB-8: the appeal is examined "dans un délai permettant une décision lors de la prochaine réunion": it is
 * put to a meeting of the Instance held after it was acknowledged, today or later.
 */
export function checkAppealMeeting(acknowledgedOn: IsoDate | null, meetingOn: IsoDate, today: IsoDate): string | null {
  if (!acknowledgedOn) return "Accusez d'abord réception du recours (HAB-8).";
  if (meetingOn < today) return `La réunion du ${meetingOn} est passée : choisissez une réunion à venir de l'Instance.`;
  return null;
}

/** HAB-8: the Instance decides on the appeal at the meeting it was put to, not before. */
export function checkAppealDecisionDay(meetingOn: IsoDate | null, today: IsoDate): string | null {
  if (!meetingOn) return "Inscrivez d'abord le recours à une réunion de l'Instance : la décision y est prise (HAB-8).";
  return today < meetingOn ? `La décision sur le recours est prise en réunion : la réunion du ${meetingOn} n'a pas encore eu lieu.` : null;
}
