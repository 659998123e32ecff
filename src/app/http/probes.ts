import type { ServerResponse } from "node:http";
import type { DataSource } from "typeorm";
import { logger } from "../../common/observability/logger";
import { sendJson } from "./respond";

const PROBE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database probe timed out")), PROBE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

let databaseWasUp = true;

/** Logs the database going down and coming back, once each, rather than at every probe. */
function noteDatabase(up: boolean, error?: unknown): void {
  if (up === databaseWasUp) return;
  databaseWasUp = up;
  if (up) logger.info("database reachable again");
  else logger.error({ err: error }, "database unreachable");
}

/** GET /health: the process is alive and the database answers. */
export async function health(db: DataSource, res: ServerResponse): Promise<void> {
  try {
    await withTimeout(db.query("SELECT 1"));
    noteDatabase(true);
    sendJson(res, 200, { status: "ok", database: "up" });
  } catch (error) {
    noteDatabase(false, error);
    sendJson(res, 503, { status: "unavailable", database: "down" });
  }
}

/** GET /ready: accepting connections, database migrated and seeded; a load balancer sends traffic only then. */
export async function ready(db: DataSource, accepting: boolean, res: ServerResponse): Promise<void> {
  const checks: Record<string, string> = { accepting: accepting ? "yes" : "no (stopping)" };
  try {
    const pending = await withTimeout(db.showMigrations());
    const [published] = await withTimeout(db.query("SELECT COUNT(*) AS n FROM referential_version WHERE status = 'PUBLISHED'"));
    checks.database = "up";
    checks.migrations = pending ? "pending" : "applied";
    checks.seeds = Number(published.n) > 0 ? "loaded" : "missing";
    noteDatabase(true);
  } catch (error) {
    checks.database = "down";
    noteDatabase(false, error);
  }
  const isReady = accepting && checks.database === "up" && checks.migrations === "applied" && checks.seeds === "loaded";
  sendJson(res, isReady ? 200 : 503, { status: isReady ? "ready" : "not ready", checks });
}
