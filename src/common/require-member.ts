/** A programming error, not a person's: a value outside its closed list reached a rule. */
export function requireMember<T extends string>(list: readonly T[], value: T, name: string): void {
  if (!list.includes(value)) throw new RangeError(`Unknown ${name} ${JSON.stringify(value)}`);
}
