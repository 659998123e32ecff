import { randomBytes } from "node:crypto";
import "reflect-metadata";
import { fork } from "node:child_process";
import { mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createApp, type App } from "../src/app/server";
import { openDatabase, type Database } from "../src/app/database";
import { signToken } from "../src/common/auth/jwt";
import { countQueries } from "../src/common/db/query-counter";
import { redirectLogs } from "../src/common/observability/logger";
import { readConfig } from "../src/config";
import { runSeeds } from "../seeds";
import { runLoad, type LoadJob, type LoadResult } from "./load";
import { apqUrl, graphql, referentialFragments } from "./operations";

const ROOT = path.resolve(__dirname, "../..");
const CONCURRENCIES = [1, 10, 50];
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 4);
const WARMUP_SECONDS = 1;
const VARIABLES = { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE" };

type Job = Omit<LoadJob, "url" | "connections" | "durationSeconds" | "warmupSeconds">;

interface Path {
  name: string;
  job: Job;
  /** SQL statements a request runs once warm (the timer's refresh of what is in force is not a request's). */
  sqlPerRequest: number;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Answers any request with the bytes the API gives for the full query: the ceiling of this machine. */
function startBareServer(bytes: Buffer, contentType: string): Server {
  return createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": contentType });
      res.end(bytes);
    });
  });
}

