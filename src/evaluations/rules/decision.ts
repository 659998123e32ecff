/** The stable `extensions.code` a service raises for a refusal. */
export type RefusalCode = "BAD_USER_INPUT" | "CONFLICT" | "FORBIDDEN";

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  /** The DOMAIN.md rule that refuses (EVA-3, GDPR-1 …). */
  readonly rule: string;
  readonly message: string;
}

export interface Accepted<T> {
  readonly ok: true;
  readonly value: T;
}

/** What every rule of this area returns: the value decided, or why not, in French. */
export type Decision<T> = Accepted<T> | Refusal;

export const accept = <T>(value: T): Accepted<T> => ({ ok: true, value });

export const refuse = (code: RefusalCode, rule: string, message: string): Refusal => ({ ok: false, code, rule, message });
