import { notFound } from "../errors";

const NUMERIC_ID = /^\d{1,10}$/;

/** Whether an ID argument can name a record at all (permission rules leave the others to NOT_FOUND). */
export const isNumericId = (id: string): boolean => NUMERIC_ID.test(id.trim());

/** IDs are decimal integers; anything else cannot name a record. */
export function parseId(id: string): number {
  const value = Number(id);
  if (!isNumericId(id) || !Number.isSafeInteger(value) || value <= 0) throw notFound(`Identifiant « ${id} »`);
  return value;
}