async function send(url: string, job: Job): Promise<Response> {
  const response = await fetch(url, { method: job.method, headers: job.headers, body: job.body });
  if (response.status !== job.expectStatus) throw new Error(`${job.method} ${url}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return response;
}

async function sqlPerRequest(url: string, job: Job, requests = 20): Promise<number> {
  for (let i = 0; i < 3; i += 1) await (await send(url, job)).arrayBuffer();
  const { counter } = await countQueries(async () => {
    for (let i = 0; i < requests; i += 1) await (await send(url, job)).arrayBuffer();
  });
  return counter.count / requests;
}

/** A draft of the CPNE, open for the authenticated path (a previous run's is reused). */
async function cpneDraft(url: string, token: string): Promise<string> {
  const auth = { authorization: `Bearer ${token}` };
  const open = await graphql(url, `{ contextualisations(context: "CPNE_PROPRETE", status: DRAFT) { id } }`, {}, auth);
  const existing = open.data?.contextualisations?.[0]?.id;
  if (existing) return existing;
  const started = await graphql(url, `mutation { startContextualisation(context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT") { id } }`, {}, auth);
  const id = started.data!.startContextualisation.id as string;
  await graphql(url, `mutation($id: ID!) { setWording(contextualisation: $id, target: "1-2.1", text: "connaît les outils de communication du chantier") { id } }`, { id }, auth);
  return id;
}

function meanOf(a: LoadResult, b: LoadResult): LoadResult {
  const mean = (x: number, y: number) => Math.round((x + y) / 2);
  return {
    requestsPerSecond: (a.requestsPerSecond + b.requestsPerSecond) / 2,
    totalRequests: a.totalRequests + b.totalRequests,
    latency: { p50: mean(a.latency.p50, b.latency.p50), p97_5: mean(a.latency.p97_5, b.latency.p97_5), p99: mean(a.latency.p99, b.latency.p99), max: Math.max(a.latency.max, b.latency.max) },
    errors: a.errors + b.errors,
    unexpected: a.unexpected + b.unexpected,
  };
}

function formatRow(cells: (string | number)[], widths: number[]) {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("  ");
}

function runNginxCheck(databaseUrl: string, secret: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, "nginx.check.js"), [], {
      env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: secret },
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const started = Date.now();
  // A throwaway secret: the benchmark's tokens are its own, in production mode.
  const secret = process.env.JWT_SECRET || randomBytes(32).toString("hex");
  const config = { ...readConfig({ ...process.env, JWT_SECRET: secret }), production: true };
  let database: Database | undefined;
  let app: App | undefined;
  let bareServer: Server | undefined;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, localName: "bench-db" });
    // Access lines are written, as in production, but to a file: stdout keeps the figures.
    mkdirSync(path.join(ROOT, ".data"), { recursive: true });
    const accessLog = openSync(path.join(ROOT, ".data", "bench-access.log"), "w");
    redirectLogs((line) => writeSync(accessLog, line));
    await runSeeds(database.dataSource, { samples: false });
    app = await createApp(database.dataSource, config);
    const apiUrl = `${await listen(app.http)}/graphql`;

    const fragments = referentialFragments(readFileSync(path.join(ROOT, "test/operations/referential.graphql"), "utf8"));
    const fullQuery = readFileSync(path.join(ROOT, "test/operations/referential.graphql"), "utf8");
    const postFull = JSON.stringify({ operationName: "Referential", query: fullQuery, variables: VARIABLES });
    const adHocQuery = `query Titles($certification: String!, $context: String) { referential(certification: $certification, context: $context) {
      version context { name } domains { code title competences { code title contextualised wordingDiff { kind text } criteria { code text contextualised } } } } }`;
    const draftQuery = `query Draft($id: ID!) { contextualisation(id: $id) { id status referential { ...ReferentialFields } } }\n${fragments}`;

    const json = { "content-type": "application/json" };
    const full = await send(apiUrl, { method: "POST", headers: json, body: postFull, expectStatus: 200 });
    const fullBytes = Buffer.from(await full.arrayBuffer());
    const parsed = JSON.parse(fullBytes.toString("utf8"));
    if (parsed.errors || parsed.data?.referential?.domains?.length !== 3) throw new Error(`Unexpected answer: ${fullBytes.toString("utf8").slice(0, 300)}`);

    const persisted = await apqUrl(apiUrl, fullQuery, VARIABLES, "Referential");
    // Apollo's CSRF prevention wants this header on GETs that reach the pipeline; pre-built bytes need none.
    const preflight = { "apollo-require-preflight": "true" };
    const get = await send(persisted, { method: "GET", headers: preflight, expectStatus: 200 });
    const etag = get.headers.get("etag")!;
    const getBytes = Buffer.from(await get.arrayBuffer());
    if (!getBytes.equals(fullBytes)) throw new Error("The persisted read and the POST gave different bytes.");
    const token = await signToken("decideur@cpne-proprete.demo", secret);
    const draftId = await cpneDraft(apiUrl, token);
    const adHoc = Buffer.from(await (await send(apiUrl, { method: "POST", headers: json, body: JSON.stringify({ query: adHocQuery, variables: VARIABLES }), expectStatus: 200 })).arrayBuffer());
    const draftBody = JSON.stringify({ query: draftQuery, variables: { id: draftId } });
    const draft = Buffer.from(await (await send(apiUrl, { method: "POST", headers: { ...json, authorization: `Bearer ${token}` }, body: draftBody, expectStatus: 200 })).arrayBuffer());
    if (JSON.parse(draft.toString("utf8")).data?.contextualisation?.status !== "DRAFT") throw new Error(`The draft read failed: ${draft.toString("utf8").slice(0, 300)}`);

    const jobs: { name: string; job: Job }[] = [
      { name: "persisted GET, 200 (pre-built bytes)", job: { method: "GET", headers: preflight, expectStatus: 200 } },
      { name: "persisted GET, 304 (If-None-Match)", job: { method: "GET", headers: { ...preflight, "if-none-match": etag }, expectStatus: 304 } },
      { name: "POST, the full query", job: { method: "POST", headers: json, body: postFull, expectStatus: 200 } },
      { name: `POST, ad-hoc fields (${Math.round(adHoc.length / 1024)} KB)`, job: { method: "POST", headers: json, body: JSON.stringify({ query: adHocQuery, variables: VARIABLES }), expectStatus: 200 } },
      { name: "POST, CPNE reading its draft (token)", job: { method: "POST", headers: { ...json, authorization: `Bearer ${token}` }, body: draftBody, expectStatus: 200 } },
    ];
    const urlOf = (job: Job) => (job.method === "GET" ? persisted : apiUrl);
    const paths: Path[] = [];
    for (const { name, job } of jobs) paths.push({ name, job, sqlPerRequest: await sqlPerRequest(urlOf(job), job) });

    bareServer = startBareServer(fullBytes, full.headers.get("content-type") ?? "application/json");
    const bareUrl = `${await listen(bareServer)}/graphql`;

    const cpus = os.cpus();
    console.log(`Node ${process.version}, ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${os.platform()} ${os.arch()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    console.log(`Database: ${config.databaseUrl ? "DATABASE_URL" : "local server under .data/bench-db"}; NODE_ENV=${process.env.NODE_ENV ?? "unset"}; one API process`);
    console.log(`Full referential (${VARIABLES.certification} / ${VARIABLES.context}): ${fullBytes.length} bytes; bare = node:http answering these bytes`);
    console.log(`Each run: ${WARMUP_SECONDS} s warm-up, ${DURATION_SECONDS} s measured; autocannon in its own process; ratio = req/s ÷ bare's req/s at the same concurrency (bare: mean of a run before and a run after the paths)`);

    const rows: { path: string; connections: number; result: LoadResult; sql: string; ratio: string }[] = [];
    let failures = 0;
    for (const connections of CONCURRENCIES) {
      const load = (url: string, job: Job) => runLoad({ ...job, url, connections, durationSeconds: DURATION_SECONDS, warmupSeconds: WARMUP_SECONDS });
      const bareJob: Job = { method: "POST", headers: json, body: postFull, expectStatus: 200 };
      // Bare is measured before and after the paths: on a shared machine the ceiling moves, the mean is the reference.
      const bareBefore = await load(bareUrl, bareJob);
      const measured: { p: Path; result: LoadResult }[] = [];
      for (const p of paths) measured.push({ p, result: await load(urlOf(p.job), p.job) });
      const bareAfter = await load(bareUrl, bareJob);
      const bare = meanOf(bareBefore, bareAfter);
      rows.push({ path: "bare node:http", connections, result: bare, sql: "–", ratio: "100 %" });
      for (const { p, result } of measured) {
        failures += result.errors + result.unexpected;
        rows.push({ path: p.name, connections, result, sql: String(p.sqlPerRequest), ratio: `${((100 * result.requestsPerSecond) / bare.requestsPerSecond).toFixed(1)} %` });
      }
      failures += bare.errors + bare.unexpected;
    }

    const widths = [40, 4, 8, 7, 7, 8, 8];
    console.log(`\n${formatRow(["path", "c", "req/s", "p50 ms", "p99 ms", "of bare", "SQL/req"], widths)}`);
    const order = ["bare node:http", ...paths.map((p) => p.name)];
    for (const name of order) {
      for (const row of rows.filter((r) => r.path === name)) {
        const l = row.result.latency;
        console.log(formatRow([row.path, row.connections, Math.round(row.result.requestsPerSecond), l.p50, l.p99, row.ratio, row.sql], widths));
      }
    }
    console.log("SQL/req: statements per request once warm; each API process also rereads what is published every PUBLICATION_REFRESH_MS (one statement), whatever the traffic.");

    // Requests still in flight when the load generator stopped finish before the database closes.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await app.stop();
    app = undefined;
    if (process.env.BENCH_NGINX !== "skip") {
      console.log("\nnginx in front of two API processes (deploy/nginx.conf):");
      if ((await runNginxCheck(database.url, secret)) !== 0) failures += 1;
    }
    console.log(`\nBenchmark done in ${Math.round((Date.now() - started) / 1000)} s.`);
    if (failures > 0) {
      console.error(`${failures} failures (connection errors, unexpected statuses or the nginx check).`);
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
