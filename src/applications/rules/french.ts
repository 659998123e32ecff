/** Small helpers for French messages. */

/** "de déposer", "d'accepter". */
export function elidedDe(verbPhrase: string): string {
  return /^[aeiouyàâéèêîôh]/i.test(verbPhrase) ? `d'${verbPhrase}` : `de ${verbPhrase}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function joinFrench(items: readonly string[], conjunction: "et" | "ou"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
