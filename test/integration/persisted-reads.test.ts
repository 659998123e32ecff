import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApproveContextualisationDocument,
  ContextualisationDocument,
  DraftReferentialVersionDocument,
  ReferentialDocument,
  SetReferentialWordingDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
} from "../generated/graphql";
import { countQueries } from "../../src/common/db/query-counter";
import { DEMO, type Harness, startHarness } from "../support/harness";
import { persistedUrl, read, registerPersisted } from "../support/persisted";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const PROPRETE = { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE" };
const CRITERION = "1-1.1";

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

async function post(query: string, variables: Record<string, unknown>, email?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (email) headers.authorization = `Bearer ${await tokenFor(email)}`;
  const response = await fetch(h.url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return response.text();
}

async function tokenFor(email: string) {
  const { signToken } = await import("../../src/common/auth/jwt");
  return signToken(email, h.secret);
}

const criterionText = (data: any) => data.referential.domains[0].competences[0].criteria[0].text as string;

describe("persisted public reads: pre-built bytes before the GraphQL pipeline", () => {
  it("answers a persisted read with the pipeline's very bytes, a strong ETag and a shared-cache Cache-Control, with no SQL", async () => {
    await registerPersisted(h.url, ReferentialDocument, PROPRETE);
    const url = persistedUrl(h.url, ReferentialDocument, PROPRETE);
    const first = await read(url);
    expect(first.status).toBe(200);
    expect(first.body).toBe(await post(print(ReferentialDocument), PROPRETE));
    expect(first.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{27}(-br|-gz)?"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=1");
    expect(first.headers.get("vary")).toBe("Accept-Encoding");

    const { result: again, counter } = await countQueries(() => rawGet(url, {}));
    expect(again.status).toBe(200);
    expect(again.body.toString("utf8")).toBe(first.body);
    expect(counter.count).toBe(0);
  });

  it("serves brotli and gzip pre-compressed, each with its own strong ETag, and 304 to If-None-Match", async () => {
    const url = persistedUrl(h.url, ReferentialDocument, PROPRETE);
    const identity = await rawGet(url, {});
    const br = await rawGet(url, { "accept-encoding": "gzip, deflate, br" });
    const gzip = await rawGet(url, { "accept-encoding": "gzip;q=1, br;q=0" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    expect(br.body.length).toBeLessThan(identity.body.length / 4);
    expect(new Set([identity.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);

    const notModified = await rawGet(url, { "if-none-match": String(br.headers.etag), "accept-encoding": "br" });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(br.headers.etag);
    expect(notModified.headers["cache-control"]).toBe("public, max-age=1");
  });

  it("leaves to the pipeline what is not a public read: a caller's token, mixed operations, unknown hashes", async () => {
    const mixed = "query Mixed($certification: String!, $context: String) { referential(certification: $certification, context: $context) { version } me { email } }";
    await fetch(`${persistedUrl(h.url, mixed, PROPRETE)}&${new URLSearchParams({ query: mixed })}`, { headers: { "apollo-require-preflight": "true" } });
    const mixedRead = await read(persistedUrl(h.url, mixed, PROPRETE));
    expect(mixedRead.json.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(mixedRead.headers.get("etag")).toBeNull();

    const unknown = await read(persistedUrl(h.url, "query Unknown { certifications { code } }", {}));
    expect(unknown.json.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");

    const withToken = await read(persistedUrl(h.url, ReferentialDocument, PROPRETE), { authorization: `Bearer ${await tokenFor(DEMO.alphaAdmin)}` });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get("etag")).toBeNull();
    const badToken = await read(persistedUrl(h.url, ReferentialDocument, PROPRETE), { authorization: "Bearer not-a-token" });
    expect(badToken.status).toBe(401);
  });

  it("compiled queries (graphql-jit) answer the very bytes graphql-js gives", async () => {
    // A text of its own: a document the process has never run, interpreted first, compiled from the second run.
    const query = `# compiled once run twice\n${print(ReferentialDocument)}`;
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await post(query, PROPRETE));
    expect(JSON.parse(answers[0]).data.referential.domains).toHaveLength(3);
    for (const answer of answers) expect(answer).toBe(answers[0]);
    const draftQuery = `query CompiledDraft($id: ID!) { contextualisation(id: $id) { id status referential { version domains { title wordingDiff { kind text } } } } }`;
    const ids = JSON.parse(await post(`{ contextualisations(context: "CPNE_PROPRETE") { id } }`, {}, DEMO.propreteDecider)).data.contextualisations;
    const drafts = [];
    for (let i = 0; i < 4; i += 1) drafts.push(await post(draftQuery, { id: ids[0].id }, DEMO.propreteDecider));
    for (const answer of drafts) expect(answer).toBe(drafts[0]);
  });

  it("CTX-5: a draft's wording is never served outside its CPNE and Certif Pro, through any path", async () => {
    const secret = "Libellé de travail confidentiel de la CPNE";
    const started = await h.run(StartContextualisationDocument, PROPRETE, { email: DEMO.propreteDecider });
    const draftId = started.data!.startContextualisation.id;
    await h.run(SetWordingDocument, { contextualisation: draftId, target: CRITERION, text: secret }, { email: DEMO.propreteDecider });

    const baseSecret = "Libellé de la future version, non publié";
    await h.run(DraftReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version: "2099-03-01", effectiveFrom: "2099-03-01" }, { email: DEMO.certifProDecider });
    await h.run(SetReferentialWordingDocument, { certification: "CLEA_MANAGEMENT", version: "2099-03-01", target: CRITERION, text: baseSecret }, { email: DEMO.certifProDecider });

    // Certif Pro reads the drafts first, through the same URLs: nothing it sees may be kept for others.
    const draftBase = { certification: "CLEA_MANAGEMENT", version: "2099-03-01" };
    const certifPro = `Bearer ${await tokenFor(DEMO.certifProDecider)}`;
    await registerPersisted(h.url, ReferentialDocument, draftBase);
    expect((await read(persistedUrl(h.url, ReferentialDocument, draftBase), { authorization: certifPro })).body).toContain(baseSecret);
    expect(await post(print(ContextualisationDocument), { id: draftId }, DEMO.certifProDecider)).toContain(secret);
    expect(await post(print(ContextualisationDocument), { id: draftId }, DEMO.propreteStaff)).toContain(secret);

    const outsiders = [undefined, DEMO.metallurgieDecider, DEMO.alphaAdmin, DEMO.gammaMandataire];
    for (const email of outsiders) {
      const headers: Record<string, string> = email ? { authorization: `Bearer ${await tokenFor(email)}` } : {};
      const bodies = [
        (await read(persistedUrl(h.url, ReferentialDocument, PROPRETE), headers)).body,
        (await read(persistedUrl(h.url, ReferentialDocument, draftBase), headers)).body,
        (await read(persistedUrl(h.url, ReferentialDocument, { certification: "CLEA_MANAGEMENT" }), headers)).body,
        await post(print(ReferentialDocument), PROPRETE, email),
        await post(print(ReferentialDocument), draftBase, email),
        await post(print(ContextualisationDocument), { id: draftId }, email),
        await post(`{ contextualisations { id referential { domains { competences { criteria { text wordingDiff { text } } } } } } }`, {}, email),
      ];
      for (const body of bodies) {
        expect(body).not.toContain(secret);
        expect(body).not.toContain(baseSecret);
      }
    }
  });

  it("a new publication is served at once by the process that made it, under a new ETag", async () => {
    const url = persistedUrl(h.url, ReferentialDocument, PROPRETE);
    const before = await read(url);
    const text = "Sait identifier les attentes du client sur le chantier";
    // The CPNE's open draft (from the test above) is the one it now submits.
    const open = await post(`{ contextualisations(context: "CPNE_PROPRETE", status: DRAFT) { id } }`, {}, DEMO.propreteDecider);
    const draftId = JSON.parse(open).data.contextualisations[0].id as string;
    await h.run(SetWordingDocument, { contextualisation: draftId, target: CRITERION, text }, { email: DEMO.propreteDecider });
    await h.run(SubmitContextualisationDocument, { contextualisation: draftId }, { email: DEMO.propreteDecider });
    const approved = await h.run(ApproveContextualisationDocument, { contextualisation: draftId }, { email: DEMO.certifProDecider });
    expect(approved.errors).toBeUndefined();

    const after = await read(url);
    expect(criterionText(after.json.data)).toBe(text);
    expect(after.json.data!.referential.contextualisationId).toBe(draftId);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect((await read(url, { "if-none-match": before.headers.get("etag")! })).status).toBe(200);
  });

  it("keeps pre-built bytes within the byte budget, the least recently used out first", async () => {
    const small = await startHarness({ config: { publishedBytesBudget: 100_000 } });
    try {
      const reads = [
        PROPRETE,
        { certification: "CLEA_MANAGEMENT" },
        { certification: "CLEA_NUMERIQUE" },
        { certification: "CLEA_MANAGEMENT", version: "2023-02-14" },
      ];
      for (const variables of reads) await registerPersisted(small.url, ReferentialDocument, variables);
      const bodies: string[] = [];
      for (const variables of reads) bodies.push((await read(persistedUrl(small.url, ReferentialDocument, variables))).body);
      const responses = small.app.persistedReads.responses;
      expect(responses.budgetBytes).toBe(100_000);
      expect(responses.usedBytes).toBeGreaterThan(0);
      expect(responses.usedBytes).toBeLessThanOrEqual(100_000);
      expect(responses.entries).toBeLessThan(reads.length);
      // The first one, least recently used, was evicted: it is built again, the same bytes.
      const again = await read(persistedUrl(small.url, ReferentialDocument, reads[0]));
      expect(again.status).toBe(200);
      expect(again.body).toBe(bodies[0]);
      expect(responses.usedBytes).toBeLessThanOrEqual(100_000);
    } finally {
      await small.close();
    }
  });
});
