import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { supervise, type Supervisor } from "../../../src/common/db/supervisor";
import { logger, redirectLogs } from "../../../src/common/observability/logger";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function idleProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  await new Promise((resolve) => child.once("spawn", resolve));
  return child;
}

let supervisor: Supervisor | undefined;
let restoreLogs: (() => void) | undefined;
const level = logger.level;
afterEach(async () => {
  await supervisor?.stop();
  restoreLogs?.();
  logger.level = level;
});

function captureLogs(): { msg: string; delayMs?: number }[] {
  const lines: { msg: string; delayMs?: number }[] = [];
  logger.level = "info";
  restoreLogs = redirectLogs((line) => lines.push(JSON.parse(line)));
  return lines;
}

describe("supervision of the managed database server", () => {
  it("a server that dies is started again; failed starts back off, doubling", async () => {
    const logs = captureLogs();
    let failuresLeft = 2;
    const first = await idleProcess();
    supervisor = supervise(first, {
      firstDelayMs: 20,
      async start() {
        if (failuresLeft-- > 0) throw new Error("port still in use");
        return idleProcess();
      },
    });
    first.kill("SIGKILL");
    for (let i = 0; i < 100 && supervisor.restarts() === 0; i += 1) await sleep(20);
    expect(supervisor.restarts()).toBe(1);
    expect(supervisor.current().pid).not.toBe(first.pid);
    expect(logs.filter((line) => line.msg === "restarting the local database server").map((line) => line.delayMs)).toEqual([20, 40, 80]);
    expect(logs.filter((line) => line.msg === "local database server failed to restart")).toHaveLength(2);
  });

  it("a stop asked for is no crash: nothing restarts", async () => {
    const logs = captureLogs();
    const first = await idleProcess();
    let starts = 0;
    supervisor = supervise(first, { firstDelayMs: 10, start: async () => (starts++, idleProcess()) });
    await supervisor.stop();
    await sleep(50);
    expect(starts).toBe(0);
    expect(first.signalCode).toBe("SIGTERM");
    expect(logs).toEqual([]);
  });
});
