import { isIsoDate } from "../../common/calendar/working-days";

const VERSION_LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export function checkVersionLabel(label: string): string | null {
  return VERSION_LABEL.test(label)
    ? null
    : `Libellé de version invalide « ${label} » : 1 à 40 caractères parmi lettres, chiffres, « . », « _ » et « - ».`;
}

/**
 * REF-3: a new version comes into force after every published one, and not in the past:
 * publishing never rewrites what was in force.
 */
export function checkPublicationDate(effectiveFrom: string, latestPublished: string | undefined, today: string): string | null {
  if (!isIsoDate(effectiveFrom)) {
    return `Date d'entrée en vigueur invalide « ${effectiveFrom} » : attendu AAAA-MM-JJ.`;
  }
  if (effectiveFrom < today) return `La date d'entrée en vigueur ${effectiveFrom} est passée : choisissez aujourd'hui ou une date future.`;
  if (latestPublished && effectiveFrom <= latestPublished) {
    return `La date d'entrée en vigueur doit suivre celle de la dernière version publiée (${latestPublished}).`;
  }
  return null;
}
