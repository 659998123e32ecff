import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuditsDocument,
  ComplianceProceduresDocument,
  DecideAfterAuditDocument,
  DecideEdofWithdrawalDocument,
  DecideOnJustificationDocument,
  EvaluationRightDocument,
  NotifyFormalNoticeDocument,
  NotifyProcedureDecisionDocument,
  OpenComplianceProcedureDocument,
  OrderAuditDocument,
  RecordAuditReportDocument,
  SendAuditObservationsDocument,
  SendJustificationDocument,
  type AuditPhase,
  type ComplianceProceduresQuery,
  type ProcedurePhase,
} from "../generated/graphql";
import { countQueries } from "../../src/common/db/query-counter";
import { insertApplication, insertHabilitation, insertOrganism } from "./fees.fixtures";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { withLuhnKey } from "../support/identifiers";
import { as, must, NOTICE, OUTSIDE_AUDITOR, REPORT_UNFAVOURABLE } from "../support/oversight";

/**
 * Dashboards: audits and procedures filtered by Instance, organism, phase today, due date and overdue, keyset pages,
 * a bounded number of SQL statements per page; and what the public pages never show (HAB-5).
 */

let h: Harness;
const organisms: { siren: string; habilitation: string; admin: { email: string } }[] = [];
const AUDIT_PHASES: AuditPhase[] = ["ORDERED", "REFUSED", "OBSERVATIONS_PERIOD", "AWAITING_DECISION", "DECIDED_KEEP", "DECIDED_PROCEDURE", "KEPT", "PROCEDURE_OPENED", "CANCELLED"];
const PROCEDURE_PHASES: ProcedurePhase[] = [
  "NOTICE_ISSUED",
  "AWAITING_JUSTIFICATION",
  "WITHDRAWAL_SCHEDULED",
  "JUSTIFIED",
  "WITHDRAWAL_DECIDED",
  "COMPLEMENTARY_PERIOD_DECIDED",
  "WITHDRAWN",
  "WITHDRAWN_ON_NOTICE_DATE",
  "DEEMED_SUFFICIENT",
];
const SECRET = "Secret-de-dossier";

/** Organisms « Liste n », each with a Certif Pro habilitation notified on 6 January 2025 and an admin account. */
async function listOrganisms(count: number) {
  for (let n = organisms.length; n < count; n += 1) {
    const siren = withLuhnKey(`7900${String(n).padStart(4, "0")}`);
    const organism = await insertOrganism(h, siren, `Organisme Liste ${n}`);
    const application = await insertApplication(h, { organism, instance: "CERTIF_PRO", status: "NOTIFIED_ACCEPTED", filedOn: "2024-10-07", notifiedOn: "2025-01-06", durationMonths: 36 });
    const habilitation = String(await insertHabilitation(h, { organism, instance: "CERTIF_PRO", application, notifiedOn: "2025-01-06" }));
    const email = `admin@liste-${n}.test`;
    await h.db.query("INSERT INTO app_user (email, display_name, role, organism_id, active) VALUES (?, ?, 'ORGANISM_ADMIN', ?, 1)", [email, `Admin ${n}`, organism]);
    organisms.push({ siren, habilitation, admin: { email } });
  }
}

