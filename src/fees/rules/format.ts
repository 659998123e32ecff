/** "330,00 €", "1 320,00 €". */
export function formatEuros(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Amount ${String(cents)} is not a whole number of cents`);
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const euros = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${euros},${String(absolute % 100).padStart(2, "0")} €`;
}
