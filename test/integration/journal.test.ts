import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  JournalDocument,
  RejectContextualisationDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
  type JournalQuery,
  type JournalQueryVariables,
} from "../generated/graphql";
import { countQueries } from "../../src/common/db/query-counter";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

/** A well-formed cursor holding the wrong kind of key. */
const cursorOf = (key: unknown, id: number) => Buffer.from(JSON.stringify([key, id])).toString("base64url");

type Role = keyof typeof DEMO | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[])];
const as = (role: Role) => (role === "anonymous" ? undefined : { email: DEMO[role] });

let h: Harness;
let contextualisation: string;
const ESSAYS = 45;

async function ok<T>(promise: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const result = await promise;
  expect(result.errors).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  h = await startHarness();
  const started = await ok(h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.propreteDecider }));
  contextualisation = started.startContextualisation.id;
  await ok(h.run(SetWordingDocument, { contextualisation, target: "1-1.1", text: "Sait identifier les orientations du client" }, { email: DEMO.propreteStaff }));
  await ok(h.run(SubmitContextualisationDocument, { contextualisation }, { email: DEMO.propreteDecider }));
  await ok(h.run(RejectContextualisationDocument, { contextualisation, reason: "Libellés trop éloignés du référentiel." }, { email: DEMO.certifProDecider }));
  await ok(h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.metallurgieDecider }));

  // A long history for the metallurgy CPNE: 15 instants in March 2026, three entries each (ties on occurred_at).
  const user = (await h.db.query("SELECT id FROM app_user WHERE email = ?", [DEMO.metallurgieDecider]))[0].id;
  const rows = Array.from({ length: ESSAYS }, (_, n) => [
    new Date(Date.UTC(2026, 2, 1 + Math.floor(n / 3), 9, 30)),
    user,
    DEMO.metallurgieDecider,
    "DECISION_MAKER",
    "CPNE_METALLURGIE",
    "CPNE_METALLURGIE",
    "ESSAI",
    String(n),
    n % 2 ? "ESSAI_PAIR" : "ESSAI_IMPAIR",
  ]);
  await h.db.query(
    `INSERT INTO journal_entry (occurred_at, actor_user_id, actor_email, actor_role, instance_code, subject_instance_code, subject_type, subject_id, action) VALUES ?`,
    [rows],
  );
});
afterAll(async () => h.close());

const journal = (variables: JournalQueryVariables, email: string = DEMO.certifProStaff) => h.run(JournalDocument, variables, { email });
const entries = async (variables: JournalQueryVariables, email?: string) => (await ok(journal(variables, email))).journal;

