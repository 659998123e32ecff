import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.resolve(__dirname, "../..");

export interface ApiProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * `npm start`'s entry, compiled as `npm run build` does (into a folder of its own), run as a separate OS process on
 * the given database, with `env` (WORKERS, …) on top.
 */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const outDir = path.join(ROOT, ".data", `api-build-${process.pid}-${Date.now()}`);
  await promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", outDir], { cwd: ROOT });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(outDir, "src/main.js")], {
    cwd: ROOT,
    // Production mode: the reference data only, a secret of its own (it serves public reads to the test).
    env: { ...process.env, NODE_ENV: "production", JWT_SECRET: randomBytes(24).toString("hex"), DATABASE_URL: databaseUrl, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    const timeout = setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timeout);
    rmSync(outDir, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The API process ended: ${output}`);
    }
    const healthy = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (attempt > 600) {
      await stop();
      throw new Error(`The API process did not answer within a minute: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `${url}/graphql`, output: () => output, stop };
}
