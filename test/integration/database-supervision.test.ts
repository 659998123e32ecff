import "reflect-metadata";
import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AddIntervenantDocument } from "../generated/graphql";
import { createApp, type App } from "../../src/app/server";
import { signToken } from "../../src/common/auth/jwt";
import { createDataSource } from "../../src/app/data-source";
import { startLocalServer, type LocalServer } from "../../src/common/db/local-server";
import { redirectLogs } from "../../src/common/observability/logger";
import { readConfig } from "../../src/config";
import { runSeeds } from "../../seeds";
import { DEMO, TestClock } from "../support/harness";
import { ALPHA } from "../support/identifiers";
import type { DataSource } from "typeorm";

// A managed server of this test's own: killing it disturbs no other test.
const name = `supervision-test/${process.pid}`;
let server: LocalServer;
let db: DataSource;
let app: App;
let base: string;

beforeAll(async () => {
  server = await startLocalServer({ name, database: "clea_supervised", fresh: true, supervise: true, log: () => {} });
  db = createDataSource(server.url);
  await db.initialize();
  await db.runMigrations({ transaction: "each" });
  await runSeeds(db);
  app = await createApp(db, { ...readConfig({}), production: true }, new TestClock());
  await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.stop();
  await db?.destroy();
  await server?.stop();
  rmSync(path.resolve(".data", name), { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe("the managed database server is supervised", () => {
  it("kill -9 during concurrent writes: /health says 503 meanwhile, the API answers again by itself, no acknowledged write is lost", { timeout: 120_000 }, async () => {
    const token = await signToken(DEMO.alphaAdmin, readConfig({}).jwtSecret);
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let writing = true;

    const write = async (label: string) => {
      const input = { fullName: label, evaluator: true, trainer: false, qualifications: "Évaluateur", remoteReady: false };
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(AddIntervenantDocument), variables: { siren: ALPHA, input } }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (response.status === 200 && !body.errors) acknowledged.push(label);
      else failures.push(`${response.status} ${body.errors?.[0]?.extensions?.code}`);
    };
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let i = 0; writing; i += 1) await write(`Supervision ${writer}-${i}`);
    });

    const logs: string[] = [];
    const restoreLogs = redirectLogs((line) => logs.push(line));
    const healthStatuses: number[] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        healthStatuses.push((await fetch(`${base}/health`)).status);
        await sleep(25);
      }
    })();

    try {
      await until(() => acknowledged.length >= 20, "writes before the kill");
      const killed = server.pid()!;
      process.kill(killed, "SIGKILL");
      await until(() => healthStatuses.includes(503), "/health to say 503");
      await until(() => healthStatuses.at(-1) === 200 && server.pid() !== killed, "the server to be back");
      const afterRecovery = acknowledged.length;
      await until(() => acknowledged.length >= afterRecovery + 20, "writes after recovery");
    } finally {
      writing = false;
      probing = false;
      await Promise.all([...writers, prober]);
      restoreLogs();
    }

    const stored: { fullName: string }[] = await db.query("SELECT full_name AS fullName FROM intervenant WHERE full_name LIKE 'Supervision %'");
    const present = new Set(stored.map((row) => row.fullName));
    expect(acknowledged.filter((label) => !present.has(label))).toEqual([]);
    // Never a refusal nor an internal error: 503 while the server is down, and CONFLICT when two writers raced
    // for the same organism (its row version), as at any time.
    expect(failures.filter((failure) => failure !== "503 SERVICE_UNAVAILABLE" && failure !== "200 CONFLICT")).toEqual([]);
    const messages = logs.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toContain("local database server stopped unexpectedly");
    expect(messages).toContain("local database server restarted");

    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/clea_database_server_restarts_total 1/);
    const unavailable = failures.filter((failure) => failure.startsWith("503")).length;
    console.log(`supervision: ${acknowledged.length} acknowledged writes, all present; ${unavailable} answered 503 during the outage`);
  });
});
