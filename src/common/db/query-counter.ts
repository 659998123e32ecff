import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "typeorm";

/** Counts the SQL statements run inside a scope (a request, a test). */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
}

const storage = new AsyncLocalStorage<QueryCounter>();

export function countQueries<T>(counter: QueryCounter, work: () => Promise<T>): Promise<T> {
  return storage.run(counter, work);
}

const TRANSACTION_CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)/i;

export class CountingLogger implements Logger {
  constructor(private readonly logErrors: boolean) {}

  logQuery(query: string): void {
    const counter = storage.getStore();
    if (!counter || TRANSACTION_CONTROL.test(query.trim())) return;
    counter.count += 1;
    counter.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.logErrors) console.error(`SQL error: ${String(error)} in ${query.slice(0, 200)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
