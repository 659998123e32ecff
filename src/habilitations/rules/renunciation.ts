import type { IsoDate } from "../../common/calendar/working-days";

export type Check = { ok: true } | { ok: false; reason: string };

/**
 * HAB-6: "l'Organisme Habilité peut décider d'y renoncer à la condition d'en informer par écrit l'Instance l'ayant
 * habilité": the organism records the day it sent its written notice, once, during the habilitation, and not ahead.
 */
export function checkRenunciationNotice(facts: { startsOn: IsoDate; sentBefore: IsoDate | null; sentOn: IsoDate; today: IsoDate }): Check {
  if (facts.sentBefore) return { ok: false, reason: `La renonciation a déjà été adressée le ${facts.sentBefore}.` };
  if (facts.sentOn < facts.startsOn) return { ok: false, reason: `L'habilitation court depuis le ${facts.startsOn} : on ne peut y renoncer avant.` };
  if (facts.sentOn > facts.today) return { ok: false, reason: "Une renonciation se déclare une fois envoyée, pas à l'avance." };
  return { ok: true };
}

/**
 * HAB-6: "avec un préavis de trois mois à compter de la réception de la notification écrite": the Instance records the
 * day it received the notice, from which the notice runs; not before it was sent, not ahead, once.
 */
export function checkRenunciationReceipt(facts: { sentOn: IsoDate | null; receivedBefore: IsoDate | null; receivedOn: IsoDate; today: IsoDate }): Check {
  if (!facts.sentOn) return { ok: false, reason: "L'organisme n'a pas déclaré de renonciation à cette habilitation." };
  if (facts.receivedBefore) return { ok: false, reason: `La réception de la renonciation a déjà été enregistrée le ${facts.receivedBefore}.` };
  if (facts.receivedOn < facts.sentOn) return { ok: false, reason: `La renonciation, envoyée le ${facts.sentOn}, ne peut avoir été reçue avant.` };
  if (facts.receivedOn > facts.today) return { ok: false, reason: "La réception se déclare une fois la renonciation reçue, pas à l'avance." };
  return { ok: true };
}
