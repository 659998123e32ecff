/**
 * "The same place", for registering sites (HAB-2: a site without SIRET is known by an address of its own) and for
 * billing them (FEE-2: "une adresse postale distincte de celle de l'Organisme Habilité"): the same postal code and
 * address, case, accents, punctuation and spacing ignored. "12, Rue des Écoles" is "12 rue des ecoles".
 */
export interface Place {
  readonly address: string;
  readonly postalCode: string;
}

export function addressKey(address: string, postalCode: string): string {
  const words = address
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return `${postalCode.replace(/\s+/g, "")}|${words}`;
}

export const samePlace = (a: Place, b: Place): boolean => addressKey(a.address, a.postalCode) === addressKey(b.address, b.postalCode);
