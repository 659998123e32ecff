import { addYears, type IsoDate, isIsoDate } from "../../common/calendar/working-days";
import { formatDate } from "../../common/french";
import { formatEuros } from "./format";
import type { TariffRow } from "./tariff";

export const MAX_PERIOD_YEARS = 5;
/** An amount above 100 000 € is taken for a typing mistake. */
export const MAX_TARIFF_CENTS = 10_000_000;

export type Check = { readonly ok: true } | { readonly ok: false; readonly code: "BAD_USER_INPUT" | "CONFLICT"; readonly reason: string };

const OK: Check = { ok: true };
const bad = (reason: string): Check => ({ ok: false, code: "BAD_USER_INPUT", reason });

function checkDate(value: string, name: string): Check {
  return isIsoDate(value) ? OK : bad(`${name} « ${value} » n'est pas une date valide (AAAA-MM-JJ).`);
}

/** A billing period: two valid dates, in order, shorter than 5 years, covered by a tariff (FEE-4: dated amounts). */
export function checkBillingPeriod(periodStart: string, periodEnd: string, firstTariffFrom: IsoDate | null): Check {
  for (const check of [checkDate(periodStart, "Le début de période"), checkDate(periodEnd, "La fin de période")]) if (!check.ok) return check;
  if (periodEnd < periodStart) {
    return bad(`La période se termine le ${formatDate(periodEnd)}, avant de commencer le ${formatDate(periodStart)}.`);
  }
  if (periodEnd >= addYears(periodStart, MAX_PERIOD_YEARS)) {
    return bad(`La période du ${formatDate(periodStart)} au ${formatDate(periodEnd)} dépasse ${MAX_PERIOD_YEARS} ans : découpez-la.`);
  }
  if (firstTariffFrom === null) return bad("Aucun tarif n'est enregistré : rien ne peut être calculé.");
  if (periodStart < firstTariffFrom) {
    return bad(`Aucun tarif n'est en vigueur avant le ${formatDate(firstTariffFrom)} : la période doit commencer à cette date ou après.`);
  }
  return OK;
}

/** FEE-4: the invoice closes the period it bills. */
export function checkInvoiceDate(invoicedOn: string, periodEnd: IsoDate): Check {
  const date = checkDate(invoicedOn, "La date de facture");
  if (!date.ok) return date;
  if (invoicedOn < periodEnd) {
    return bad(`La facture du ${formatDate(invoicedOn)} précéderait la fin de la période facturée (${formatDate(periodEnd)}).`);
  }
  return OK;
}

/**
 * FEE-4: amounts may change each year, as dated rows. A new row takes effect today or later, so that nothing already
 * due changes; a date that already has a row is a CONFLICT (rows are never edited).
 */
export function checkNewTariff(row: TariffRow, today: IsoDate, existingDates: readonly IsoDate[]): Check {
  const date = checkDate(row.validFrom, "La date d'effet");
  if (!date.ok) return date;
  if (row.validFrom < today) {
    return bad(
      `Un tarif ne peut pas prendre effet dans le passé (${formatDate(row.validFrom)}, nous sommes le ${formatDate(today)}) : les montants déjà dus ne changent pas.`,
    );
  }
  const amounts: [string, number][] = [
    ["par demande d'habilitation", row.applicationCents],
    ["par site et par an", row.siteAnnualCents],
    ["par certificat", row.certificateCents],
  ];
  for (const [what, cents] of amounts) {
    if (!Number.isInteger(cents) || cents < 0 || cents > MAX_TARIFF_CENTS) {
      return bad(`Le montant ${what} (${String(cents)} centimes) doit être un nombre entier de centimes entre 0 et ${formatEuros(MAX_TARIFF_CENTS)}.`);
    }
  }
  if (existingDates.includes(row.validFrom)) return { ok: false, code: "CONFLICT", reason: tariffExistsReason(row.validFrom) };
  return OK;
}

export function tariffExistsReason(validFrom: IsoDate): string {
  return `Un tarif prend déjà effet le ${formatDate(validFrom)} : un tarif enregistré ne se modifie pas, choisissez une autre date d'effet.`;
}

/** The journal's "why" for a new tariff. */
export function describeTariff(row: TariffRow): string {
  return (
    `À compter du ${formatDate(row.validFrom)} : ${formatEuros(row.applicationCents)} HT par demande d'habilitation, ` +
    `${formatEuros(row.siteAnnualCents)} HT par site ou établissement et par an, ${formatEuros(row.certificateCents)} HT par certificat.`
  );
}
