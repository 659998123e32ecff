import { computeDeadline } from "../../common/calendar/deadlines";
import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";

/** Amounts in euro cents, net of VAT ("net de TVA"), in force from `validFrom` until the next row. */
export interface TariffRow {
  readonly validFrom: IsoDate;
  /** FEE-1: per habilitation application, initial or not, accepted or refused. */
  readonly applicationCents: number;
  /** FEE-2: per site or establishment registered on the platform, per year. */
  readonly siteAnnualCents: number;
  /** FEE-3: per certificate awarded. */
  readonly certificateCents: number;
}

/** FEE-4: "Ces montants peuvent être modifiés chaque année": add a row, never edit one. */
export const TARIFFS: readonly TariffRow[] = [
  // Annexe 2 of the convention in force since 14 February 2023.
  { validFrom: "2023-02-14", applicationCents: 33_000, siteAnnualCents: 3_300, certificateCents: 1_100 },
];

export function tariffOn(date: IsoDate, table: readonly TariffRow[]): TariffRow | null {
  assertIsoDate(date);
  validateTable(table);
  let found: TariffRow | null = null;
  for (const row of table) {
    if (row.validFrom <= date && (found === null || row.validFrom > found.validFrom)) found = row;
  }
  return found;
}

export interface SiteRegistration {
  readonly name?: string;
  readonly registeredFrom: IsoDate;
  /** Last day registered; absent or null while still registered. */
  readonly registeredUntil?: IsoDate | null;
}

export interface FeeInput {
  readonly applications: readonly { readonly filedOn: IsoDate }[];
  readonly sites: readonly SiteRegistration[];
  readonly certificates?: readonly { readonly awardedOn: IsoDate }[];
  /** Billing period, both ends inclusive. */
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly table: readonly TariffRow[];
}

export type FeeKind = "APPLICATION" | "SITE" | "CERTIFICATE";

export interface FeeLine {
  readonly kind: FeeKind;
  readonly rule: "FEE-1" | "FEE-2" | "FEE-3";
  /** The day the amount becomes due, which sets the tariff and the billing period. */
  readonly chargedOn: IsoDate;
  readonly amountCents: number;
  readonly label: string;
}

export interface FeeStatement {
  readonly lines: readonly FeeLine[];
  readonly totalCents: number;
  readonly totalLabel: string;
}

/**
 * Every amount falling due in the period.
 * - FEE-1: on the filing day, "qu'elle soit initiale ou non, qu'elle soit acceptée ou refusée".
 * - FEE-2: Annexe 2 sets "un montant forfaitaire annuel de 33€ net de TVA par site ou établissement enregistré sur
 *   la plateforme" and "le recouvrement interviendra chaque année, par site ou établissement". Read as: the full
 *   amount (a flat fee, never prorated) once per calendar year in which the site is registered for at least one
 *   day, falling due on its first registered day of that year (1 January, or the registration day in its first
 *   year). Each site-year is thus billed once, in the period holding that day, at the tariff then in force.
 *   The caller passes the sites of habilitated organisms only ("Lorsque la demande est acceptée").
 * - FEE-3: on the day the certificate is awarded.
 */
