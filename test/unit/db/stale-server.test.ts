import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { stopStaleServer } from "../../../src/common/db/stale-server";
import { redirectLogs } from "../../../src/common/observability/logger";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** A long-running process whose command line carries `args`. */
async function running(...args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "--", ...args], { stdio: "ignore" });
  children.push(child);
  await new Promise((resolve) => child.once("spawn", resolve));
  return child;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

const logged: string[] = [];
const restoreLogs = redirectLogs((line) => logged.push((JSON.parse(line) as { msg: string }).msg));
afterAll(restoreLogs);

describe("a stale pid file is checked before anything is signalled", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "stale-server-"));
  const pidFile = path.join(folder, "mysqld.pid");
  afterEach(() => rmSync(pidFile, { force: true }));

  it("a process that is not this folder's server is left alone; the file goes", async () => {
    const stranger = await running("--pid-file=/somewhere/else/mysqld.pid");
    writeFileSync(pidFile, `${stranger.pid}\n`);
    await stopStaleServer(pidFile);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(exited(stranger)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
    expect(logged.at(-1)).toBe("stale database pid file names another process: left alone");
  });

  it("the server this pid file belongs to is stopped, and waited for", async () => {
    const server = await running(`--pid-file=${pidFile}`);
    const stopped = new Promise((resolve) => server.once("exit", resolve));
    writeFileSync(pidFile, String(server.pid));
    await stopStaleServer(pidFile);
    await stopped;
    expect(server.signalCode).toBe("SIGTERM");
    expect(existsSync(pidFile)).toBe(false);
    expect(logged.at(-1)).toBe("stopping the database server an earlier run left behind");
  });

  it("a pid that no longer runs, or a file that says nothing, just goes", async () => {
    const gone = await running();
    gone.kill("SIGKILL");
    await new Promise((resolve) => gone.once("exit", resolve));
    for (const content of [String(gone.pid), "", "not a pid"]) {
      writeFileSync(pidFile, content);
      await stopStaleServer(pidFile);
      expect(existsSync(pidFile), content).toBe(false);
    }
  });
});
