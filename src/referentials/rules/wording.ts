export const MAX_WORDING_LENGTH = 2000;

export type WordingCheck = { ok: true; text: string } | { ok: false; reason: string };

/** A wording is trimmed, never blank, never longer than MAX_WORDING_LENGTH characters. */
export function checkWording(raw: string, code: string): WordingCheck {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text.length === 0) return { ok: false, reason: `Le libellé de ${code} est vide.` };
  if ([...text].length > MAX_WORDING_LENGTH) {
    return { ok: false, reason: `Le libellé de ${code} dépasse ${MAX_WORDING_LENGTH} caractères.` };
  }
  return { ok: true, text };
}
