import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  addYears,
  assertIsoDate,
  calendarDaysBetween,
  type IsoDate,
  subtractWorkingDays,
  workingDaysBetween,
} from "./working-days";

export type DeadlineUnit = "WORKING_DAYS" | "CALENDAR_DAYS" | "MONTHS" | "YEARS";
export type DeadlineDirection = "AFTER" | "BEFORE";

/** The event a deadline runs from (AFTER) or back from (BEFORE). */
export type DeadlineAnchor =
  | "meeting"
  | "audition"
  | "notification"
  | "appeal receipt"
  | "audit report"
  | "formal notice notification"
  | "justification receipt"
  | "compliance procedure end"
  | "change of situation"
  | "contact change"
  | "renunciation notice receipt"
  | "invoice"
  | "previous invoice"
  | "results communication"
  | "preliminary evaluation";

export interface DeadlineDefinition {
  readonly id: string;
  /** DOMAIN.md rule the deadline comes from. */
  readonly rule: string;
  /** Where the figure stands in seed 001 (the convention) or another seed. */
  readonly source: string;
  readonly label: string;
  readonly amount: number;
  readonly unit: DeadlineUnit;
  readonly direction: DeadlineDirection;
  readonly anchor: DeadlineAnchor;
}

const CATALOGUE = [
  {
    id: "HAB_OPINION_BEFORE_MEETING",
    rule: "HAB-4",
    source: "Convention III.4",
    label: "Avis arrêté avant la réunion de décision",
    amount: 5,
    unit: "WORKING_DAYS",
    direction: "BEFORE",
    anchor: "meeting",
  },
  {
    id: "HAB_AUDITION_CONVOCATION",
    rule: "HAB-4",
    source: "Convention III.4",
    label: "Convocation à l'audition",
    amount: 8,
    unit: "WORKING_DAYS",
    direction: "BEFORE",
    anchor: "audition",
  },
  {
    id: "HAB_NOTIFICATION_CERTIF_PRO",
    rule: "HAB-5",
    source: "Convention III.5",
    // A CPNE notifies by its own calendar: no fixed figure, hence no entry for it.
    label: "Notification de la décision de Certif Pro",
    amount: 20,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "meeting",
  },
  {
    id: "HAB_VALIDITY",
    rule: "HAB-6",
    source: "Convention III.6",
    label: "Fin de validité de l'habilitation",
    amount: 3,
    unit: "YEARS",
    direction: "AFTER",
    anchor: "notification",
  },
  {
    id: "HAB_RENEWAL_MAX",
    rule: "HAB-6",
    source: "Convention III.6",
    label: "Fin de l'habilitation renouvelée (nouvelle demande)",
    amount: 6,
    unit: "YEARS",
    direction: "AFTER",
    anchor: "notification",
  },
  {
    id: "HAB_RENUNCIATION_NOTICE",
    rule: "HAB-6",
    source: "Convention III.6",
    label: "Prise d'effet de la renonciation (préavis)",
    amount: 3,
    unit: "MONTHS",
    direction: "AFTER",
    anchor: "renunciation notice receipt",
  },
  {
    id: "HAB_CHANGE_REPORT",
    rule: "HAB-7",
    source: "Convention III.7",
    label: "Déclaration d'un changement de situation",
    amount: 30,
    unit: "CALENDAR_DAYS",
    direction: "AFTER",
    anchor: "change of situation",
  },
  {
    id: "HAB_APPEAL_FILING",
    rule: "HAB-8",
    source: "Convention III.8",
    label: "Dépôt du recours contre un refus",
    amount: 30,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "notification",
  },
  {
    id: "HAB_APPEAL_ACK",
    rule: "HAB-8",
    source: "Convention III.8",
    label: "Accusé de réception du recours",
    amount: 10,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "appeal receipt",
  },
  {
    id: "HAB_APPEAL_EXAMINATION",
    rule: "HAB-8",
    source: "Convention III.8",
    label: "Examen du recours",
    amount: 25,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "appeal receipt",
  },
  {
    id: "HAB_CONTACT_UPDATE",
    rule: "HAB-9",
    source: "Convention IV.1",
    // "sous 5 jours": the convention says "jours ouvrés" or "jours calendaires" whenever it means
    // a specific kind, and reads plain "jours" as calendar days for the 30-day change report
    // (HAB-7); calendar days are also the stricter reading for the organism.
    label: "Mise à jour des coordonnées sur la Plateforme",
    amount: 5,
    unit: "CALENDAR_DAYS",
    direction: "AFTER",
    anchor: "contact change",
  },
  {
    id: "AUD_OBSERVATIONS",
    rule: "AUD-3",
    source: "Convention V.1",
    label: "Observations écrites sur le rapport d'audit",
    amount: 15,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "audit report",
  },
  {
    id: "AUD_NOTIFICATION",
    rule: "AUD-3",
    source: "Convention V.1",
    label: "Notification de la décision après audit",
    amount: 15,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "meeting",
  },
  {
    id: "CMP_JUSTIFICATION",
    rule: "CMP-2",
    source: "Convention V.2",
    label: "Justification écrite des mesures correctives",
    amount: 30,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "formal notice notification",
  },
  {
    id: "CMP_INSTANCE_RESPONSE",
    rule: "CMP-4",
    source: "Convention V.2",
    label: "Notification du retrait ou d'une période complémentaire",
    amount: 30,
    unit: "WORKING_DAYS",
    direction: "AFTER",
    anchor: "justification receipt",
  },
  {
    id: "CMP_RELAPSE_WINDOW",
    rule: "CMP-5",
    source: "Convention V.2, V.3",
    label: "Fin de la période de récidive",
    amount: 12,
    unit: "MONTHS",
    direction: "AFTER",
    anchor: "compliance procedure end",
  },
  {
    id: "FEE_PAYMENT",
    rule: "FEE-4",
    source: "Convention Annexe 2",
    label: "Règlement de la facture",
    amount: 45,
    unit: "CALENDAR_DAYS",
    direction: "AFTER",
    anchor: "invoice",
  },
  {
    id: "FEE_INVOICING_INTERVAL",
    rule: "FEE-4",
    source: "Convention Annexe 2",
    // "échéance au moins trimestrielle": the next invoice is due at the latest 3 months after the
    // previous one.
    label: "Facturation suivante (au moins trimestrielle)",
    amount: 3,
    unit: "MONTHS",
    direction: "AFTER",
    anchor: "previous invoice",
  },
  {
    id: "EVA_CONTEST",
    rule: "EVA-7",
    source: "Convention Annexe 3, art. 7",
    label: "Contestation des résultats ou consultation des PV de jury",
    amount: 1,
    unit: "MONTHS",
    direction: "AFTER",
    anchor: "results communication",
  },
  {
    id: "EVA_CLEA_PATH_MAX",
    rule: "EVA-9",
    source: "Seeds 002 and 004 (CléA base)",
    label: "Fin du parcours CléA (évaluation finale)",
    amount: 5,
    unit: "YEARS",
    direction: "AFTER",
    anchor: "preliminary evaluation",
  },
] as const satisfies readonly DeadlineDefinition[];