export function computeFees(input: FeeInput): FeeStatement {
  const { periodStart, periodEnd, table } = input;
  assertIsoDate(periodStart, "period start");
  assertIsoDate(periodEnd, "period end");
  if (periodEnd < periodStart) throw new RangeError(`Billing period ends ${periodEnd} before it starts ${periodStart}`);
  const inPeriod = (day: IsoDate): boolean => periodStart <= day && day <= periodEnd;
  const lines: FeeLine[] = [];

  for (const { filedOn } of input.applications) {
    assertIsoDate(filedOn, "filing date");
    if (!inPeriod(filedOn)) continue;
    const cents = requireTariff(filedOn, table).applicationCents;
    lines.push({
      kind: "APPLICATION",
      rule: "FEE-1",
      chargedOn: filedOn,
      amountCents: cents,
      label: `Dépôt de la demande d'habilitation du ${filedOn} : ${formatEuros(cents)} HT`,
    });
  }

  for (const site of input.sites) {
    for (const chargedOn of siteChargeDays(site, periodStart, periodEnd)) {
      const cents = requireTariff(chargedOn, table).siteAnnualCents;
      const name = site.name ? ` « ${site.name} »` : "";
      lines.push({
        kind: "SITE",
        rule: "FEE-2",
        chargedOn,
        amountCents: cents,
        label: `Frais de gestion ${chargedOn.slice(0, 4)} du site ou établissement${name} enregistré sur la plateforme depuis le ${site.registeredFrom} : ${formatEuros(cents)} HT`,
      });
    }
  }

  for (const { awardedOn } of input.certificates ?? []) {
    assertIsoDate(awardedOn, "award date");
    if (!inPeriod(awardedOn)) continue;
    const cents = requireTariff(awardedOn, table).certificateCents;
    lines.push({
      kind: "CERTIFICATE",
      rule: "FEE-3",
      chargedOn: awardedOn,
      amountCents: cents,
      label: `Redevance pour le certificat attribué le ${awardedOn} : ${formatEuros(cents)} HT`,
    });
  }

  lines.sort((a, b) => (a.chargedOn < b.chargedOn ? -1 : a.chargedOn > b.chargedOn ? 1 : 0));
  const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  return {
    lines,
    totalCents,
    totalLabel: `Total du ${periodStart} au ${periodEnd} : ${formatEuros(totalCents)} HT`,
  };
}

/** The due days of a site's annual fee that fall in [periodStart, periodEnd]. */
function siteChargeDays(site: SiteRegistration, periodStart: IsoDate, periodEnd: IsoDate): IsoDate[] {
  assertIsoDate(site.registeredFrom, "site registration date");
  const until = site.registeredUntil ?? null;
  if (until !== null) {
    assertIsoDate(until, "site deregistration date");
    if (until < site.registeredFrom) throw new RangeError(`Site deregistered ${until} before it was registered ${site.registeredFrom}`);
  }
  const days: IsoDate[] = [];
  const firstYear = Math.max(Number(site.registeredFrom.slice(0, 4)), Number(periodStart.slice(0, 4)));
  for (let year = firstYear; year <= Number(periodEnd.slice(0, 4)); year += 1) {
    const newYear = `${String(year).padStart(4, "0")}-01-01`;
    const due = site.registeredFrom > newYear ? site.registeredFrom : newYear;
    if (due < periodStart || due > periodEnd) continue;
    if (until !== null && due > until) continue;
    days.push(due);
  }
  return days;
}

/** FEE-4: invoices are paid within 45 calendar days. */
export function paymentDueDate(invoicedOn: IsoDate): IsoDate {
  return computeDeadline("FEE_PAYMENT", invoicedOn);
}

/** "330,00 €", "1 320,00 €". */
export function formatEuros(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Amount ${String(cents)} is not a whole number of cents`);
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const euros = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${euros},${String(absolute % 100).padStart(2, "0")} €`;
}

function requireTariff(date: IsoDate, table: readonly TariffRow[]): TariffRow {
  const row = tariffOn(date, table);
  if (row === null) throw new RangeError(`No tariff in force on ${date}`);
  return row;
}

function validateTable(table: readonly TariffRow[]): void {
  const seen = new Set<IsoDate>();
  for (const row of table) {
    assertIsoDate(row.validFrom, "tariff start");
    if (seen.has(row.validFrom)) throw new RangeError(`Two tariffs start on ${row.validFrom}`);
    seen.add(row.validFrom);
    for (const amount of [row.applicationCents, row.siteAnnualCents, row.certificateCents]) {
      if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`Invalid tariff amount ${String(amount)} (from ${row.validFrom})`);
    }
  }
}
