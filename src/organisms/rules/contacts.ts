import { computeDeadline } from "../../common/calendar/deadlines";
import type { IsoDate } from "../../common/calendar/working-days";
import { type Checked, InputCheck, collapse } from "./fields";

export const MAX_CONTACTS = 20;

export interface ContactValues {
  fullName: string;
  email: string;
  phone?: string | null;
  functionTitle?: string | null;
}

export interface CheckedContact {
  fullName: string;
  email: string;
  phone: string | null;
  functionTitle: string | null;
}

/** A deliberately plain check: one @, no spaces, a dotted domain. Deliverability is not knowable here. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 .()-]+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value) && !value.includes("..");
}

/** Digits, spaces, dots, dashes, parentheses and a leading +; between 6 and 15 digits. */
export function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return PHONE.test(value) && digits >= 6 && digits <= 15 && value.length <= 30;
}

/**
 * HAB-9: the organism keeps its contacts up to date on the platform (within 5 days of a change). The list replaces
 * the previous one; at least one contact, each reachable by e-mail, no e-mail twice.
 */
export function checkContacts(contacts: readonly ContactValues[]): Checked<CheckedContact[]> {
  const check = new InputCheck();
  if (contacts.length === 0) check.fail("contacts", "Contacts", "au moins un contact est requis pour que l'Instance puisse joindre l'organisme.");
  if (contacts.length > MAX_CONTACTS) check.fail("contacts", "Contacts", `${MAX_CONTACTS} contacts au plus (${contacts.length} fournis).`);
  const seen = new Map<string, number>();
  const checked = contacts.map((contact, i) => {
    const at = (field: string) => `contacts[${i}].${field}`;
    const label = (what: string) => `Contact ${i + 1}, ${what}`;
    const fullName = check.requiredText(at("fullName"), label("nom"), contact.fullName, 200);
    const email = collapse(contact.email).toLowerCase();
    if (!isEmail(email)) check.fail(at("email"), label("e-mail"), `adresse invalide « ${contact.email} » (forme attendue : nom@domaine.fr).`);
    else if (seen.has(email)) check.fail(at("email"), label("e-mail"), `${email} figure déjà au contact ${seen.get(email)! + 1}.`);
    else seen.set(email, i);
    const phone = collapse(contact.phone) || null;
    if (phone !== null && !isPhone(phone)) check.fail(at("phone"), label("téléphone"), `numéro invalide « ${contact.phone} » (6 à 15 chiffres).`);
    const functionTitle = check.optionalText(at("functionTitle"), label("fonction"), contact.functionTitle, 100);
    return { fullName, email, phone, functionTitle };
  });
  return check.result(checked);
}

export interface ContactsReport {
  readonly changedOn: IsoDate;
  readonly reportedOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly late: boolean;
}

/**
 * HAB-9: "mettre à jour ... dans un délai de 5 jours" the contacts on the platform: a change reported later is
 * recorded all the same, and flagged late.
 */
export function contactsReport(changedOn: IsoDate, reportedOn: IsoDate): ContactsReport {
  const dueOn = computeDeadline("HAB_CONTACT_UPDATE", changedOn);
  return { changedOn, reportedOn, dueOn, late: reportedOn > dueOn };
}

/** HAB-9: the change happened on a past day (or today), not before the contacts in place were reported. */
export function checkContactChangeDate(changedOn: IsoDate, today: IsoDate, previousChangeOn: IsoDate | null): string | null {
  if (changedOn > today) return `Date du changement (changedOn) : ${changedOn} est à venir ; déclarez le changement une fois survenu.`;
  if (previousChangeOn && changedOn < previousChangeOn) {
    return `Date du changement (changedOn) : antérieure au dernier changement déclaré (${previousChangeOn}).`;
  }
  return null;
}
