import { notFound } from "../errors";

/** IDs are decimal integers; anything else cannot name a record. */
export function parseId(id: string): number {
  const value = Number(id);
  if (!/^\d{1,10}$/.test(id.trim()) || !Number.isSafeInteger(value) || value <= 0) throw notFound(`Identifiant « ${id} »`);
  return value;
}
