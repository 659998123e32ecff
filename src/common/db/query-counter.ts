import type { Logger } from "typeorm";
import { logger } from "../observability/logger";

/** Counts the SQL statements the process runs while it is active (a test, a measured request). */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
}

const active = new Set<QueryCounter>();

export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; counter: QueryCounter }> {
  const counter = new QueryCounter();
  active.add(counter);
  try {
    return { result: await work(), counter };
  } finally {
    active.delete(counter);
  }
}

const TRANSACTION_CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)/i;

/** Marks a statement run on a timer whatever the traffic (the refresh of what is in force): no request's cost. */
export const BACKGROUND_STATEMENT = "/* background */";

export class CountingLogger implements Logger {
  constructor(private readonly logErrors: boolean) {}

  logQuery(query: string): void {
    if (active.size === 0 || query.startsWith(BACKGROUND_STATEMENT) || TRANSACTION_CONTROL.test(query.trim())) return;
    for (const counter of active) {
      counter.count += 1;
      counter.statements.push(query);
    }
  }
  /** The driver's code only: a refused statement's message quotes the row's values (personal data). */
  logQueryError(error: string | Error): void {
    if (this.logErrors) logger.warn({ code: typeof error === "string" ? undefined : (error as { code?: string }).code }, "SQL statement refused");
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
