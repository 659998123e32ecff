import { addCalendarDays, type IsoDate } from "../../common/calendar/working-days";
import { checkNewEstablishment } from "./changes";
import { samePlace } from "./place";
import { type Checked, InputCheck } from "./fields";

export interface EstablishmentInputValues {
  siret?: string | null;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  registeredFrom?: string | null;
}

export interface NewEstablishment {
  siret: string | null;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  registeredFrom: IsoDate;
}

export interface RegisteredEstablishment {
  siret: string | null;
  name: string;
  address: string;
  postalCode: string;
  registeredUntil: IsoDate | null;
}

/**
 * A French postal code: 5 digits, the first two a metropolitan département (01 to 95, Corsica being 20), overseas
 * (97) or Monaco and the overseas collectivities (98).
 */
export function checkPostalCode(raw: string): { ok: true; value: string } | { ok: false; reason: string } {
  const value = (raw ?? "").replace(/\s+/g, "");
  if (!/^\d{5}$/.test(value)) return { ok: false, reason: `5 chiffres attendus, « ${raw} » ne convient pas.` };
  const prefix = Number(value.slice(0, 2));
  if (prefix === 0 || prefix === 96 || prefix === 99) {
    return { ok: false, reason: `« ${value} » ne correspond à aucun département français.` };
  }
  return { ok: true, value };
}

const isOpen = (e: RegisteredEstablishment, on: IsoDate) => e.registeredUntil === null || e.registeredUntil >= on;

/**
 * HAB-2, HAB-7, FEE-2: an establishment has its own SIRET, which must be under the organism's SIREN (a new
 * establishment under the same SIREN joins without a new application; another SIREN never joins). A site without
 * SIRET is known by its distinct address. One SIRET is registered once.
 */
const REPORTING_WINDOW_DAYS = 30;

export function checkNewEstablishmentInput(
  organismSiren: string,
  input: EstablishmentInputValues,
  registered: readonly RegisteredEstablishment[],
  today: IsoDate,
): Checked<NewEstablishment> {
  const check = new InputCheck();
  let siret: string | null = null;
  if (input.siret !== undefined && input.siret !== null && input.siret.trim() !== "") {
    const joining = checkNewEstablishment(organismSiren, input.siret);
    if (!joining.ok) check.fail("siret", "SIRET", joining.reason);
    else {
      siret = input.siret.replace(/\s+/g, "");
      const known = registered.find((e) => e.siret === siret);
      if (known) {
        const state = known.registeredUntil ? `fermé le ${known.registeredUntil}` : "ouvert";
        check.fail("siret", "SIRET", `l'établissement ${siret} est déjà enregistré (« ${known.name} », ${state}).`);
      }
    }
  }
  const name = check.requiredText("name", "Nom de l'établissement", input.name, 200);
  const address = check.requiredText("address", "Adresse", input.address, 300);
  const postal = checkPostalCode(input.postalCode);
  if (!postal.ok) check.fail("postalCode", "Code postal", postal.reason);
  const city = check.requiredText("city", "Commune", input.city, 100);
  const registeredFrom =
    input.registeredFrom === undefined || input.registeredFrom === null
      ? today
      : (check.date("registeredFrom", "Date d'enregistrement", input.registeredFrom) ?? today);
  // HAB-7: a change is reported within 30 days; past registration years are invoiced (FEE-2) and stay as they were.
  if (registeredFrom > today) check.fail("registeredFrom", "Date d'enregistrement", "future : enregistrez le site une fois ouvert.");
  else if (registeredFrom < addCalendarDays(today, -REPORTING_WINDOW_DAYS)) {
    check.fail("registeredFrom", "Date d'enregistrement", `antérieure de plus de ${REPORTING_WINDOW_DAYS} jours : un changement se déclare dans les 30 jours (HAB-7).`);
  }

  if (siret === null && address !== "" && postal.ok) {
    const same = registered.find((e) => isOpen(e, registeredFrom) && samePlace(e, { address, postalCode: postal.value }));
    if (same) {
      check.fail(
        "address",
        "Adresse",
        `« ${same.name} » est déjà enregistré à cette adresse ; un site sans SIRET se distingue par une adresse qui lui est propre.`,
      );
    }
  }
  return check.result({ siret, name, address, postalCode: postal.ok ? postal.value : input.postalCode, city, registeredFrom });
}

/** Closing keeps the establishment in the history (fees are due for the years it was registered, FEE-2). */
export function checkClosing(
  establishment: { registeredFrom: IsoDate; registeredUntil: IsoDate | null; name: string },
  closedOn: string,
  today: IsoDate,
): Checked<IsoDate> {
  const check = new InputCheck();
  const date = check.date("closedOn", "Date de fermeture", closedOn);
  if (date !== null && date < addCalendarDays(today, -REPORTING_WINDOW_DAYS)) {
    check.fail("closedOn", "Date de fermeture", `antérieure de plus de ${REPORTING_WINDOW_DAYS} jours : les années déjà dues ne se réécrivent pas (HAB-7, FEE-2).`);
  } else if (establishment.registeredUntil !== null) {
    check.fail("id", "Établissement", `« ${establishment.name} » est déjà fermé depuis le ${establishment.registeredUntil}.`);
  } else if (date !== null && date < establishment.registeredFrom) {
    check.fail("closedOn", "Date de fermeture", `antérieure à l'enregistrement de l'établissement (${establishment.registeredFrom}).`);
  }
  return check.result(date as IsoDate);
}
