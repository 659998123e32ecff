import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeDocument, SetWordingDocument } from "../generated/graphql";
import { signToken } from "../../src/common/auth/jwt";
import { logger, redirectLogs } from "../../src/common/observability/logger";
import { DEMO, startHarness, type Harness } from "../support/harness";
import { print } from "graphql";

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness({ production: true });
  base = h.url.replace("/graphql", "");
});
afterAll(async () => h.close());

interface LogLine {
  msg: string;
  level: number;
  [key: string]: unknown;
}

/** Log lines written while `work` runs; access lines come once the response is over, so wait for them. */
async function logsDuring(work: () => Promise<unknown>, accessLines = 1): Promise<LogLine[]> {
  const lines: string[] = [];
  const restore = redirectLogs((line) => lines.push(line));
  const level = logger.level;
  logger.level = "info";
  try {
    await work();
    for (let i = 0; i < 50 && lines.filter((line) => line.includes('"msg":"request"')).length < accessLines; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    logger.level = level;
    restore();
  }
  return lines.map((line) => JSON.parse(line) as LogLine);
}

async function graphql(body: unknown, headers: Record<string, string> = {}) {
  return fetch(h.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("request ids", () => {
  it("a well-formed X-Request-Id is kept and returned; a missing or malformed one is replaced", async () => {
    const kept = await graphql({ query: "{ certifications { code } }" }, { "x-request-id": "edge-42.a:b" });
    expect(kept.headers.get("x-request-id")).toBe("edge-42.a:b");
    const fresh = await graphql({ query: "{ certifications { code } }" });
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const malformed = await graphql({ query: "{ certifications { code } }" }, { "x-request-id": "two words\u00e9" });
    expect(malformed.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${base}/health`)).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("structured logs", () => {
  it("one access line per request: id, operation, status, duration, role and Instance; no personal data, token or variables", async () => {
    const token = await signToken(DEMO.propreteDecider, h.secret);
    const secretText = "texte-que-les-journaux-ne-doivent-pas-contenir";
    let requestId = "";
    const logs = await logsDuring(async () => {
      const response = await graphql(
        { query: print(SetWordingDocument), operationName: "SetWording", variables: { contextualisation: "999999", target: "2-2.1", text: secretText } },
        { authorization: `Bearer ${token}`, "x-request-id": "trace-1" },
      );
      requestId = response.headers.get("x-request-id")!;
      await response.json();
    });
    const access = logs.filter((line) => line.msg === "request");
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      reqId: requestId,
      method: "POST",
      route: "/graphql",
      status: 200,
      operation: "SetWording",
      operationType: "mutation",
      outcome: "NOT_FOUND",
      role: "DECISION_MAKER",
      instance: "CPNE_PROPRETE",
    });
    expect(access[0].durationMs).toEqual(expect.any(Number));
    const everything = JSON.stringify(logs);
    for (const leak of [DEMO.propreteDecider, token, secretText, "999999"]) expect(everything).not.toContain(leak);
  });

  it("requests that stop before any operation have their line too, with the outcome their status tells", async () => {
    const logs = await logsDuring(async () => {
      await (await fetch(h.url, { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" })).text();
      await (await graphql({ query: "{ me { email } }" }, { authorization: "Bearer not-a-token" })).text();
    }, 2);
    const access = logs.filter((line) => line.msg === "request");
    expect(access.map((line) => [line.status, line.outcome])).toEqual([
      [415, "UNSUPPORTED_MEDIA_TYPE"],
      [401, "UNAUTHENTICATED"],
    ]);
  });
});

describe("GET /metrics", () => {
  it("Prometheus text: requests by operation and outcome, latency histograms, the pool, the server's restarts", async () => {
    await graphql({ query: print(MeDocument), operationName: "Me" }, { authorization: `Bearer ${await signToken(DEMO.certifProStaff, h.secret)}` });
    await graphql({ query: "{ nope }" });
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/clea_graphql_operations_total\{operation="Me",type="query",outcome="OK"\} \d+/);
    expect(text).toMatch(/clea_graphql_operations_total\{operation="anonymous",type="unknown",outcome="GRAPHQL_VALIDATION_FAILED"\} \d+/);
    expect(text).toMatch(/clea_graphql_operation_duration_seconds_bucket\{le="0\.1",operation="Me",type="query"\} \d+/);
    expect(text).toMatch(/clea_http_requests_total\{route="\/graphql",method="POST",status="200"\} \d+/);
    expect(text).toMatch(/clea_http_request_duration_seconds_count\{route="\/graphql"\} \d+/);
    expect(text).toMatch(/clea_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/clea_db_pool_connections\{state="limit"\} 20/);
    expect(text).toMatch(/clea_database_server_restarts_total 0/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });

  it("operation names cannot grow the series without bound", async () => {
    await graphql({ query: "query Weird_Name { certifications { code } }", operationName: "Weird_Name" });
    await graphql({ query: `query ${"x".repeat(80)} { certifications { code } }` });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('operation="Weird_Name"');
    expect(text).toContain('operation="other"');
    expect(text).not.toContain("x".repeat(80));
  });
});

describe("GET /health and GET /ready", () => {
  it("health: alive and database reachable; ready: migrated, seeded, accepting", async () => {
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok", database: "up" }]);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { accepting: "yes", database: "up", migrations: "applied", seeds: "loaded" } });
  });

  it("ready says 503 once the server stops accepting connections", async () => {
    // A connection already sending its request when the server closes is still served.
    const socket = connect(Number(new URL(base).port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write("GET /ready HTTP/1.1\r\nHost: localhost\r\n");
    await new Promise((resolve) => setTimeout(resolve, 50));
    h.app.http.close();
    const answer = new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("close", () => resolve(text));
    });
    socket.write("Connection: close\r\n\r\n");
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 503/);
    expect(text).toContain('"accepting":"no (stopping)"');
  });
});