export type DeadlineId = (typeof CATALOGUE)[number]["id"];

export const DEADLINES: readonly DeadlineDefinition[] = CATALOGUE;

const BY_ID: ReadonlyMap<string, DeadlineDefinition> = new Map(
  CATALOGUE.map((definition) => [definition.id, definition]),
);

export function getDeadline(id: DeadlineId): DeadlineDefinition {
  const definition = BY_ID.get(id);
  if (definition === undefined) throw new RangeError(`Unknown deadline "${String(id)}"`);
  return definition;
}

/**
 * The due date of a deadline, inclusive: the last day on which the act is on time (or, for a
 * duration such as HAB_VALIDITY, the last day of the period). The anchor day itself never counts.
 * A calendar-day, month or year deadline falling on a weekend or holiday is not extended: the
 * convention does not say so.
 */
export function computeDeadline(id: DeadlineId, anchor: IsoDate): IsoDate {
  const { amount, unit, direction } = getDeadline(id);
  assertIsoDate(anchor, "anchor date");
  const signed = direction === "AFTER" ? amount : -amount;
  switch (unit) {
    case "WORKING_DAYS":
      return direction === "AFTER" ? addWorkingDays(anchor, amount) : subtractWorkingDays(anchor, amount);
    case "CALENDAR_DAYS":
      return addCalendarDays(anchor, signed);
    case "MONTHS":
      return addMonths(anchor, signed);
    case "YEARS":
      return addYears(anchor, signed);
  }
}

/**
 * PENDING: not done, due today or later. OVERDUE: not done and the due date has passed.
 * MET / MISSED: done on or before / after the due date.
 */
export type DeadlineState = "PENDING" | "OVERDUE" | "MET" | "MISSED";

export interface DeadlineStatus {
  readonly due: IsoDate;
  readonly done?: IsoDate;
  readonly state: DeadlineState;
  /** Open and past due: the flag a "late files" list filters on. */
  readonly overdue: boolean;
  /** Done after the due date, or still open past it. */
  readonly late: boolean;
  /**
   * Working days from today (or from the done date once done) to the due date; negative when
   * late. A due date on a weekend can read 0 while overdue: use `overdue` to filter.
   */
  readonly daysLeft: number;
  /** Same as daysLeft, in calendar days. */
  readonly calendarDaysLeft: number;
}

export function deadlineStatus(due: IsoDate, today: IsoDate, done?: IsoDate): DeadlineStatus {
  assertIsoDate(due, "due date");
  assertIsoDate(today, "today");
  if (done !== undefined) {
    assertIsoDate(done, "done date");
    const late = done > due;
    return {
      due,
      done,
      state: late ? "MISSED" : "MET",
      overdue: false,
      late,
      daysLeft: workingDaysBetween(done, due),
      calendarDaysLeft: calendarDaysBetween(done, due),
    };
  }
  const overdue = today > due;
  return {
    due,
    state: overdue ? "OVERDUE" : "PENDING",
    overdue,
    late: overdue,
    daysLeft: workingDaysBetween(today, due),
    calendarDaysLeft: calendarDaysBetween(today, due),
  };
}

/** True when the due date is on or before `limit`: "due before D" lists. */
export function isDueBy(due: IsoDate, limit: IsoDate): boolean {
  assertIsoDate(due, "due date");
  assertIsoDate(limit, "limit date");
  return due <= limit;
}
