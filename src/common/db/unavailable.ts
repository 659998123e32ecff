/** Driver and network codes meaning the database cannot be reached, as opposed to a statement it refused. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_SERVER_SHUTDOWN",
  "ER_CONNECTION_KILLED",
  "ER_CON_COUNT_ERROR",
  "CR_SERVER_GONE_ERROR",
  "CR_SERVER_LOST",
  "CR_CONNECTION_ERROR",
  "CR_CONN_HOST_ERROR",
]);

const UNREACHABLE_MESSAGES = [/^Pool is closed/, /in closed state$/, /^Connection lost/];

/** The error itself, then what it wraps (TypeORM's driverError, GraphQL's originalError, `cause`). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth += 1) {
    const record = current as Record<string, unknown>;
    yield record;
    current = record.driverError ?? record.originalError ?? record.cause;
  }
}

/** True when the error says the database is down or unreachable: a 503, never the caller's fault nor a refusal. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    if (typeof link.code === "string" && UNREACHABLE_CODES.has(link.code)) return true;
    // mysql2 marks errors that leave the connection unusable as fatal.
    if (link.fatal === true) return true;
    if (typeof link.message === "string" && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(link.message as string))) return true;
  }
  return false;
}