describe("every transition and decision is traceable", () => {
  it("INS-1: a contextualisation's history, newest first: who, in which role, under which Instance, when, from → to, why", async () => {
    const page = await entries({ instance: "CPNE_PROPRETE", subjectType: "CONTEXTUALISATION", subjectId: contextualisation }, DEMO.propreteProvider);
    expect(page.totalCount).toBe(4);
    expect(page.nodes.map((entry) => [entry.action, entry.actorEmail, entry.actorRole, entry.actorInstance, entry.fromState, entry.toState])).toEqual([
      ["CONTEXTUALISATION_REJECTED", DEMO.certifProDecider, "DECISION_MAKER", "CERTIF_PRO", "SUBMITTED", "REJECTED"],
      ["CONTEXTUALISATION_SUBMITTED", DEMO.propreteDecider, "DECISION_MAKER", "CPNE_PROPRETE", "DRAFT", "SUBMITTED"],
      ["WORDING_SET", DEMO.propreteStaff, "STAFF", "CPNE_PROPRETE", "DRAFT", "DRAFT"],
      ["CONTEXTUALISATION_STARTED", DEMO.propreteDecider, "DECISION_MAKER", "CPNE_PROPRETE", null, "DRAFT"],
    ]);
    expect(page.nodes[0]).toMatchObject({ subjectInstance: "CPNE_PROPRETE", subjectType: "CONTEXTUALISATION", subjectId: contextualisation, reason: "Libellés trop éloignés du référentiel." });
    expect(page.nodes[2]!.reason).toBe("1-1.1");
    const times = page.nodes.map((entry) => Date.parse(entry.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("INS-1: filters by action, subject and time", async () => {
    expect((await entries({ instance: "CPNE_PROPRETE", action: "CONTEXTUALISATION_REJECTED" })).nodes.map((e) => e.actorEmail)).toEqual([DEMO.certifProDecider]);
    expect((await entries({ instance: "CPNE_METALLURGIE", subjectType: "ESSAI", from: "2026-03-02", to: "2026-03-03" })).totalCount).toBe(6);
    expect((await entries({ instance: "CPNE_METALLURGIE", subjectType: "ESSAI", from: "2026-03-15T09:30:00Z" })).totalCount).toBe(3);
    expect((await entries({ instance: "CPNE_METALLURGIE", subjectType: "ESSAI", to: "2026-03-01T10:29:59+01:00" })).totalCount).toBe(0);
    expect((await entries({ instance: "CPNE_METALLURGIE", subjectType: "ESSAI", action: "ESSAI_PAIR" })).totalCount).toBe(22);
    expect((await entries({ instance: "CPNE_PROPRETE", subjectId: "999999" })).totalCount).toBe(0);
  });
});

describe("who reads which Instance's journal", () => {
  const READERS: Record<string, Role[]> = {
    CPNE_PROPRETE: ["certifProDecider", "certifProStaff", "certifProProvider", "propreteDecider", "propreteStaff", "propreteProvider"],
    CPNE_METALLURGIE: ["certifProDecider", "certifProStaff", "certifProProvider", "metallurgieDecider"],
    CERTIF_PRO: ["certifProDecider", "certifProStaff", "certifProProvider"],
  };
  for (const [instance, readers] of Object.entries(READERS)) {
    for (const role of ROLES) {
      const allowed = readers.includes(role);
      it(`CTX-5/INS-2: journal(${instance}) as ${role} is ${allowed ? "allowed, with that Instance's entries only" : "FORBIDDEN"}`, async () => {
        const result = await h.run(JournalDocument, { instance, first: 100 }, as(role));
        if (!allowed) {
          expect(errorCode(result)).toBe("FORBIDDEN");
          expect(result.data ?? null).toBeNull();
          return;
        }
        expect(result.errors).toBeUndefined();
        const nodes = result.data!.journal.nodes;
        expect(nodes.every((entry) => entry.subjectInstance === instance)).toBe(true);
        if (instance !== "CERTIF_PRO") expect(nodes.length).toBeGreaterThan(0);
      });
    }
  }

  it("an anonymous caller is told to authenticate", async () => {
    const result = await h.run(JournalDocument, { instance: "CERTIF_PRO" });
    expect(result.errors![0]!.message).toMatch(/Authentification requise/);
  });
});

describe("pagination", () => {
  const walk = async (first: number) => {
    const seen: JournalQuery["journal"]["nodes"] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: JournalQuery["journal"] = await entries({ instance: "CPNE_METALLURGIE", subjectType: "ESSAI", first, after });
      expect(page.totalCount).toBe(ESSAYS);
      expect(page.nodes.length).toBeLessThanOrEqual(first);
      expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
      seen.push(...page.nodes);
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    return { seen, pages };
  };

  it("first/after walks every entry once, newest first, ties on the instant ordered by id", async () => {
    const { seen, pages } = await walk(7);
    expect(pages).toBe(7);
    expect(seen.map((entry) => entry.subjectId)).toEqual(Array.from({ length: ESSAYS }, (_, n) => String(ESSAYS - 1 - n)));
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(ESSAYS);
  });

  it("the default page is 20 entries; a page of 100 holds them all", async () => {
    expect((await entries({ instance: "CPNE_METALLURGIE", subjectType: "ESSAI" })).nodes).toHaveLength(20);
    const all = await entries({ instance: "CPNE_METALLURGIE", subjectType: "ESSAI", first: 100 });
    expect(all.nodes).toHaveLength(ESSAYS);
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges[ESSAYS - 1]!.cursor });
  });

  const invalid: [string, JournalQueryVariables, string][] = [
    ["a page size over 100", { instance: "CPNE_METALLURGIE", first: 101 }, "BAD_USER_INPUT"],
    ["a page size of 0", { instance: "CPNE_METALLURGIE", first: 0 }, "BAD_USER_INPUT"],
    ["a cursor that is not one", { instance: "CPNE_METALLURGIE", after: "pas-un-curseur" }, "BAD_USER_INPUT"],
    ["a cursor without an instant", { instance: "CPNE_METALLURGIE", after: cursorOf(12, 3) }, "BAD_USER_INPUT"],
    ["a malformed bound", { instance: "CPNE_METALLURGIE", from: "2026-02-30" }, "BAD_USER_INPUT"],
    ["a range ending before it starts", { instance: "CPNE_METALLURGIE", from: "2026-03-05", to: "2026-03-01" }, "BAD_USER_INPUT"],
    ["an unknown Instance", { instance: "CPNE_INCONNUE" }, "NOT_FOUND"],
  ];
  for (const [what, variables, code] of invalid) {
    it(`${what} is ${code} and changes nothing`, async () => {
      const before = (await h.db.query("SELECT COUNT(*) AS n FROM journal_entry"))[0].n;
      expect(errorCode(await journal(variables))).toBe(code);
      expect((await h.db.query("SELECT COUNT(*) AS n FROM journal_entry"))[0].n).toBe(before);
    });
  }

  it("the same number of SQL statements for a page of 1 and a page of 100", async () => {
    const count = async (first: number) => {
      const { result, counter } = await countQueries(() => journal({ instance: "CPNE_METALLURGIE", first }));
      expect(result.errors).toBeUndefined();
      return counter.count;
    };
    const small = await count(1);
    expect(await count(100)).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});
