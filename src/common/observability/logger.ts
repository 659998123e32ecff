import pino from "pino";
import { isDatabaseUnavailable } from "../db/unavailable";
import { currentRequest } from "./request-scope";

const stdout = pino.destination({ dest: 1, sync: true });
const toStdout = (line: string) => {
  stdout.write(line);
};
let write = toStdout;

/**
 * The process's structured log: JSON lines on stdout, each stamped with the request id when written while a
 * request is served. Never log personal data, tokens or request variables.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL || "info",
    base: { service: "clea-management-api" },
    mixin: () => {
      const request = currentRequest();
      return request ? { reqId: request.id } : {};
    },
    serializers: { err: (error: unknown) => describeError(error) },
  },
  { write: (line: string) => write(line) },
);

/** Sends the log lines elsewhere (tests read them); returns the function that puts stdout back. */
export function redirectLogs(to: (line: string) => void): () => void {
  write = to;
  return () => {
    write = toStdout;
  };
}

const KEPT_FIELDS = ["code", "errno", "sqlState"] as const;

/**
 * An error as the log keeps it: its kind, codes and stack. Database errors lose their message (it may quote the
 * values of a row) and keep the statement, whose values are placeholders.
 */
export function describeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  // A wrapper's message repeats the database's, values included: the whole chain is then told without messages.
  const database = fromDatabase(error);
  const described: Record<string, unknown> = { type: error.name };
  for (const field of KEPT_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (value !== undefined) described[field] = value;
  }
  if (database) {
    const query = (error as { query?: unknown }).query;
    if (typeof query === "string") described.sql = query.slice(0, 300);
    described.stack = error.stack?.split("\n").slice(1).join("\n");
  } else {
    described.message = error.message;
    described.stack = error.stack;
  }
  const cause = (error as { originalError?: unknown; cause?: unknown }).originalError ?? error.cause;
  if (cause && cause !== error && depth < 4) described.cause = describeError(cause, depth + 1);
  return described;
}

function isDatabaseError(error: Error): boolean {
  return isDatabaseUnavailable(error) || "driverError" in error || "sqlState" in error;
}

function fromDatabase(error: Error, depth = 0): boolean {
  if (isDatabaseError(error)) return true;
  const cause = (error as { originalError?: unknown; cause?: unknown }).originalError ?? error.cause;
  return cause instanceof Error && cause !== error && depth < 4 && fromDatabase(cause, depth + 1);
}
