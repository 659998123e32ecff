import { computeDeadline } from "../../common/calendar/deadlines";
import { assertIsoDate, type IsoDate } from "../../common/calendar/working-days";
import { formatDate } from "../../common/french";
import { formatEuros } from "./format";

export { formatEuros } from "./format";

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

/** Both ends inclusive; `until` null while open. */
export interface Period {
  readonly from: IsoDate;
  readonly until: IsoDate | null;
}

export interface ApplicationFiling {
  readonly id?: number;
  readonly filedOn: IsoDate;
  readonly receiptNumber?: string | null;
}

export interface SiteRegistration {
  readonly id?: number;
  readonly name?: string;
  readonly registeredFrom: IsoDate;
  /** Last day registered; absent or null while still registered. */
  readonly registeredUntil?: IsoDate | null;
}

/** FEE-3: a certificate awarded, by its number when known. */
export interface CertificateCharge {
  readonly awardedOn: IsoDate;
  readonly number?: string;
}

export interface FeeInput {
  /** Applications filed to Certif Pro (FEE-1: "auprès de Certif Pro"). */
  readonly applications: readonly ApplicationFiling[];
  readonly sites: readonly SiteRegistration[];
  /** FEE-2: the days the organism holds a Certif Pro habilitation ("Lorsque la demande est acceptée et l'Organisme Habilité"). */
  readonly habilitated: readonly Period[];
  readonly certificates?: readonly CertificateCharge[];
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
  /** The application or the site charged, when the input named it. */
  readonly subjectId?: number;
}

export interface FeeStatement {
  readonly lines: readonly FeeLine[];
  readonly totalCents: number;
  readonly totalLabel: string;
}

/**
 * Every amount falling due in the period.
 * - FEE-1: on the filing day, "qu'elle soit initiale ou non, qu'elle soit acceptée ou refusée"; the caller passes the
 *   applications filed to Certif Pro only.
 * - FEE-2: Annexe 2 sets "un montant forfaitaire annuel de 33€ net de TVA par site ou établissement enregistré sur
 *   la plateforme", owed "Lorsque la demande est acceptée et l'Organisme Habilité", and "le recouvrement interviendra
 *   chaque année, par site ou établissement". Read as: the full amount (a flat fee, never prorated) once per calendar
 *   year in which the site is registered while the organism is habilitated, for at least one day; it falls due on the
 *   first such day of that year (1 January, or the registration or habilitation day in the first year). Each
 *   site-year is thus billed once, in the period holding that day, at the tariff then in force.
 * - FEE-3: on the day the certificate is awarded.
 */
