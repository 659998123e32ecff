import "reflect-metadata";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { signToken } from "../src/common/auth/jwt";
import { openDatabase, type Database } from "../src/app/database";
import { runSeeds } from "../seeds";
import { runLoad } from "./load";
import { apqUrl, graphql } from "./operations";

/**
 * deploy/nginx.conf, really: Debian's nginx on loopback in front of two API processes on the benchmark's database.
 * Shows that persisted reads are served from nginx's cache, and that a new publication reaches its clients within
 * the documented bound (PUBLICATION_REFRESH_MS in the API processes + max-age in the cache). Exits 1 otherwise.
 */
const ROOT = path.resolve(__dirname, "../..");
const REFRESH_MS = 500;
const MAX_AGE_SECONDS = 1;
/** nginx counts max-age in whole seconds, so an entry lives between one and two max-ages. */
const BOUND_MS = REFRESH_MS + 2 * MAX_AGE_SECONDS * 1000;
const CRITERION = "1-1.1";
const METALLURGIE = { certification: "CLEA_MANAGEMENT", context: "CPNE_METALLURGIE" };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  if (process.getuid?.() !== 0) throw new Error("nginx is not installed: apt-get install nginx (Debian), then run again.");
  console.log("Installing Debian's nginx (apt-get install nginx), without starting its service…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive", RUNLEVEL: "1" };
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx"], { env, stdio: "ignore" });
  return "/usr/sbin/nginx";
}

async function waitFor(url: string, what: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${what} ended (code ${child.exitCode}).`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer within a minute.`);
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

async function publish(url: string, tokens: { cpne: string; certifPro: string }, text: string) {
  const cpne = { authorization: `Bearer ${tokens.cpne}` };
  const open = await graphql(url, `{ contextualisations(context: "CPNE_METALLURGIE", status: SUBMITTED) { id } }`, {}, cpne);
  let id: string | undefined = open.data!.contextualisations[0]?.id;
  if (!id) {
    const draft = await graphql(url, `{ contextualisations(context: "CPNE_METALLURGIE", status: DRAFT) { id } }`, {}, cpne);
    id = draft.data!.contextualisations[0]?.id;
    if (!id) {
      const started = await graphql(url, `mutation { startContextualisation(context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT") { id } }`, {}, cpne);
      id = started.data!.startContextualisation.id as string;
    }
    await graphql(url, `mutation($id: ID!, $text: String!) { setWording(contextualisation: $id, target: "${CRITERION}", text: $text) { id } }`, { id, text }, cpne);
    await graphql(url, `mutation($id: ID!) { submitContextualisation(contextualisation: $id) { id } }`, { id }, cpne);
  }
  await graphql(url, `mutation($id: ID!) { approveContextualisation(contextualisation: $id) { id } }`, { id }, { authorization: `Bearer ${tokens.certifPro}` });
}

const criterionOf = (body: string) => JSON.parse(body).data.referential.domains[0].competences[0].criteria[0].text as string;

