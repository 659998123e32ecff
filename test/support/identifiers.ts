/** The demo organisms' SIRENs, and valid numbers for fixtures. */
export const ALPHA = "812345676";
export const BETA = "841234560";

/** Appends the Luhn key digit to `digits` (a SIREN from 8 digits, a SIRET from 13). */
export function withLuhnKey(digits: string): string {
  for (let key = 0; key < 10; key += 1) {
    const candidate = `${digits}${key}`;
    let sum = 0;
    for (let i = 0; i < candidate.length; i += 1) {
      let digit = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}
