import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** The registry `GET /metrics` serves: the process's own figures, requests, the database pool and server. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequests = new Counter({
  name: "clea_http_requests_total",
  help: "HTTP requests answered, by route, method and status.",
  labelNames: ["route", "method", "status"] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: "clea_http_request_duration_seconds",
  help: "Time from the request's arrival to the end of its response, by route.",
  labelNames: ["route"] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const graphqlOperations = new Counter({
  name: "clea_graphql_operations_total",
  help: "GraphQL operations, by operation name, type and outcome (OK or the error code).",
  labelNames: ["operation", "type", "outcome"] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: "clea_graphql_operation_duration_seconds",
  help: "Time to answer a GraphQL operation, by operation name and type.",
  labelNames: ["operation", "type"] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const databaseServerRestarts = new Counter({
  name: "clea_database_server_restarts_total",
  help: "Restarts of the local database server this process manages, after it stopped unexpectedly.",
  registers: [registry],
});

/** The pool whose connections the gauge reports; set by the HTTP layer from the application's DataSource. */
let poolState: (() => { total: number; idle: number; waiting: number; limit: number } | undefined) | undefined;

export function observePool(read: typeof poolState): void {
  poolState = read;
}

new Gauge({
  name: "clea_db_pool_connections",
  help: "Database pool connections: open (total), idle, requests waiting for one, and the pool's limit.",
  labelNames: ["state"] as const,
  registers: [registry],
  collect() {
    const state = poolState?.();
    if (!state) return;
    this.set({ state: "total" }, state.total);
    this.set({ state: "idle" }, state.idle);
    this.set({ state: "waiting" }, state.waiting);
    this.set({ state: "limit" }, state.limit);
  },
});

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

/**
 * Operation names come from clients: a label keeps a well-formed name while fewer than 200 are known, so that no
 * client can grow the series without bound; anything else is "other".
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!OPERATION_NAME.test(name)) return "other";
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return "other";
  seenOperations.add(name);
  return name;
}