async function main() {
  const secret = process.env.JWT_SECRET || randomBytes(32).toString("hex");
  const work = path.join(ROOT, ".data", `nginx-check-${process.pid}`);
  const children: ChildProcess[] = [];
  let database: Database | undefined;
  let failed = false;
  try {
    const nginx = nginxBinary();
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      database = await openDatabase({ localName: "bench-db" });
      await runSeeds(database.dataSource, { samples: false });
      databaseUrl = database.url;
    }

    const apiPorts = [await freePort(), await freePort()];
    for (const port of apiPorts) {
      // As `npm start` runs it.
      const child = spawn(process.execPath, ["--max-semi-space-size=32", path.join(__dirname, "../src/main.js")], {
        env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, JWT_SECRET: secret, PORT: String(port), WORKERS: "1", PUBLICATION_REFRESH_MS: String(REFRESH_MS), PUBLIC_MAX_AGE: String(MAX_AGE_SECONDS) },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
    }
    await Promise.all(apiPorts.map((port, i) => waitFor(`http://127.0.0.1:${port}/health`, `API process ${i + 1}`, children[i])));

    const nginxPort = await freePort();
    mkdirSync(path.join(work, "cache"), { recursive: true });
    chmodSync(path.join(work, "cache"), 0o777);
    const conf = readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8")
      .replace("server 127.0.0.1:4001;", `server 127.0.0.1:${apiPorts[0]};`)
      .replace("server 127.0.0.1:4002;", `server 127.0.0.1:${apiPorts[1]};`)
      .replace("listen 127.0.0.1:8080;", `listen 127.0.0.1:${nginxPort};`)
      .replace("/var/cache/nginx/clea", path.join(work, "cache"))
      .replace("worker_processes auto;", "worker_processes 1;");
    writeFileSync(path.join(work, "nginx.conf"), conf);
    const proxy = spawn(nginx, ["-p", work, "-c", path.join(work, "nginx.conf"), "-g", `daemon off; pid ${path.join(work, "nginx.pid")}; error_log ${path.join(work, "error.log")};`], { stdio: "inherit" });
    children.push(proxy);
    const front = `http://127.0.0.1:${nginxPort}/graphql`;
    await waitFor(`http://127.0.0.1:${nginxPort}/health`, "nginx", proxy);

    const query = readFileSync(path.join(ROOT, "test/operations/referential.graphql"), "utf8");
    const tokens = {
      cpne: await signToken("decideur@cpne-metallurgie.demo", secret),
      certifPro: await signToken("decideur@certifpro.demo", secret),
    };
    const existing = await fetch(front, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: METALLURGIE, operationName: "Referential" }) });
    if ((await existing.text()).includes('"NOT_FOUND"')) {
      await publish(front, tokens, "Sait identifier les orientations fixées pour l'atelier");
      await new Promise((resolve) => setTimeout(resolve, 2 * REFRESH_MS));
    }
    // Each API process learns the hash once, as APQ clients teach it.
    let persisted = "";
    for (const port of apiPorts) persisted = (await apqUrl(`http://127.0.0.1:${port}/graphql`, query, METALLURGIE, "Referential")).replace(`127.0.0.1:${port}`, `127.0.0.1:${nginxPort}`);

    const statuses = new Map<string, number>();
    const readThrough = async () => {
      const response = await fetch(persisted);
      const body = await response.text();
      const status = response.headers.get("x-cache-status") ?? "none";
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (response.status !== 200) throw new Error(`nginx answered ${response.status}: ${body.slice(0, 200)}`);
      return body;
    };
    for (let i = 0; i < 200; i += 1) await readThrough();
    console.log(`  200 reads through nginx: ${[...statuses].map(([status, n]) => `${n} ${status}`).join(", ")}`);
    const hits = statuses.get("HIT") ?? 0;
    if (hits < 150) {
      console.error("  FAILED: nginx should serve most reads from its cache.");
      failed = true;
    }
    const load = await runLoad({ url: persisted, method: "GET", headers: {}, expectStatus: 200, connections: 50, durationSeconds: 3, warmupSeconds: 1 });
    console.log(`  load through nginx, c=50: ${Math.round(load.requestsPerSecond)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms (${load.errors + load.unexpected} failures)`);

    const text = `Sait identifier les orientations de l'atelier (${new Date().toISOString()})`;
    statuses.clear();
    await publish(front, tokens, text);
    const publishedAt = Date.now();
    let firstFresh: number | undefined;
    let lastStale = 0;
    while (Date.now() - publishedAt < BOUND_MS + 1000) {
      const startedAfter = Date.now() - publishedAt;
      if (criterionOf(await readThrough()) === text) firstFresh ??= startedAfter;
      else lastStale = startedAfter;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    console.log(`  new publication: first served through nginx ${firstFresh ?? "never"} ms after it was made, last older answer ${lastStale} ms after (bound ${BOUND_MS} ms: ${REFRESH_MS} ms refresh + twice max-age ${MAX_AGE_SECONDS} s)`);
    console.log(`  reads meanwhile: ${[...statuses].map(([status, n]) => `${n} ${status}`).join(", ")}`);
    if (firstFresh === undefined || lastStale > BOUND_MS) {
      console.error("  FAILED: the new publication did not reach clients through nginx within the bound.");
      failed = true;
    }
  } finally {
    for (const child of children.reverse()) await stopChild(child, child.spawnfile.endsWith("nginx") ? "SIGQUIT" : "SIGTERM");
    await database?.close();
    rmSync(work, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
