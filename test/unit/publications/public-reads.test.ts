import "reflect-metadata";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { acceptedEncoding } from "../../../src/app/persisted-reads";
import { buildBareSchema } from "../../../src/app/schema";
import { PrebuiltResponses, prebuild } from "../../../src/publications/prebuilt-responses";
import { publicRead } from "../../../src/publications/public-operations";
import { PublicationSnapshot, type PublishedVersion } from "../../../src/referentials/publication-index";

const schema = buildBareSchema();
const version = (id: number, label: string, effectiveFrom: string): PublishedVersion => ({
  id,
  certificationCode: "CLEA_MANAGEMENT",
  version: label,
  status: "PUBLISHED",
  effectiveFrom,
});
const snapshot = new PublicationSnapshot(
  [version(1, "2021-10", "2021-10-01"), version(2, "2023-02-14", "2023-02-14"), version(3, "2027-05-06", "2027-05-06")],
  [{ id: 7, instanceId: 2, contextCode: "CPNE_PROPRETE", certificationCode: "CLEA_MANAGEMENT", baseVersionId: 2, status: "PUBLISHED" }],
);
const identify = (query: string, variables: Record<string, unknown> = {}, today = "2026-01-05") =>
  publicRead(schema, parse(query), undefined, variables)?.identify(snapshot, () => today);

describe("which operations read only published content", () => {
  it("REF-3: the base referential is the version in force on the day the clock gives", () => {
    const query = "query ($c: String!) { referential(certification: $c) { version domains { code title } } }";
    expect(identify(query, { c: "CLEA_MANAGEMENT" }, "2027-05-05")).toBe("v2");
    expect(identify(query, { c: "CLEA_MANAGEMENT" }, "2027-05-06")).toBe("v3");
    expect(identify(query, { c: "CLEA" })).toBeUndefined();
  });

  it("REF-3: a version named is served only when published", () => {
    expect(identify('{ referential(certification: "CLEA_MANAGEMENT", version: "2021-10") { version } }')).toBe("v1");
    expect(identify('{ referential(certification: "CLEA_MANAGEMENT", version: "2099-03-01") { version } }')).toBeUndefined();
  });

  it("CTX-1: a CPNE's publication, through fragments, aliases and @include", () => {
    const query = `query ($ctx: String, $diff: Boolean!) { a: referential(certification: "CLEA_MANAGEMENT", context: $ctx) { ...R } }
      fragment R on Referential { context { code } domains { competences { criteria { text wordingDiff @include(if: $diff) { kind text } } } } }`;
    expect(identify(query, { ctx: "CPNE_PROPRETE", diff: true })).toBe("c7");
    expect(identify(query, { ctx: "CPNE_METALLURGIE", diff: true })).toBeUndefined();
    expect(identify('{ referential(certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE", version: "2021-10") { version } }')).toBeUndefined();
  });

  it("mixed operations, mutations, other root fields and other directives go through the pipeline", () => {
    expect(publicRead(schema, parse('{ referential(certification: "CLEA_MANAGEMENT") { version } me { email } }'), undefined, {})).toBeUndefined();
    expect(publicRead(schema, parse("{ contextualisations { id referential { version } } }"), undefined, {})).toBeUndefined();
    expect(publicRead(schema, parse('mutation { publishReferentialVersion(certification: "CLEA", version: "x") { version } }'), undefined, {})).toBeUndefined();
    expect(publicRead(schema, parse('{ referential(certification: "CLEA_MANAGEMENT") { version @deprecated } }'), undefined, {})).toBeUndefined();
    expect(publicRead(schema, parse("query ($c: String!) { referential(certification: $c) { version } }"), undefined, { c: 12 })).toBeUndefined();
  });
});

describe("pre-built responses", () => {
  it("are compressed once, each encoding with its own strong ETag", async () => {
    const built = await prebuild(JSON.stringify({ data: { text: "é".repeat(5000) } }), "application/json; charset=utf-8");
    expect(built.bodies.br.length).toBeLessThan(built.bodies.identity.length / 10);
    expect(new Set(Object.values(built.etags)).size).toBe(3);
    for (const etag of Object.values(built.etags)) expect(etag.startsWith(`"${built.tag}`)).toBe(true);
  });

  it("stay within their byte budget, least recently used out first", async () => {
    const responses = await Promise.all(["a", "b", "c"].map((name) => prebuild(JSON.stringify({ name, filler: name.repeat(3000) }), "application/json")));
    const budget = responses.reduce((sum, r) => sum + r.size, 0) - 1;
    const store = new PrebuiltResponses(budget);
    store.set("a", responses[0]);
    store.set("b", responses[1]);
    store.get("a");
    store.set("c", responses[2]);
    expect(store.usedBytes).toBeLessThanOrEqual(budget);
    expect(store.get("a")).toBeDefined();
    expect(store.get("b")).toBeUndefined();
    expect(store.get("c")).toBeDefined();
  });

  it("pick brotli, else gzip, else none, as Accept-Encoding allows", () => {
    expect(acceptedEncoding("gzip, deflate, br")).toBe("br");
    expect(acceptedEncoding("br;q=0, gzip")).toBe("gzip");
    expect(acceptedEncoding("deflate")).toBe("identity");
    expect(acceptedEncoding(undefined)).toBe("identity");
  });
});