beforeAll(async () => {
  h = await startHarness();
  await listOrganisms(9);
  const [a, b, c, d, e, f, g, i, j] = organisms;
  const notice = { ...NOTICE, failings: [`${SECRET} : manquement`] };
  // Procedures, on the 2026 calendar: NOTICE_ISSUED (a), notified 20 April (b), justified 4 May (c), withdrawal decided (d),
  // withdrawal notified (e), complementary period decided (f).
  h.clock.set("2026-04-20");
  const opened: Record<string, string> = {};
  for (const o of [a, b, c, d, e, f]) {
    opened[o.siren] = must(await h.run(OpenComplianceProcedureDocument, { habilitation: o.habilitation, finding: `${SECRET} : constat`, notice }, as.cpDecider)).openComplianceProcedure.id;
  }
  for (const o of [b, c, d, e, f]) must(await h.run(NotifyFormalNoticeDocument, { procedure: opened[o.siren] }, as.cpStaff));
  h.clock.set("2026-05-04");
  for (const o of [c, d, e, f]) must(await h.run(SendJustificationDocument, { procedure: opened[o.siren], text: `${SECRET} : justification` }, o.admin));
  h.clock.set("2026-05-05");
  for (const o of [d, e]) must(await h.run(DecideOnJustificationDocument, { procedure: opened[o.siren], outcome: "WITHDRAWAL", reason: `${SECRET} : motif` }, as.cpDecider));
  must(
    await h.run(
      DecideOnJustificationDocument,
      { procedure: opened[f.siren], outcome: "COMPLEMENTARY_PERIOD", reason: "À achever.", notice: { ...notice, withdrawalOn: "2026-07-30" } },
      as.cpDecider,
    ),
  );
  h.clock.set("2026-05-06");
  must(await h.run(NotifyProcedureDecisionDocument, { procedure: opened[e.siren] }, as.cpStaff));

  // Audits: ordered (g, then an EDOF withdrawal decided), reported on 15 December 2025 (i, j), observations in and kept (j).
  h.clock.set("2025-12-01");
  const audits: Record<string, string> = {};
  for (const o of [g, i, j]) {
    audits[o.siren] = must(await h.run(OrderAuditDocument, { habilitation: o.habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: OUTSIDE_AUDITOR }, as.cpDecider)).orderAudit.id;
  }
  h.clock.set("2025-12-15");
  for (const o of [i, j]) must(await h.run(RecordAuditReportDocument, { audit: audits[o.siren], opinion: "UNFAVOURABLE", anomalies: REPORT_UNFAVOURABLE.map((x) => ({ ...x, description: `${SECRET} : anomalie` })) }, as.cpStaff));
  h.clock.set("2026-01-05");
  must(await h.run(SendAuditObservationsDocument, { audit: audits[j.siren], text: `${SECRET} : observations` }, j.admin));
  h.clock.set("2026-01-06");
  must(await h.run(DecideAfterAuditDocument, { audit: audits[j.siren], outcome: "KEEP", meetingOn: "2026-01-06", reason: `${SECRET} : décision` }, as.cpDecider));
  h.clock.set("2026-02-02");
  must(await h.run(DecideEdofWithdrawalDocument, { habilitation: g.habilitation, alert: { source: "CAISSE_DES_DEPOTS", reference: SECRET, level: SECRET, receivedOn: "2026-01-30" }, reason: `${SECRET} : alerte` }, as.cpDecider));
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const procedures = async (filter: Record<string, unknown>, first = 100) => must(await h.run(ComplianceProceduresDocument, { filter, first }, as.cpStaff)).complianceProcedures;
const audits = async (filter: Record<string, unknown>, first = 100) => must(await h.run(AuditsDocument, { filter, first }, as.cpStaff)).audits;
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

describe("phases computed in SQL agree with the rules, day by day around each due date", () => {
  for (const today of ["2026-05-05", "2026-05-06", "2026-06-05", "2026-06-06", "2026-06-14", "2026-06-15", "2026-06-18", "2026-06-19"]) {
    it(`CMP-2, CMP-3, CMP-4: procedures on ${today}`, async () => {
      h.clock.set(today);
      const all = (await procedures({ instance: "CERTIF_PRO" })).nodes;
      for (const phase of PROCEDURE_PHASES) {
        expect(ids((await procedures({ instance: "CERTIF_PRO", phase: [phase] })).nodes), phase).toEqual(ids(all.filter((n) => n.phase === phase)));
      }
      expect(ids((await procedures({ instance: "CERTIF_PRO", overdue: true })).nodes)).toEqual(ids(all.filter((n) => n.pendingStep?.overdue)));
      expect(ids((await procedures({ instance: "CERTIF_PRO", dueBefore: "2026-06-10" })).nodes)).toEqual(ids(all.filter((n) => n.pendingStep?.dueOn && n.pendingStep.dueOn <= "2026-06-10")));
    });
  }

  for (const today of ["2025-12-15", "2026-01-07", "2026-01-08", "2026-01-27", "2026-01-28"]) {
    it(`AUD-3: audits on ${today}`, async () => {
      h.clock.set(today);
      const all = (await audits({ instance: "CERTIF_PRO" })).nodes;
      for (const phase of AUDIT_PHASES) expect(ids((await audits({ instance: "CERTIF_PRO", phase: [phase] })).nodes), phase).toEqual(ids(all.filter((n) => n.phase === phase)));
      expect(ids((await audits({ instance: "CERTIF_PRO", overdue: true })).nodes)).toEqual(ids(all.filter((n) => n.pendingStep?.overdue)));
    });
  }

  it("AUD-3, CMP-4: a concrete day: what waits, what is overdue, what lapsed by itself", async () => {
    h.clock.set("2026-06-19");
    const mine = (nodes: { organism: { siren: string }; phase: string }[]) =>
      Object.fromEntries(nodes.filter((n) => organisms.some((o) => o.siren === n.organism.siren)).map((n) => [organisms.findIndex((o) => o.siren === n.organism.siren), n.phase]));
    expect(mine((await procedures({})).nodes)).toEqual({
      0: "NOTICE_ISSUED",
      1: "WITHDRAWN_ON_NOTICE_DATE",
      2: "DEEMED_SUFFICIENT",
      3: "DEEMED_SUFFICIENT",
      4: "WITHDRAWN",
      5: "DEEMED_SUFFICIENT",
    });
    // Decided at the meeting of 6 January 2026: to notify by 27 January.
    h.clock.set("2026-01-27");
    expect((await audits({ overdue: true })).nodes.filter((n) => n.organism.siren === organisms[8].siren)).toEqual([]);
    h.clock.set("2026-01-28");
    expect((await audits({ overdue: true })).nodes.map((n) => n.organism.siren)).toContain(organisms[8].siren);
  });
});

describe("filters, pages and statements", () => {
  it("filters by Instance, organism and due date; another CPNE and other organisms see none of it", async () => {
    h.clock.set("2026-05-05");
    expect((await procedures({ organism: organisms[2].siren })).totalCount).toBe(1);
    expect((await procedures({ instance: "CPNE_PROPRETE" })).totalCount).toBe(0);
    expect(must(await h.run(ComplianceProceduresDocument, { filter: { organism: organisms[2].siren } }, as.meDecider)).complianceProcedures.totalCount).toBe(0);
    expect(must(await h.run(ComplianceProceduresDocument, { filter: { organism: organisms[2].siren } }, organisms[3].admin)).complianceProcedures.totalCount).toBe(0);
    expect(must(await h.run(ComplianceProceduresDocument, {}, organisms[2].admin)).complianceProcedures.totalCount).toBe(1);
    expect(errorCode(await h.run(ComplianceProceduresDocument, {}))).toBe("FORBIDDEN");
    expect(errorCode(await h.run(AuditsDocument, { filter: { dueBefore: "demain" } }, as.cpStaff))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.run(AuditsDocument, { first: 101 }, as.cpStaff))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.run(AuditsDocument, { after: "nimportequoi" }, as.cpStaff))).toBe("BAD_USER_INPUT");
  });

  it("keyset pages by due date: every file once, in order, with a stable totalCount", async () => {
    h.clock.set("2026-05-05");
    const full = await procedures({});
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: ComplianceProceduresQuery["complianceProcedures"] = must(await h.run(ComplianceProceduresDocument, { first: 2, after, orderBy: "NEXT_DUE_ON" }, as.cpStaff))
        .complianceProcedures;
      expect(result.totalCount).toBe(full.totalCount);
      seen.push(...result.nodes.map((n) => n.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(full.nodes.map((n) => n.id));
    const dues = full.nodes.map((n) => n.pendingStep?.dueOn ?? "9999-12-31");
    expect(dues).toEqual([...dues].sort());
  });

  it("a page of audits or procedures runs the same statements for 1 row or many", async () => {
    await listOrganisms(24);
    h.clock.set("2026-04-20");
    for (const o of organisms.slice(9, 24)) {
      must(await h.run(OrderAuditDocument, { habilitation: o.habilitation, mode: "ON_DOCUMENTS", scheduledOn: "2026-05-04", auditor: OUTSIDE_AUDITOR }, as.cpDecider));
    }
    // Rows of one shape (ordered audits, procedures opened on a finding), so that one row and many load the same relations.
    const full = `query($first: Int) { audits(first: $first, orderBy: CREATED, filter: { phase: [ORDERED] }) { totalCount nodes { id phase habilitation { status lastValidDay suspensions { startsOn } } organism { siren }
      auditor { name } report { opinion } decision { outcome } pendingStep { dueOn overdue } allowedActions procedure { id phase rounds { round } } refusalWithdrawal { id } } } }`;
    const fullProcedures = `query($first: Int) { complianceProcedures(first: $first, orderBy: CREATED, filter: { origin: FINDING }) { totalCount nodes { id phase habilitation { status } organism { siren }
      rounds { round justificationDue decision { kind } } suspensions { startsOn } pendingStep { dueOn } allowedActions audit { id } } } }`;
    for (const [query, field] of [[full, "audits"], [fullProcedures, "complianceProcedures"]] as const) {
      const measure = async (first: number) => {
        const { result, counter } = await countQueries(() => h.run(query, { first }, as.cpStaff));
        expect(result.errors).toBeUndefined();
        expect((result.data as Record<string, { nodes: unknown[] }>)[field].nodes).toHaveLength(first);
        return counter.count;
      };
      const one = await measure(1);
      const many = await measure(field === "audits" ? 17 : 6);
      expect(many, field).toBe(one);
      expect(one, field).toBeLessThanOrEqual(12);
    }
  });

  it("WDR-1: the public habilitations page reads the oversight of every row in one statement", async () => {
    const measure = async (first: number) =>
      (await countQueries(() => h.run(`query($first: Int) { habilitations(first: $first) { nodes { id status lastValidDay withdrawnOn suspensions { startsOn endsOn } renewal { applies } } } }`, { first }))).counter
        .count;
    const one = await measure(1);
    expect(await measure(25)).toBe(one);
  });

  it("AUD-1, CMP-1, WDR-1: the oversight files of a page of habilitations, read by their Instance, in a fixed number of statements", async () => {
    const query = `query($first: Int) { habilitations(first: $first) { nodes { id oversight { audits { id phase } procedures { id phase } withdrawals { id } } } } }`;
    const measure = async (first: number) => {
      const { result, counter } = await countQueries(() => h.run(query, { first }, as.cpStaff));
      expect(result.errors).toBeUndefined();
      const nodes = (result.data as { habilitations: { nodes: { oversight: Record<string, unknown[]> }[] } }).habilitations.nodes;
      return { withFiles: nodes.filter((node) => Object.values(node.oversight).some((files) => files.length > 0)).length, statements: counter.count };
    };
    const ten = await measure(10);
    const all = await measure(100);
    expect(all.withFiles).toBeGreaterThan(ten.withFiles);
    expect(all.statements).toBe(ten.statements);
    // Files listed per habilitation are not read again one by one to check who may read them.
    expect(all.statements).toBeLessThanOrEqual(12);
  });
});

describe("what the public pages never show (HAB-5)", () => {
  it("HAB-5: status and dates are public; reports, anomalies, observations, justifications, findings, reasons and alerts are not", async () => {
    h.clock.set("2026-05-05");
    const query = `query($organism: String) { habilitations(organism: $organism) { nodes { id status withdrawnOn suspensions { startsOn endsOn } renewal { applies reason }
      lastValidDay reapplication { newStartsOn } oversight { audits { id } procedures { id } withdrawals { id } } } } }`;
    for (const caller of [undefined, as.meDecider, as.prDecider]) {
      for (const o of organisms.slice(0, 9)) {
        const page = await h.run(query, { organism: o.siren }, caller);
        expect(page.errors).toBeUndefined();
        expect(JSON.stringify(page.data)).not.toContain(SECRET);
        const [node] = (page.data as { habilitations: { nodes: { oversight: Record<string, unknown[]> | null }[] } }).habilitations.nodes;
        expect(node.oversight === null || Object.values(node.oversight).every((files) => files.length === 0)).toBe(true);
        const right = await h.run(EvaluationRightDocument, { organism: o.siren, certification: "CLEA_MANAGEMENT", date: "2026-05-05" }, caller);
        expect(JSON.stringify(right)).not.toContain(SECRET);
      }
    }
    const organism = await h.run(`{ habilitations(first: 100) { nodes { oversight { procedures { finding rounds { justification } } } } } }`, {}, organisms[2].admin);
    expect(JSON.stringify(organism.data)).toContain(`${SECRET} : justification`);
  });

  it("INS-2: an Instance's staff reads its own files' texts; the demo accounts of other organisms read none", async () => {
    expect(errorCode(await h.run(AuditsDocument, {}, { email: DEMO.alphaAdmin }))).toBeUndefined();
    expect(must(await h.run(AuditsDocument, { filter: { organism: organisms[8].siren } }, { email: DEMO.alphaAdmin })).audits.totalCount).toBe(0);
  });
});
