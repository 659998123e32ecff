import { logger } from "../common/observability/logger";
import cluster, { type Worker } from "node:cluster";
import { openDatabase } from "./database";
import type { Clock } from "../common/clock";
import type { Config } from "../config";
import { createApp } from "./server";

const RESTART_DELAY_MS = 1000;

export const isWorker = () => cluster.isWorker;

/**
 * The primary forks `config.workers` API processes sharing one port (node:cluster). They are stateless (JWT and
 * the database, nothing else), so any of them answers any request. One that dies is replaced; `stop` ends them all.
 */
export function startWorkers(config: Config, databaseUrl: string): { stop(): Promise<void> } {
  let stopping = false;
  const fork = (): Worker => cluster.fork({ DATABASE_URL: databaseUrl });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    logger.warn({ pid: worker.process.pid, exit: signal ?? code }, "API process ended; another starts");
    setTimeout(() => !stopping && fork(), RESTART_DELAY_MS);
  });
  for (let i = 0; i < config.workers; i += 1) fork();
  return {
    async stop() {
      stopping = true;
      const running = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker && !worker.isDead());
      await Promise.all(
        running.map((worker) => new Promise<void>((resolve) => {
          worker.once("exit", () => resolve());
          worker.process.kill("SIGTERM");
        })),
      );
    },
  };
}

/** One API process under the primary: the database is migrated and seeded already. Its clock is its own. */
export async function runWorker(config: Config, clock: Clock): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, localName: "dev-db" });
  const app = await createApp(database.dataSource, config, clock);
  await new Promise<void>((resolve) => app.http.listen(config.port, resolve));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
