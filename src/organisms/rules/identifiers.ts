export type IdentifierErrorCode = "EMPTY" | "NOT_DIGITS" | "LENGTH" | "CHECKSUM" | "INVALID_SIREN";

export type IdentifierResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: IdentifierErrorCode; readonly reason: string };

export const SIREN_LENGTH = 9;
export const SIRET_LENGTH = 14;

/** La Poste: its establishments' SIRETs use "sum of digits divisible by 5" instead of Luhn. */
export const LA_POSTE_SIREN = "356000000";
// The head office of La Poste is the one establishment whose SIRET follows the Luhn key.
const LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";

function luhnIsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Appends the Luhn key to `digits` (a SIREN from 8 digits, a SIRET from 13): numbers for demo data and tests. */
export function withLuhnKey(digits: string): string {
  for (let key = 0; key < 10; key += 1) {
    if (luhnIsValid(`${digits}${key}`)) return `${digits}${key}`;
  }
  throw new RangeError(`No Luhn key for ${digits}`);
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += digits.charCodeAt(i) - 48;
  return sum;
}

function failure(code: IdentifierErrorCode, reason: string): IdentifierResult {
  return { ok: false, code, reason };
}

/** Strips spaces (including non-breaking ones) and checks the shape: digits only, exact length. */
function normalise(input: string, name: "SIREN" | "SIRET", length: number): IdentifierResult {
  const value = typeof input === "string" ? input.replace(/\s+/g, "") : "";
  if (value === "") return failure("EMPTY", `Le ${name} est vide : saisissez ses ${length} chiffres.`);
  if (!/^\d+$/.test(value)) {
    return failure(
      "NOT_DIGITS",
      `Le ${name} ne doit contenir que des chiffres (les espaces sont acceptés) : « ${input} ».`,
    );
  }
  if (value.length !== length) {
    return failure(
      "LENGTH",
      `Le ${name} compte ${length} chiffres, « ${value} » en compte ${value.length}.`,
    );
  }
  return { ok: true, value };
}

export function validateSiren(input: string): IdentifierResult {
  const shape = normalise(input, "SIREN", SIREN_LENGTH);
  if (!shape.ok) return shape;
  if (!luhnIsValid(shape.value) || /^0+$/.test(shape.value)) {
    return failure(
      "CHECKSUM",
      `Le SIREN ${shape.value} est invalide (clé de contrôle incorrecte) : vérifiez les chiffres saisis.`,
    );
  }
  return shape;
}

export function validateSiret(input: string): IdentifierResult {
  const shape = normalise(input, "SIRET", SIRET_LENGTH);
  if (!shape.ok) return shape;
  const siret = shape.value;
  const siren = validateSiren(siret.slice(0, SIREN_LENGTH));
  if (!siren.ok) {
    return failure(
      "INVALID_SIREN",
      `Les 9 premiers chiffres du SIRET ${siret} ne forment pas un SIREN valide : vérifiez le SIREN de l'organisme.`,
    );
  }
  const keyIsValid =
    siren.value === LA_POSTE_SIREN && siret !== LA_POSTE_HEAD_OFFICE_SIRET
      ? digitSum(siret) % 5 === 0
      : luhnIsValid(siret);
  if (!keyIsValid) {
    return failure(
      "CHECKSUM",
      `Le SIRET ${siret} est invalide (clé de contrôle incorrecte) : vérifiez le numéro d'établissement (NIC, 5 derniers chiffres).`,
    );
  }
  return shape;
}

/** True when `siret` is a valid SIRET of an establishment of the (valid) `siren`. */
export function siretBelongsToSiren(siret: string, siren: string): boolean {
  const validSiret = validateSiret(siret);
  const validSiren = validateSiren(siren);
  return validSiret.ok && validSiren.ok && validSiret.value.startsWith(validSiren.value);
}
