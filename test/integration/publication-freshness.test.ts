import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApproveContextualisationDocument,
  DraftReferentialVersionDocument,
  PublishReferentialVersionDocument,
  ReferentialDocument,
  SetReferentialWordingDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
} from "../generated/graphql";
import { DEFAULT_REFRESH_MS } from "../../src/referentials/publication-index";
import { type ApiProcess, startApiProcess } from "../support/api-process";
import { DEMO, type Harness, startHarness } from "../support/harness";
import { persistedUrl, type Read, read, registerPersisted } from "../support/persisted";

/** The documented bound: the refresh interval, plus the time of one query and of the read itself. */
const BOUND_MS = 1000;
const PROPRETE = { certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE" };
const CRITERION = "1-1.1";

let h: Harness;
let other: ApiProcess;
beforeAll(async () => {
  h = await startHarness();
  other = await startApiProcess(h.databaseUrl, { WORKERS: "2" });
});
afterAll(async () => {
  await other?.stop();
  await h?.close();
});

/** An APQ client: by hash; on PERSISTED_QUERY_NOT_FOUND (a process that has not seen it), with the text once. */
async function apqRead(url: string, variables: Record<string, unknown>): Promise<Read> {
  const byHash = await read(persistedUrl(url, ReferentialDocument, variables));
  if (byHash.json.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return byHash;
  const registered = await registerPersisted(url, ReferentialDocument, variables);
  const body = await registered.text();
  return { status: registered.status, headers: registered.headers, body, json: JSON.parse(body) };
}

const criterionText = (result: Read) => result.json.data!.referential.domains[0].competences[0].criteria[0].text as string;

describe("what is in force, across processes and days", () => {
  it("a publication made by one process is served by another process (two workers) within the documented bound", async () => {
    expect(DEFAULT_REFRESH_MS).toBeLessThan(BOUND_MS);
    const before = await apqRead(other.url, PROPRETE);
    expect(before.status).toBe(200);
    for (let i = 0; i < 10; i += 1) expect(criterionText(await apqRead(other.url, PROPRETE))).toBe(criterionText(before));

    const text = "Sait identifier les attentes des clients du site";
    const started = await h.run(StartContextualisationDocument, PROPRETE, { email: DEMO.propreteDecider });
    const id = started.data!.startContextualisation.id;
    await h.run(SetWordingDocument, { contextualisation: id, target: CRITERION, text }, { email: DEMO.propreteDecider });
    await h.run(SubmitContextualisationDocument, { contextualisation: id }, { email: DEMO.propreteDecider });
    const approved = await h.run(ApproveContextualisationDocument, { contextualisation: id }, { email: DEMO.certifProDecider });
    expect(approved.errors).toBeUndefined();
    const publishedAt = Date.now();
    expect(criterionText(await apqRead(h.url, PROPRETE))).toBe(text);

    const reads: { startedAfterMs: number; fresh: boolean }[] = [];
    // Reads until a few have started after the bound (both workers answer in turn), however slow the machine.
    while (reads.filter((r) => r.startedAfterMs >= BOUND_MS).length < 6 && Date.now() - publishedAt < BOUND_MS + 10_000) {
      const startedAfterMs = Date.now() - publishedAt;
      reads.push({ startedAfterMs, fresh: criterionText(await apqRead(other.url, PROPRETE)) === text });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const staleAfterBound = reads.filter((r) => r.startedAfterMs >= BOUND_MS && !r.fresh);
    const lastStale = reads.filter((r) => !r.fresh).at(-1)?.startedAfterMs ?? 0;
    expect(staleAfterBound, `last stale read started ${lastStale} ms after the publication`).toEqual([]);
    expect(reads.filter((r) => r.startedAfterMs >= BOUND_MS).length).toBe(6);
  });

  it("REF-3: a version coming into force at midnight changes the answer without a restart (Ascension Day 2027)", async () => {
    const base = { certification: "CLEA_MANAGEMENT" };
    const text = "Sait identifier les orientations fixées par l'entreprise, version de mai 2027";
    h.clock.set("2027-05-05");
    try {
      const certifPro = { email: DEMO.certifProDecider };
      expect((await h.run(DraftReferentialVersionDocument, { ...base, version: "2027-05-06", effectiveFrom: "2027-05-06" }, certifPro)).errors).toBeUndefined();
      await h.run(SetReferentialWordingDocument, { ...base, version: "2027-05-06", target: CRITERION, text }, certifPro);
      expect((await h.run(PublishReferentialVersionDocument, { ...base, version: "2027-05-06" }, certifPro)).errors).toBeUndefined();

      const eve = await apqRead(h.url, base);
      expect(eve.json.data!.referential.version).toBe("2023-02-14");
      expect(eve.headers.get("etag")).toBeTruthy();

      h.clock.set("2027-05-06");
      const day = await apqRead(h.url, base);
      expect(day.json.data!.referential.version).toBe("2027-05-06");
      expect(criterionText(day)).toBe(text);
      expect(day.headers.get("etag")).not.toBe(eve.headers.get("etag"));
      expect((await h.run(ReferentialDocument, base)).data!.referential.version).toBe("2027-05-06");
      // The contextualisation stays on the version it was made on.
      expect((await apqRead(h.url, PROPRETE)).json.data!.referential.version).toBe("2023-02-14");
    } finally {
      h.clock.set(null);
    }
  });
});
