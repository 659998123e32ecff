import { computeDeadline } from "../../common/calendar/deadlines";
import { addCalendarDays, assertIsoDate, type IsoDate } from "../../common/calendar/working-days";

/** Both ends inclusive; `to` null while the suspension is still running. */
export interface SuspensionPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export interface Renunciation {
  /** Date the organism sent its written notice: beneficiaries enrolled by then are carried to the end. */
  readonly noticeSentOn: IsoDate;
  /** Date the Instance received it, as the Instance records it: the 3 months' notice runs from it; null until then. */
  readonly noticeReceivedOn: IsoDate | null;
}

export interface HabilitationRecord {
  readonly notifiedOn: IsoDate;
  /** First day, when it follows a previous habilitation without gap; the notification otherwise. */
  readonly startsOn?: IsoDate;
  /** Dates the habilitation was used (e.g. enrolments); `firstUsedOn` is enough when only that is known. */
  readonly usedOn?: readonly IsoDate[];
  readonly firstUsedOn?: IsoDate | null;
  readonly suspensions?: readonly SuspensionPeriod[];
  /** Date the withdrawal takes effect (V.3: notification of the decision, or the date in the formal notice). */
  readonly withdrawnOn?: IsoDate | null;
  readonly renunciation?: Renunciation | null;
}

export type HabilitationStatus = "NOT_STARTED" | "ACTIVE" | "SUSPENDED" | "EXPIRED" | "WITHDRAWN" | "RENOUNCED";

export type RenewalOutcome = { readonly applies: true } | { readonly applies: false; readonly reason: string };

export interface Validity {
  readonly notifiedOn: IsoDate;
  readonly startsOn: IsoDate;
  /** Last day of the first 3-year period. */
  readonly firstPeriodEnd: IsoDate;
  /** Last day of the renewed period: never more than 6 years after notification. */
  readonly maximumEnd: IsoDate;
  readonly renewal: RenewalOutcome;
  /** firstPeriodEnd, or maximumEnd when renewed. */
  readonly scheduledEnd: IsoDate;
  readonly renunciationEffectiveOn: IsoDate | null;
  /** Last day the habilitation may be used, once a withdrawal or renunciation is taken into account. */
  readonly lastValidDay: IsoDate;
  readonly endedBy: "EXPIRY" | "WITHDRAWAL" | "RENUNCIATION";
}

/** HAB-6: "un préavis de trois mois à compter de la réception de la notification écrite"; from that day on, the habilitation is renounced. */
export function renunciationEffectiveDate(noticeReceivedOn: IsoDate): IsoDate {
  return computeDeadline("HAB_RENUNCIATION_NOTICE", noticeReceivedOn);
}

export function computeValidity(record: HabilitationRecord): Validity {
  validate(record);
  const { notifiedOn } = record;
  const startsOn = record.startsOn ?? notifiedOn;
  const firstPeriodEnd = computeDeadline("HAB_VALIDITY", startsOn);
  const maximumEnd = computeDeadline("HAB_RENEWAL_MAX", startsOn);
  const received = record.renunciation?.noticeReceivedOn ?? null;
  const renunciationEffectiveOn = received ? renunciationEffectiveDate(received) : null;
  const renewal = renewalOutcome(record, firstPeriodEnd, renunciationEffectiveOn);
  // A suspension does not extend the habilitation ("La suspension ... n'a pas pour effet de proroger la durée").
  const scheduledEnd = renewal.applies ? maximumEnd : firstPeriodEnd;

  // The first day the habilitation is no longer valid, per cause; on a tie the earlier-listed cause wins.
  const ends: { cause: Validity["endedBy"]; firstInvalidDay: IsoDate }[] = [
    { cause: "EXPIRY", firstInvalidDay: addCalendarDays(scheduledEnd, 1) },
  ];
  if (record.withdrawnOn) ends.push({ cause: "WITHDRAWAL", firstInvalidDay: record.withdrawnOn });
  if (renunciationEffectiveOn) ends.push({ cause: "RENUNCIATION", firstInvalidDay: renunciationEffectiveOn });
  const end = ends.reduce((earliest, candidate) => (candidate.firstInvalidDay < earliest.firstInvalidDay ? candidate : earliest));

  return {
    notifiedOn,
    startsOn,
    firstPeriodEnd,
    maximumEnd,
    renewal,
    scheduledEnd,
    renunciationEffectiveOn,
    lastValidDay: addCalendarDays(end.firstInvalidDay, -1),
    endedBy: end.cause,
  };
}

/**
 * Convention III.6: "Elle est renouvelable 1 fois pour une durée de 3 ans en l'absence de décision de cette
 * Instance de retrait ou de suspension de l'habilitation prise en application du point V" and "Ce
 * renouvellement automatique ne s'applique que si l'Organisme Habilité a effectivement mis en œuvre au moins
 * une fois son habilitation depuis que sa décision d'habilitation lui a été notifiée."
 * Read literally: any suspension during the first period bars the renewal, even one since lifted; so does a
 * withdrawal or a renunciation taking effect within it; the use must fall between notification and the end of
 * the first period (the habilitation cannot be used after it).
 */
