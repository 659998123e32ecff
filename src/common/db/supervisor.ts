import type { ChildProcess } from "node:child_process";
import { logger } from "../observability/logger";
import { databaseServerRestarts } from "../observability/metrics";

export interface SupervisorOptions {
  /** Starts the server and resolves once it answers; rejects when it cannot. */
  start(): Promise<ChildProcess>;
  /** First delay before a restart; it doubles after each failure, up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** A server that ran this long before stopping starts the backoff afresh. */
  stableAfterMs?: number;
}

export interface Supervisor {
  current(): ChildProcess;
  restarts(): number;
  stop(): Promise<void>;
}

/**
 * Keeps a server process running: when it stops unexpectedly it is started again, after 0.5 s, then 1, 2, 4 s… up
 * to 30 s while the restarts fail or the server keeps dying at once; each event is logged and counted.
 */
export function supervise(first: ChildProcess, options: SupervisorOptions): Supervisor {
  const firstDelay = options.firstDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  let child = first;
  let startedAt = Date.now();
  let attempt = 0;
  let restarts = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<ChildProcess> | undefined;

  const watch = (process: ChildProcess) => {
    process.once("exit", (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > stableAfter) attempt = 0;
      logger.error({ serverPid: process.pid, code, signal }, "local database server stopped unexpectedly");
      schedule();
    });
  };

  const schedule = () => {
    const delay = Math.min(firstDelay * 2 ** attempt, maxDelay);
    attempt += 1;
    logger.warn({ attempt, delayMs: delay }, "restarting the local database server");
    timer = setTimeout(restart, delay);
  };

  const restart = async () => {
    timer = undefined;
    if (stopping) return;
    try {
      starting = options.start();
      child = await starting;
    } catch (error) {
      logger.error({ err: error, attempt }, "local database server failed to restart");
      if (!stopping) schedule();
      return;
    }
    if (stopping) {
      child.kill("SIGTERM");
      return;
    }
    startedAt = Date.now();
    restarts += 1;
    databaseServerRestarts.inc();
    logger.warn({ serverPid: child.pid, attempt, restarts }, "local database server restarted");
    watch(child);
  };

  watch(first);
  return {
    current: () => child,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await starting?.catch(() => undefined);
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