export function computeFees(input: FeeInput): FeeStatement {
  const { periodStart, periodEnd, table } = input;
  assertIsoDate(periodStart, "period start");
  assertIsoDate(periodEnd, "period end");
  if (periodEnd < periodStart) throw new RangeError(`Billing period ends ${periodEnd} before it starts ${periodStart}`);
  for (const period of input.habilitated) validatePeriod(period, "habilitation");
  const inPeriod = (day: IsoDate): boolean => periodStart <= day && day <= periodEnd;
  const lines: FeeLine[] = [];

  for (const application of input.applications) {
    const filedOn = assertIsoDate(application.filedOn, "filing date");
    if (!inPeriod(filedOn)) continue;
    const cents = requireTariff(filedOn, table).applicationCents;
    const receipt = application.receiptNumber ? ` (récépissé ${application.receiptNumber})` : "";
    lines.push({
      kind: "APPLICATION",
      rule: "FEE-1",
      chargedOn: filedOn,
      amountCents: cents,
      label: `Frais d'instruction de la demande d'habilitation déposée auprès de Certif Pro le ${formatDate(filedOn)}${receipt} : ${formatEuros(cents)} HT`,
      ...(application.id === undefined ? {} : { subjectId: application.id }),
    });
  }

  for (const site of input.sites) {
    for (const chargedOn of siteChargeDays(site, input.habilitated, periodStart, periodEnd)) {
      const cents = requireTariff(chargedOn, table).siteAnnualCents;
      const name = site.name ? ` « ${site.name} »` : "";
      lines.push({
        kind: "SITE",
        rule: "FEE-2",
        chargedOn,
        amountCents: cents,
        label:
          `Frais de gestion ${chargedOn.slice(0, 4)} du site ou établissement${name} (enregistré sur la plateforme depuis le ` +
          `${formatDate(site.registeredFrom)}, organisme habilité), exigibles le ${formatDate(chargedOn)} : ${formatEuros(cents)} HT`,
        ...(site.id === undefined ? {} : { subjectId: site.id }),
      });
    }
  }

  for (const { awardedOn, number } of input.certificates ?? []) {
    assertIsoDate(awardedOn, "award date");
    if (!inPeriod(awardedOn)) continue;
    const cents = requireTariff(awardedOn, table).certificateCents;
    lines.push({
      kind: "CERTIFICATE",
      rule: "FEE-3",
      chargedOn: awardedOn,
      amountCents: cents,
      label: `Redevance pour le certificat${number ? ` ${number}` : ""} attribué le ${formatDate(awardedOn)} : ${formatEuros(cents)} HT`,
    });
  }

  lines.sort((a, b) => (a.chargedOn < b.chargedOn ? -1 : a.chargedOn > b.chargedOn ? 1 : 0));
  const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  return {
    lines,
    totalCents,
    totalLabel: `Total du ${formatDate(periodStart)} au ${formatDate(periodEnd)} : ${formatEuros(totalCents)} HT`,
  };
}

/** The due days of a site's annual fee that fall in [periodStart, periodEnd]: per year, its first registered and habilitated day. */
function siteChargeDays(site: SiteRegistration, habilitated: readonly Period[], periodStart: IsoDate, periodEnd: IsoDate): IsoDate[] {
  validatePeriod({ from: site.registeredFrom, until: site.registeredUntil ?? null }, "site registration");
  const until = site.registeredUntil ?? null;
  const days: IsoDate[] = [];
  const firstYear = Math.max(Number(site.registeredFrom.slice(0, 4)), Number(periodStart.slice(0, 4)));
  for (let year = firstYear; year <= Number(periodEnd.slice(0, 4)); year += 1) {
    const yyyy = String(year).padStart(4, "0");
    const from = max(`${yyyy}-01-01`, site.registeredFrom);
    const to = min(`${yyyy}-12-31`, until ?? `${yyyy}-12-31`);
    let due: IsoDate | null = null;
    for (const period of habilitated) {
      const start = max(from, period.from);
      const end = min(to, period.until ?? to);
      if (start <= end && (due === null || start < due)) due = start;
    }
    if (due !== null && periodStart <= due && due <= periodEnd) days.push(due);
  }
  return days;
}

/** FEE-4: invoices are paid within 45 calendar days. */
export function paymentDueDate(invoicedOn: IsoDate): IsoDate {
  return computeDeadline("FEE_PAYMENT", invoicedOn);
}

export function paymentLabel(invoicedOn: IsoDate): string {
  return `Règlement attendu sous 45 jours calendaires : au plus tard le ${formatDate(paymentDueDate(invoicedOn))} pour une facture du ${formatDate(invoicedOn)}.`;
}

function requireTariff(date: IsoDate, table: readonly TariffRow[]): TariffRow {
  const row = tariffOn(date, table);
  if (row === null) throw new RangeError(`No tariff in force on ${date}`);
  return row;
}

function validatePeriod(period: Period, name: string): void {
  assertIsoDate(period.from, `${name} start`);
  if (period.until === null) return;
  assertIsoDate(period.until, `${name} end`);
  if (period.until < period.from) throw new RangeError(`The ${name} ends ${period.until} before it starts ${period.from}`);
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

const max = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const min = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
