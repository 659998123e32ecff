import { accept, type Decision, refuse } from "./decision";

/** The prefix of each certification's certificate numbers. */
export const CERTIFICATE_PREFIX: Readonly<Record<string, string>> = { CLEA_MANAGEMENT: "CM", CLEA: "CL", CLEA_NUMERIQUE: "CN" };

const MAX_SEQUENCE = 999_999;
const NUMBER = /^([A-Z]{2})-(\d{4})-(\d{6})$/;

export interface CertificateNumber {
  readonly certification: string;
  readonly year: number;
  readonly sequence: number;
  readonly text: string;
}

/**
 * EVA-5: "CM-2025-000042": the certification, the year of the jury's decision and a sequence the database allocates
 * per certification and year; a unique index on the text makes it unique.
 */
export function formatCertificateNumber(certification: string, year: number, sequence: number): CertificateNumber {
  const prefix = CERTIFICATE_PREFIX[certification];
  if (!prefix) throw new RangeError(`No certificate prefix for ${certification}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`Invalid year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) throw new RangeError(`Sequence ${sequence} outside 1–${MAX_SEQUENCE}`);
  return { certification, year, sequence, text: `${prefix}-${year}-${String(sequence).padStart(6, "0")}` };
}

/** EVA-5: reads a number typed or taken from a URL, case and surrounding spaces aside. */
export function parseCertificateNumber(raw: string): Decision<CertificateNumber> {
  const text = raw.trim().toUpperCase();
  const match = NUMBER.exec(text);
  const certification = match ? Object.keys(CERTIFICATE_PREFIX).find((code) => CERTIFICATE_PREFIX[code] === match[1]) : undefined;
  if (!match || !certification || Number(match[3]) < 1) {
    return refuse("BAD_USER_INPUT", "EVA-5", `« ${raw.slice(0, 40)} » n'est pas un numéro de certificat : il s'écrit comme CM-2025-000042 (certification, année, numéro d'ordre).`);
  }
  return accept({ certification, year: Number(match[2]), sequence: Number(match[3]), text });
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_SYMBOLS = 11;
export const VERIFICATION_RANDOM_BYTES = RANDOM_SYMBOLS;

/** Luhn mod 32 check symbol: catches any single wrong symbol and most swaps of two neighbours. */
function checkSymbol(symbols: readonly number[]): number {
  let sum = 0;
  symbols
    .slice()
    .reverse()
    .forEach((value, index) => {
      const weighted = index % 2 === 0 ? value * 2 : value;
      sum += Math.floor(weighted / 32) + (weighted % 32);
    });
  return (32 - (sum % 32)) % 32;
}

const group = (code: string): string => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;

/**
 * EVA-5: the verification code printed on the certificate, "7K3Q-9XWD-M2C5": 55 random bits (11 symbols, from
 * bytes the caller draws with a cryptographic generator) and a check symbol. It cannot be guessed from the number.
 */
export function verificationCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RANDOM_SYMBOLS) throw new RangeError(`Expected ${RANDOM_SYMBOLS} random bytes, got ${bytes.length}`);
  // 256 is a multiple of 32: each byte gives one uniformly drawn symbol.
  const symbols = Array.from(bytes.subarray(0, RANDOM_SYMBOLS), (byte) => byte % 32);
  return group([...symbols, checkSymbol(symbols)].map((value) => ALPHABET[value]).join(""));
}

/** EVA-5: reads a typed code (case, spaces, hyphens aside; O read as 0, I and L as 1) and checks its check symbol. */
export function parseVerificationCode(raw: string): Decision<string> {
  const compact = raw.toUpperCase().replace(/[\s-]+/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  const values = [...compact].map((symbol) => ALPHABET.indexOf(symbol));
  if (values.length !== RANDOM_SYMBOLS + 1 || values.some((value) => value < 0) || checkSymbol(values.slice(0, -1)) !== values[values.length - 1]) {
    return refuse("BAD_USER_INPUT", "EVA-5", "Code de vérification non valide : recopiez les 12 caractères imprimés sur le certificat (par exemple 7K3Q-9XWD-M2C5).");
  }
  return accept(group(compact));
}

/** Compares two codes in a time that does not depend on where they differ. */
export function sameVerificationCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
