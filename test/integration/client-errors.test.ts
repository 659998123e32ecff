import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redirectLogs } from "../../src/common/observability/logger";
import { startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(async () => h.close());

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(body: string, contentType = "application/json"): Promise<Answer> {
  const response = await fetch(h.url, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const postJson = (payload: unknown) => post(JSON.stringify(payload));
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** Log lines written while `work` runs. */
async function logsDuring(work: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const restore = redirectLogs((line) => lines.push(line));
  try {
    await work();
  } finally {
    restore();
  }
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("client mistakes answer 4xx, never 500 (production mode)", () => {
  it("2,000 aliased fields exceed the cost limit: 400 QUERY_TOO_COMPLEX, nothing runs", async () => {
    const answer = await postJson({ query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(" ")} }` });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("QUERY_TOO_COMPLEX");
    expect(answer.body.data).toBeUndefined();
  });

  it("1,000 spreads of one fragment exceed the cost limit: 400 QUERY_TOO_COMPLEX", async () => {
    const spreads = Array.from({ length: 1000 }, () => "...F").join(" ");
    const answer = await postJson({ query: `query { ${spreads} } fragment F on Query { certifications { code } }` });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("QUERY_TOO_COMPLEX");
    expect(answer.body.errors![0].message).toMatch(/^Requête trop coûteuse \(\d+ > 1000\)/);
  });

  it("a query nested deeper than the limit: 400 QUERY_TOO_COMPLEX, before any field is looked up", async () => {
    const deepest = '{ referential(certification: "CLEA") { domains { competences { criteria { wordingDiff { kind } } } } } }';
    expect((await postJson({ query: deepest })).status).toBe(200);
    const answer = await postJson({ query: `{ ${"a { ".repeat(13)}b${" }".repeat(13)} }` });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("QUERY_TOO_COMPLEX");
    expect(answer.body.errors![0].message).toBe("Requête trop profonde (14 niveaux > 12) : imbriquez moins de champs.");
  });

  it("a fragment cycle: 400 with the specification's validation error, no stack overflow", async () => {
    const answer = await postJson({ query: "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }" });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.body.errors!.map((e) => e.message)).toContain('Cannot spread fragment "A" within itself via "B".');
  });

  it("variables nested 100,000 levels deep: 400, declared or not", async () => {
    const nested = `${"[".repeat(100_000)}"x"${"]".repeat(100_000)}`;
    const declared = 'query ($x: [String!]!) { certificationOutcome(certification: "CLEA", validatedDomains: $x) { obtained } }';
    for (const query of [declared, "{ certifications { code } }"]) {
      const answer = await post(`{"query": ${JSON.stringify(query)}, "variables": {"x": ${nested}}}`);
      expect(answer.status, query).toBe(400);
      expect(codeOf(answer), query).toBe("BAD_USER_INPUT");
    }
  });

  it("a persisted query whose hash does not match its text: 400 PERSISTED_QUERY_HASH_MISMATCH, no internal-error log", async () => {
    const query = "{ certifications { code } }";
    let answer: Answer | undefined;
    const logs = await logsDuring(async () => {
      answer = await postJson({ query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    });
    expect(answer!.status).toBe(400);
    expect(codeOf(answer!)).toBe("PERSISTED_QUERY_HASH_MISMATCH");
    expect(logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const matching = await postJson({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(matching.status).toBe(200);
  });

  it("a POST that is not JSON is refused with 415 and never runs", async () => {
    const query = JSON.stringify({ query: "mutation { startContextualisation(context: \"X\", certification: \"Y\") { id } }" });
    for (const type of ["application/xml", "image/png", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const answer = await post(query, type);
      expect(answer.status, type).toBe(415);
      expect(codeOf(answer), type).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
    const untyped = await fetch(h.url, { method: "POST", body: new Uint8Array(Buffer.from(query)) });
    expect(untyped.status).toBe(415);
    expect((await post(JSON.stringify({ query: "{ certifications { code } }" }), "application/json; charset=utf-8")).status).toBe(200);
  });
});

describe("the schema stays private in production", () => {
  let developer: Harness;
  beforeAll(async () => {
    developer = await startHarness();
  });
  afterAll(async () => developer.close());

  const suggestions = [
    ["a field", { query: "{ certificationz { code } }" }],
    ["an argument", { query: '{ referential(certificaton: "CLEA") { version } }' }],
    ["an enum value", { query: "{ contextualisations(status: PUBLISHD) { id } }" }],
    ["a type", { query: "query ($s: ContextualisationStatu) { contextualisations(status: $s) { id } }" }],
    ["an enum value in a variable", { query: "query ($s: ContextualisationStatus) { contextualisations(status: $s) { id } }", variables: { s: "PUBLISHD" } }],
  ] as const;

  const messagesFrom = async (url: string, payload: unknown) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    const body = (await response.json()) as Answer["body"];
    return { status: response.status, messages: body.errors!.map((error) => error.message) };
  };

  it.each(suggestions)("a misspelt name (%s) gets the same error as in development, less the suggestion", async (_kind, payload) => {
    const inDevelopment = await messagesFrom(developer.url, payload);
    expect(inDevelopment.messages.join("\n")).toMatch(/Did you mean .+\?/);
    const inProduction = await messagesFrom(h.url, payload);
    expect(inProduction.status).toBe(400);
    expect(inProduction.messages.join("\n")).not.toMatch(/Did you mean/);
    expect(inProduction.messages).toEqual(inDevelopment.messages.map((message) => message.replace(/ ?Did you mean .+\?$/, "")));
  });
});
