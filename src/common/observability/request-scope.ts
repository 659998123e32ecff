import { AsyncLocalStorage } from "node:async_hooks";

/** What one HTTP request leaves for its access line: filled in as the request goes (no personal data). */
export interface RequestRecord {
  readonly id: string;
  operation?: string;
  operationType?: string;
  /** OK, or the first error's `extensions.code`. */
  outcome?: string;
  role?: string;
  instance?: string | null;
}

const scope = new AsyncLocalStorage<RequestRecord>();

export function inRequestScope<T>(record: RequestRecord, work: () => T): T {
  return scope.run(record, work);
}

/** The request being served, when there is one (undefined in start-up code and scripts). */
export function currentRequest(): RequestRecord | undefined {
  return scope.getStore();
}
