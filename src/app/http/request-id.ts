import { randomUUID } from "node:crypto";

// What a proxy or client may send as X-Request-Id and see again in our logs: short, printable, no spaces.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id when it is well formed, otherwise a fresh one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTED.test(value) ? value : randomUUID();
}
