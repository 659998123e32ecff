import type { DataSource } from "typeorm";
import type { Actor } from "./auth/actor";
import type { Clock } from "./clock";

/** What every request carries: who asks, today's date, the database, and the request's own memo of loaders. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly clock: Clock;
  readonly db: DataSource;
  readonly memo: RequestMemo;
}

/** Per-request values (each area's DataLoaders), created on first use; emptied after a write so reads see it. */
export class RequestMemo {
  private readonly values = new Map<symbol, unknown>();

  get<T>(key: symbol, create: () => T): T {
    if (!this.values.has(key)) this.values.set(key, create());
    return this.values.get(key) as T;
  }

  clear(): void {
    this.values.clear();
  }
}

/** An area's per-request loaders: `const organismLoaders = perRequest(db => ({ … }))`, read as `organismLoaders(ctx).x`. */
export function perRequest<T>(create: (db: DataSource) => T): (ctx: Pick<RequestContext, "db" | "memo">) => T {
  const key = Symbol("per-request");
  return (ctx) => ctx.memo.get(key, () => create(ctx.db));
}
