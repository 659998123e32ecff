import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "../../src/common/db/query-counter";
import {
  CandidatesDocument,
  type CandidatesQuery,
  CertificatesDocument,
  EvaluationsDocument,
  RecordSessionResultsDocument,
  ResultsRequestsDocument,
  type SessionResultRowInput,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { assess, bulkCandidates, DELTA, delta, EVALUATORS, evaluation, intervenantId } from "../support/evaluations";

let h: Harness;
let marc: string;
let claire: string;
beforeAll(async () => {
  h = await startHarness();
  [marc, claire] = await Promise.all(["Marc Petit", "Claire Dubois"].map((name) => intervenantId(h, DELTA, name)));
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const evaluations = async () => Number((await h.db.query("SELECT COUNT(*) n FROM evaluation"))[0].n);
const row = (candidateReference: string, evaluator = marc): SessionResultRowInput => ({ candidateReference, ...evaluation("PRELIMINARY", "2026-04-13", [evaluator], assess({ notAcquired: ["3-2"] })) });

describe("a whole session at once (EVA-2, all or nothing)", () => {
  it("EVA-2: 200 rows with 7 bad ones: every bad row is reported with its reason, and nothing is written", async () => {
    const references = await bulkCandidates(h, DELTA, 200, "SESSION-A", "2026-04-06");
    h.clock.set("2026-04-14");
    const rows = references.map((reference) => row(reference));
    rows[3] = { ...rows[3]!, candidateReference: "INCONNU-1" };
    rows[17] = row(references[17]!, claire);
    rows[42] = { ...rows[42]!, assessments: rows[42]!.assessments.slice(1) };
    rows[99] = { ...rows[99]!, sittings: [{ heldOn: "2026-04-20", minutes: 240 }] };
    rows[120] = { ...rows[120]!, candidateReference: references[119]! };
    rows[150] = { ...rows[150]!, evaluators: [] };
    rows[199] = { ...rows[199]!, assessments: [...rows[199]!.assessments, { code: "9-9.9", acquired: true }] };
    const before = await evaluations();
    const result = await h.run(RecordSessionResultsDocument, { organism: DELTA, rows }, delta);
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toBe("7 lignes refusées sur 200 ; rien n'a été enregistré. Corrigez ces lignes puis renvoyez la session entière.");
    const errors = result.errors![0].extensions!.rowErrors as { row: number; reference: string; rule: string; message: string }[];
    expect(errors.map((e) => [e.row, e.rule])).toEqual([
      [4, "EVA-1"],
      [18, "EVA-3"],
      [43, "EVA-2"],
      [100, "EVA-2"],
      [121, "EVA-4"],
      [151, "EVA-3"],
      [200, "EVA-2"],
    ]);
    expect(errors[0]!.message).toBe("Candidat « INCONNU-1 » inconnu : inscrivez-le d'abord auprès de cet organisme.");
    expect(errors[1]!.message).toBe("Claire Dubois n'est pas déclaré évaluateur : mettez à jour ses rôles ou choisissez un évaluateur.");
    expect(errors[4]!.message).toBe("Même candidat qu'à la ligne 120 : une ligne par candidat et par session.");
    expect(await evaluations()).toBe(before);
  });

  it("EVA-2: 200 good rows are written in one transaction; the reads do not grow with the rows", async () => {
    const small = await bulkCandidates(h, DELTA, 20, "SESSION-S", "2026-04-06");
    const large = await bulkCandidates(h, DELTA, 200, "SESSION-L", "2026-04-06");
    h.clock.set("2026-04-14");
    const session = async (references: string[]) => {
      const { result, counter } = await countQueries(() => h.run(RecordSessionResultsDocument, { organism: DELTA, rows: references.map((reference) => row(reference)) }, delta));
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordSessionResults.recorded).toBe(references.length);
      return counter.statements;
    };
    const before = await evaluations();
    const twenty = await session(small);
    const twoHundred = await session(large);
    expect(await evaluations()).toBe(before + 220);
    const reads = (statements: string[]) => statements.filter((s) => /^\s*SELECT/i.test(s)).length;
    expect(reads(twoHundred)).toBe(reads(twenty));
    // Writes: one version check per candidate, then one statement per table.
    expect(twoHundred.length - twenty.length).toBe(180);
    const [{ n }] = await h.db.query("SELECT COUNT(*) n FROM journal_entry WHERE action = 'EVALUATION_RECORDED' AND subject_id IN (SELECT CAST(id AS CHAR) FROM candidate WHERE reference LIKE 'SESSION-L-%')");
    expect(Number(n)).toBe(200);
  });
});

describe("lists: cursor connections with filters and totalCount (GDPR-1)", () => {
  it("candidates: filtered, walked page by page once each, with a fixed number of statements whatever the page size", async () => {
    await bulkCandidates(h, DELTA, 30, "WALK", "2026-05-04");
    const filter = { reference: "WALK-", status: "OPEN" as const, enrolledFrom: "2026-05-01", enrolledTo: "2026-05-31" };
    const seen: string[] = [];
    let after: string | null | undefined = null;
    do {
      const page: CandidatesQuery["candidates"] = (await h.run(CandidatesDocument, { filter, first: 7, after }, delta)).data!.candidates;
      expect(page.totalCount).toBe(30);
      seen.push(...page.nodes.map((n) => n.reference));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);

    const measure = async (first: number) => {
      const { result, counter } = await countQueries(() => h.run(CandidatesDocument, { filter: { reference: "WALK-" }, first }, delta));
      expect(result.errors).toBeUndefined();
      expect(result.data!.candidates.nodes).toHaveLength(first);
      return counter.count;
    };
    await measure(5);
    const five = await measure(5);
    const thirty = await measure(30);
    expect(thirty).toBe(five);
    expect(five).toBeLessThanOrEqual(12);

    expect((await h.run(CandidatesDocument, { filter: { status: "AWARDED" } }, delta)).data!.candidates.totalCount).toBe(2);
    expect(errorCode(await h.run(CandidatesDocument, { filter: { enrolledFrom: "mai" } }, delta))).toBe("BAD_USER_INPUT");
  });

  it("evaluations: by kind, candidate and evaluator, newest first, in a fixed number of statements", async () => {
    const all = (await h.run(EvaluationsDocument, { filter: { evaluator: marc }, first: 100 }, delta)).data!.evaluations;
    expect(all.totalCount).toBeGreaterThan(200);
    expect(all.nodes.every((e) => e.evaluators.some((v) => v.intervenantId === marc))).toBe(true);
    const finals = (await h.run(EvaluationsDocument, { filter: { kind: "FINAL" } }, delta)).data!.evaluations;
    expect(finals.nodes.map((e) => e.heldOn)).toEqual(["2025-11-17"]);
    const measure = async (first: number) => (await countQueries(() => h.run(EvaluationsDocument, { first }, delta))).counter.count;
    expect(await measure(50)).toBe(await measure(5));
    expect(errorCode(await h.run(EvaluationsDocument, {}, { email: DEMO.certifProDecider }))).toBe("FORBIDDEN");
  });

  it("certificates: the organism sees its own with their codes; the certifier its own without holder; Certif Pro every one", async () => {
    const own = (await h.run(CertificatesDocument, {}, delta)).data!.certificates;
    expect(own.nodes.map((c) => c.number)).toEqual(["CM-2025-000002", "CM-2025-000001"]);
    expect(own.nodes[0]!.verificationCode).toMatch(/^[0-9A-Z]{4}-/);
    const cpne = (await h.run(CertificatesDocument, {}, { email: DEMO.propreteStaff })).data!.certificates;
    expect(cpne.nodes.map((c) => [c.number, c.verificationCode, c.holderInitials])).toEqual([["CM-2025-000003", null, null]]);
    const all = (await h.run(CertificatesDocument, { filter: { certification: "CLEA_MANAGEMENT", revoked: false }, first: 2 }, { email: DEMO.certifProStaff })).data!.certificates;
    expect(all.totalCount).toBe(3);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const rest = (await h.run(CertificatesDocument, { filter: { certification: "CLEA_MANAGEMENT" }, first: 2, after: all.pageInfo.endCursor }, { email: DEMO.certifProStaff })).data!.certificates;
    expect(rest.nodes.map((c) => c.number)).toEqual(["CM-2025-000001"]);
    expect(errorCode(await h.run(CertificatesDocument, {}, { email: EVALUATORS.zetaMandataire }))).toBe("FORBIDDEN");
    const measure = async (first: number) => (await countQueries(() => h.run(CertificatesDocument, { filter: { organism: DELTA }, first }, { email: DEMO.certifProStaff }))).counter.count;
    expect(await measure(2)).toBe(await measure(1));
  });

  it("EVA-7: requests are listed to the Instance they are addressed to, and to the organism", async () => {
    const cpne = (await h.run(ResultsRequestsDocument, { filter: { status: "OPEN" } }, { email: DEMO.propreteStaff })).data!.resultsRequests;
    expect(cpne.nodes.map((r) => [r.kind, r.addressedTo, r.deadline])).toEqual([["CONTEST_RESULTS", "CPNE_PROPRETE", "2025-10-24"]]);
    expect((await h.run(ResultsRequestsDocument, {}, { email: DEMO.metallurgieDecider })).data!.resultsRequests.totalCount).toBe(0);
    expect((await h.run(ResultsRequestsDocument, {}, { email: EVALUATORS.epsilonAdmin })).data!.resultsRequests.totalCount).toBe(1);
  });
});