function renewalOutcome(record: HabilitationRecord, firstPeriodEnd: IsoDate, renunciationEffectiveOn: IsoDate | null): RenewalOutcome {
  if (record.withdrawnOn && record.withdrawnOn <= firstPeriodEnd) {
    return { applies: false, reason: `L'habilitation a été retirée le ${record.withdrawnOn}, pendant la première période de 3 ans : elle n'est pas renouvelée.` };
  }
  if (renunciationEffectiveOn !== null && renunciationEffectiveOn <= firstPeriodEnd) {
    return { applies: false, reason: `L'organisme a renoncé à l'habilitation (effet le ${renunciationEffectiveOn}) : elle n'est pas renouvelée.` };
  }
  const suspension = (record.suspensions ?? []).find((period) => period.from <= firstPeriodEnd);
  if (suspension) {
    return {
      applies: false,
      reason: `L'habilitation a été suspendue à compter du ${suspension.from}, pendant la première période de 3 ans : le renouvellement automatique ne s'applique pas. Déposez une nouvelle demande d'habilitation avant le ${firstPeriodEnd}.`,
    };
  }
  const uses = [...(record.usedOn ?? []), ...(record.firstUsedOn ? [record.firstUsedOn] : [])];
  if (!uses.some((day) => day >= (record.startsOn ?? record.notifiedOn) && day <= firstPeriodEnd)) {
    return {
      applies: false,
      reason: `L'habilitation n'a pas été mise en œuvre entre sa notification (${record.notifiedOn}) et le ${firstPeriodEnd} : le renouvellement automatique ne s'applique pas. Déposez une nouvelle demande d'habilitation.`,
    };
  }
  return { applies: true };
}

export function statusOn(record: HabilitationRecord, date: IsoDate): HabilitationStatus {
  assertIsoDate(date);
  if (date < (record.startsOn ?? record.notifiedOn)) return "NOT_STARTED";
  const validity = computeValidity(record);
  if (date > validity.lastValidDay) {
    return validity.endedBy === "EXPIRY" ? "EXPIRED" : validity.endedBy === "WITHDRAWAL" ? "WITHDRAWN" : "RENOUNCED";
  }
  const suspended = (record.suspensions ?? []).some((period) => period.from <= date && (period.to === null || date <= period.to));
  return suspended ? "SUSPENDED" : "ACTIVE";
}

/**
 * HAB-6: after a renunciation the organism "devra réaliser l'évaluation/la formation des bénéficiaires déjà
 * inscrits à la date d'envoi de la notification écrite": a beneficiary enrolled while the habilitation was
 * active, on or before the day the notice was sent, is carried to the end. Nothing in the convention carries
 * beneficiaries over a suspension, a withdrawal ("cesser toute activité") or an expiry.
 */
export function mayFinishEnrolledCandidate(record: HabilitationRecord, enrolledOn: IsoDate, date: IsoDate): boolean {
  const status = statusOn(record, date);
  if (status === "ACTIVE") return statusOn(record, enrolledOn) === "ACTIVE";
  if (status !== "RENOUNCED" || !record.renunciation) return false;
  return enrolledOn <= record.renunciation.noticeSentOn && statusOn(record, enrolledOn) === "ACTIVE";
}

function validate(record: HabilitationRecord): void {
  const { notifiedOn } = record;
  assertIsoDate(notifiedOn, "notification date");
  if (record.startsOn !== undefined && assertIsoDate(record.startsOn, "start date") < notifiedOn) {
    throw new RangeError(`Start ${record.startsOn} precedes the notification ${notifiedOn}`);
  }
  for (const day of record.usedOn ?? []) assertIsoDate(day, "use date");
  if (record.firstUsedOn) assertIsoDate(record.firstUsedOn, "first use date");
  for (const period of record.suspensions ?? []) {
    assertIsoDate(period.from, "suspension start");
    if (period.from < notifiedOn) throw new RangeError(`Suspension starting ${period.from} precedes the notification ${notifiedOn}`);
    if (period.to !== null) {
      assertIsoDate(period.to, "suspension end");
      if (period.to < period.from) throw new RangeError(`Suspension ends ${period.to} before it starts ${period.from}`);
    }
  }
  if (record.withdrawnOn) {
    assertIsoDate(record.withdrawnOn, "withdrawal date");
    if (record.withdrawnOn < notifiedOn) throw new RangeError(`Withdrawal ${record.withdrawnOn} precedes the notification ${notifiedOn}`);
  }
  if (record.renunciation) {
    const { noticeSentOn, noticeReceivedOn } = record.renunciation;
    assertIsoDate(noticeSentOn, "renunciation notice sending date");
    if (noticeReceivedOn !== null) assertIsoDate(noticeReceivedOn, "renunciation notice receipt date");
    if (noticeReceivedOn !== null && noticeReceivedOn < noticeSentOn) throw new RangeError(`Renunciation notice received ${noticeReceivedOn} before it was sent ${noticeSentOn}`);
    if (noticeSentOn < notifiedOn) throw new RangeError(`Renunciation notice ${noticeSentOn} precedes the notification ${notifiedOn}`);
  }
}
