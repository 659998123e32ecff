import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "../../common/observability/logger";
import { graphqlDuration, graphqlOperations, httpDuration, httpRequests, operationLabel } from "../../common/observability/metrics";
import type { RequestRecord } from "../../common/observability/request-scope";

const ROUTES = new Set(["/graphql", "/health", "/ready", "/metrics"]);

/** The route as a metric label: known paths, or "other" (paths come from clients and would grow the series). */
export function routeOf(pathname: string): string {
  return ROUTES.has(pathname) ? pathname : "other";
}

/** What a status says when no GraphQL outcome was recorded (the request stopped before the operation ran). */
const OUTCOME_OF_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  503: "SERVICE_UNAVAILABLE",
};

function outcomeOf(record: RequestRecord, status: number): string {
  if (record.outcome) return record.outcome;
  if (status < 400) return "OK";
  return OUTCOME_OF_STATUS[status] ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : `HTTP_${status}`);
}

/**
 * One line per request once its response is over: request id, route, operation, status, duration, outcome, and
 * the caller's role and Instance. Never the query string, variables, token or anything naming a person.
 */
export function logWhenDone(req: IncomingMessage, res: ServerResponse, record: RequestRecord, pathname: string): void {
  const started = process.hrtime.bigint();
  res.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(pathname);
    const status = res.statusCode;
    const method = req.method ?? "GET";
    httpRequests.inc({ route, method, status: String(status) });
    httpDuration.observe({ route }, seconds);
    const line: Record<string, unknown> = {
      reqId: record.id,
      method,
      route,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (route === "/graphql") {
      const outcome = outcomeOf(record, status);
      const operation = operationLabel(record.operation);
      const type = record.operationType ?? "unknown";
      graphqlOperations.inc({ operation, type, outcome });
      graphqlDuration.observe({ operation, type }, seconds);
      Object.assign(line, { operation, operationType: type, outcome, role: record.role ?? "ANONYMOUS", instance: record.instance ?? null });
    }
    logger.info(line, "request");
  });
}
