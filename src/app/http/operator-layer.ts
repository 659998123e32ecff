import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { DataSource } from "typeorm";
import { logger } from "../../common/observability/logger";
import { observePool, registry } from "../../common/observability/metrics";
import { inRequestScope, type RequestRecord } from "../../common/observability/request-scope";
import { logWhenDone } from "./access-log";
import { refuseNonJsonPost } from "./content-type";
import { health, ready } from "./probes";
import { requestIdOf } from "./request-id";
import { sendJson } from "./respond";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface MysqlPool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

/** mysql2 keeps its pool's counts in fields of its own: read defensively, they are not a public API. */
function watchPool(db: DataSource): void {
  observePool(() => {
    const pool = (db.driver as unknown as { pool?: MysqlPool }).pool;
    if (!pool) return undefined;
    return {
      total: pool._allConnections?.length ?? 0,
      idle: pool._freeConnections?.length ?? 0,
      waiting: pool._connectionQueue?.length ?? 0,
      limit: pool.config?.connectionLimit ?? 0,
    };
  });
}

/**
 * What operators need around the API: a request id on every request and response (X-Request-Id), one access log
 * line each, GET /health, /ready and /metrics, and 415 for a GraphQL POST that is not JSON. Everything else goes
 * to `handler`.
 */
export function withOperatorLayer(db: DataSource, handler: Handler) {
  watchPool(db);
  // Node calls a request listener with the server as `this`: it says whether the server still accepts connections.
  return function serve(this: Server, req: IncomingMessage, res: ServerResponse): void {
    const record: RequestRecord = { id: requestIdOf(req.headers["x-request-id"]) };
    res.setHeader("x-request-id", record.id);
    const pathname = pathOf(req.url);
    if (pathname === null) {
      sendJson(res, 400, { errors: [{ message: "Adresse de requête invalide.", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    logWhenDone(req, res, record, pathname);
    const server = this;
    inRequestScope(record, () => {
      route(server, req, res, pathname).catch((error) => {
        logger.error({ err: error }, "request failed");
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Erreur interne.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
        else res.end();
      });
    });
  };

  async function route(server: Server, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method === "GET" || req.method === "HEAD") {
      if (pathname === "/health") return health(db, res);
      if (pathname === "/ready") return ready(db, server.listening, res);
      if (pathname === "/metrics") {
        const body = await registry.metrics();
        res.writeHead(200, { "content-type": registry.contentType }).end(body);
        return;
      }
    }
    if (pathname === "/graphql" && refuseNonJsonPost(req, res)) return;
    handler(req, res);
  }
}

/** The path of a request target, or null when it is no valid target (`//`, `//[`…): a client mistake, never a crash. */
function pathOf(target: string | undefined): string | null {
  try {
    return new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return null;
  }
}
