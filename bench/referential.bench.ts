import { randomBytes } from "node:crypto";
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createApp, type App } from "../src/app/server";
import { openDatabase, type Database } from "../src/app/database";
import { countQueries } from "../src/common/db/query-counter";
import { readConfig } from "../src/config";
import { runSeeds } from "../seeds";
import { runLoad, type LoadResult } from "./load";

const ROOT = path.resolve(__dirname, "../..");
const CONCURRENCIES = [1, 10, 50];
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 8);
const WARMUP_SECONDS = 2;
const VARIABLES = { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE" };

interface Recorded {
  bytes: Buffer;
  contentType: string;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function post(url: string, body: string): Promise<Recorded> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${bytes.toString("utf8").slice(0, 500)}`);
  return { bytes, contentType: response.headers.get("content-type") ?? "application/json" };
}

async function recordReferential(url: string, body: string): Promise<Recorded> {
  const recorded = await post(url, body);
  const json = JSON.parse(recorded.bytes.toString("utf8"));
  if (json.errors) throw new Error(`The Referential query returned errors: ${JSON.stringify(json.errors)}`);
  const domains = json.data?.referential?.domains;
  if (!Array.isArray(domains) || domains.length !== 3) {
    throw new Error(`Expected 3 domains, got ${Array.isArray(domains) ? domains.length : "none"}.`);
  }
  // Concurrent requests must give the very same bytes, or the bare server would not be a fair baseline.
  const again = await Promise.all(Array.from({ length: 20 }, () => post(url, body)));
  if (again.some((other) => !other.bytes.equals(recorded.bytes))) {
    throw new Error("Repeated Referential requests returned different bytes.");
  }
  return recorded;
}

function startBareServer(recorded: Recorded): Server {
  return createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": recorded.contentType });
      res.end(recorded.bytes);
    });
  });
}

function printRow(cells: (string | number)[], widths: number[]) {
  console.log(cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("  "));
}

function printTable(connections: number, api: LoadResult, bare: LoadResult) {
  const widths = [6, 10, 8, 10, 8, 8, 8, 8];
  console.log(`\nConcurrency ${connections}`);
  printRow(["target", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "max ms", "errors", "non-2xx"], widths);
  for (const [name, r] of [["API", api], ["bare", bare]] as const) {
    const l = r.latency;
    printRow([name, r.requestsPerSecond.toFixed(1), l.p50, l.p97_5, l.p99, l.max, r.errors, r.non2xx], widths);
  }
  console.log(`API/bare: ${percent(api, bare)}`);
}

function percent(api: LoadResult, bare: LoadResult): string {
  return `${((100 * api.requestsPerSecond) / bare.requestsPerSecond).toFixed(1)} %`;
}

async function main() {
  // A throwaway secret: the benchmark serves anonymous reads only, in production mode.
  const config = { ...readConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString("hex") }), production: true };
  let database: Database | undefined;
  let app: App | undefined;
  let bareServer: Server | undefined;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, localName: "bench-db" });
    await runSeeds(database.dataSource);
    app = await createApp(database.dataSource, config);
    const apiUrl = `${await listen(app.http)}/graphql`;

    const query = readFileSync(path.join(ROOT, "test/operations/referential.graphql"), "utf8");
    const body = JSON.stringify({ operationName: "Referential", query, variables: VARIABLES });
    const recorded = await recordReferential(apiUrl, body);
    const { counter } = await countQueries(() => post(apiUrl, body));

    bareServer = startBareServer(recorded);
    const bareUrl = `${await listen(bareServer)}/graphql`;

    const cpus = os.cpus();
    console.log(`Node ${process.version}, ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${os.platform()} ${os.arch()}`);
    console.log(`Database: ${config.databaseUrl ? "DATABASE_URL" : "local server under .data/bench-db"}; production: ${config.production}, NODE_ENV=${process.env.NODE_ENV ?? "unset"}`);
    console.log(`Referential query (${VARIABLES.certification} / ${VARIABLES.context}): ${recorded.bytes.length} response bytes, ${counter.count} SQL statements per request`);
    console.log(`Each run: ${WARMUP_SECONDS} s warm-up, then ${DURATION_SECONDS} s measured; load generator in a separate process`);

    const results: { connections: number; api: LoadResult; bare: LoadResult }[] = [];
    for (const connections of CONCURRENCIES) {
      const job = { body, connections, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS };
      const api = await runLoad({ ...job, url: apiUrl });
      const bareResult = await runLoad({ ...job, url: bareUrl });
      results.push({ connections, api, bare: bareResult });
      printTable(connections, api, bareResult);
    }

    const summary = results
      .map((r) => `c=${r.connections}: ${r.api.requestsPerSecond.toFixed(0)} req/s (${percent(r.api, r.bare)} of bare)`)
      .join(", ");
    console.log(`\nSummary: API ${summary}.`);

    const failures = results.reduce((sum, r) => sum + r.api.errors + r.api.non2xx + r.bare.errors + r.bare.non2xx, 0);
    if (failures > 0) {
      console.error(`${failures} requests failed (errors or non-2xx).`);
      process.exitCode = 1;
    }
  } finally {
    if (bareServer) await close(bareServer);
    await app?.stop();
    await database?.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
