import type { SiteRegistration } from "./tariff";

export interface EstablishmentRecord extends SiteRegistration {
  readonly siret: string | null;
  readonly address: string;
  readonly postalCode: string;
  readonly city: string;
}

/**
 * FEE-2, Annexe 2: "sont visées les entités dotées d'un numéro de SIRET ou d'une adresse postale distincte de celle de
 * l'Organisme Habilité". Every establishment with a SIRET is billed; a site without one only when its address is not
 * that of one of the organism's SIRET establishments (there it is the same place, already billed).
 */
export function billableSites<T extends EstablishmentRecord>(establishments: readonly T[]): T[] {
  const siretPlaces = new Set(establishments.filter((e) => e.siret).map(placeOf));
  return establishments.filter((e) => e.siret || !siretPlaces.has(placeOf(e)));
}

function placeOf(e: EstablishmentRecord): string {
  return [e.address, e.postalCode, e.city].map(normalise).join("|");
}

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
