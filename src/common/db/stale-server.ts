import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { logger } from "../observability/logger";

/** The command line of a running process, or undefined when there is none (or it cannot be read). */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    // No /proc (macOS): ask ps.
    try {
      return execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" }).trim() || undefined;
    } catch {
      return undefined;
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A server left running by an earlier run is stopped before a new one takes its data folder, but only when the
 * pid file names that server: a pid is reused by the system, and signalling whatever process holds it now could
 * stop something else entirely. The pid file goes in every case.
 */
export async function stopStaleServer(pidFile: string, timeoutMs = 30_000): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return;
  const command = commandLine(pid);
  if (!command) return;
  if (!command.includes(`--pid-file=${pidFile}`)) {
    logger.warn({ serverPid: pid }, "stale database pid file names another process: left alone");
    return;
  }
  logger.warn({ serverPid: pid }, "stopping the database server an earlier run left behind");
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && commandLine(pid)?.includes(`--pid-file=${pidFile}`)) {
    if (Date.now() > deadline) throw new Error(`The database server left behind (pid ${pid}) did not stop within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
