import { samePlace } from "../../organisms/rules/place";
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
 * that of one of the organism's SIRET establishments registered at the same time (there it is the same place,
 * already billed; a SIRET establishment closed before the site opened hides nothing).
 */
export function billableSites<T extends EstablishmentRecord>(establishments: readonly T[]): T[] {
  const withSiret = establishments.filter((e) => e.siret);
  return establishments.filter(
    (e) => e.siret || !withSiret.some((other) => samePlace(other, e) && overlap(other, e)),
  );
}

function overlap(a: SiteRegistration, b: SiteRegistration): boolean {
  return a.registeredFrom <= (b.registeredUntil ?? "9999-12-31") && b.registeredFrom <= (a.registeredUntil ?? "9999-12-31");
}
