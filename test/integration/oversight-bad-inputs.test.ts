import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuditDocument,
  CancelAuditDocument,
  ComplianceProcedureDocument,
  DecideAfterAuditDocument,
  DecideAuditRefusalWithdrawalDocument,
  DecideEdofWithdrawalDocument,
  DecideOnJustificationDocument,
  DecideRelapseWithdrawalDocument,
  HabilitationWithdrawalDocument,
  NotifyAuditDecisionDocument,
  NotifyFormalNoticeDocument,
  NotifyProcedureDecisionDocument,
  NotifyWithdrawalDocument,
  OpenComplianceProcedureDocument,
  OrderAuditDocument,
  RecordAuditRefusalDocument,
  RecordAuditReportDocument,
  RescheduleAuditDocument,
  ReviseFormalNoticeDocument,
  SendAuditObservationsDocument,
  SendJustificationDocument,
} from "../generated/graphql";
import { startHarness, type GraphQLResult, type Harness } from "../support/harness";
import { as, betaHabilitation, must, NOTICE, OUTSIDE_AUDITOR, oversightCounts, REPORT_UNFAVOURABLE } from "../support/oversight";

/** Bad inputs get a clear French message and a stable code, and change nothing (rows, versions, journal). */

let h: Harness;
let habilitation: string;
let audit: string;
let procedure: string;
beforeAll(async () => {
  h = await startHarness();
  habilitation = await betaHabilitation(h);
  h.clock.set("2025-12-01");
  audit = must(await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: OUTSIDE_AUDITOR }, as.cpDecider)).orderAudit.id;
  h.clock.set("2026-04-20");
  procedure = must(await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Constat.", notice: NOTICE }, as.cpDecider)).openComplianceProcedure.id;
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

async function refused(run: () => Promise<GraphQLResult<unknown>>, code: string, reason?: string, message?: RegExp) {
  const before = await oversightCounts(h);
  const result = await run();
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (reason) expect(result.errors![0].extensions).toMatchObject({ reason });
  if (message) expect(result.errors![0].message).toMatch(message);
  expect(result.status).toBeLessThan(500);
  expect(JSON.stringify(result.errors)).not.toMatch(/stack|SELECT|INSERT|UPDATE/);
  expect(await oversightCounts(h)).toEqual(before);
}

describe("unknown records are NOT_FOUND", () => {
  const unknown = "999999";
  const cases: [string, () => Promise<GraphQLResult<unknown>>][] = [
    ["an audit", () => h.run(AuditDocument, { id: unknown }, as.cpStaff)],
    ["a procedure", () => h.run(ComplianceProcedureDocument, { id: unknown }, as.cpStaff)],
    ["a withdrawal", () => h.run(HabilitationWithdrawalDocument, { id: unknown }, as.cpStaff)],
    ["an audit to report on", () => h.run(RecordAuditReportDocument, { audit: unknown, opinion: "FAVOURABLE", anomalies: [] }, as.cpStaff)],
    ["an audit to reschedule", () => h.run(RescheduleAuditDocument, { audit: "abc", mode: "ON_SITE", scheduledOn: "2026-05-04" }, as.cpStaff)],
    ["a habilitation to audit", () => h.run(OrderAuditDocument, { habilitation: unknown, mode: "ON_SITE", scheduledOn: "2026-05-04", auditor: OUTSIDE_AUDITOR }, as.cpDecider)],
    ["a habilitation to put on notice", () => h.run(OpenComplianceProcedureDocument, { habilitation: unknown, finding: "x", notice: NOTICE }, as.cpDecider)],
    ["a procedure to justify", () => h.run(SendJustificationDocument, { procedure: unknown, text: "x" }, as.organism)],
    ["a procedure to decide", () => h.run(DecideOnJustificationDocument, { procedure: unknown, outcome: "WITHDRAWAL", reason: "x" }, as.cpDecider)],
    ["a procedure to notify", () => h.run(NotifyProcedureDecisionDocument, { procedure: unknown }, as.cpStaff)],
    ["a refused audit to withdraw on", () => h.run(DecideAuditRefusalWithdrawalDocument, { audit: unknown, reason: "x" }, as.cpDecider)],
    ["a habilitation for a relapse", () => h.run(DecideRelapseWithdrawalDocument, { habilitation: unknown, findingOn: "2026-04-20", finding: "x", reason: "x" }, as.cpDecider)],
    ["a withdrawal to notify", () => h.run(NotifyWithdrawalDocument, { withdrawal: unknown }, as.cpStaff)],
  ];
  for (const [what, run] of cases) it(`${what} that does not exist is NOT_FOUND and changes nothing`, () => refused(run, "NOT_FOUND", undefined, /introuvable/));
});

describe("bad inputs are BAD_USER_INPUT with the rule's reason", () => {
  it("AUD-2: a report whose opinion contradicts its anomalies", async () => {
    h.clock.set("2025-12-15");
    await refused(() => h.run(RecordAuditReportDocument, { audit, opinion: "FAVOURABLE", anomalies: REPORT_UNFAVOURABLE }, as.cpStaff), "BAD_USER_INPUT", "INVALID", /absence d'anomalie/);
    await refused(() => h.run(RecordAuditReportDocument, { audit, opinion: "UNFAVOURABLE", anomalies: [] }, as.cpStaff), "BAD_USER_INPUT", "INVALID", /anomalie bloquante/);
  });

  it("AUD-1: an impossible date, a date already past, a second open audit", async () => {
    h.clock.set("2025-12-02");
    await refused(() => h.run(RescheduleAuditDocument, { audit, mode: "ON_SITE", scheduledOn: "2026-02-30" }, as.cpStaff), "BAD_USER_INPUT", "INVALID", /AAAA-MM-JJ/);
    await refused(() => h.run(RescheduleAuditDocument, { audit, mode: "ON_SITE", scheduledOn: "2025-11-28" }, as.cpStaff), "BAD_USER_INPUT", "INVALID", /passée/);
    await refused(() => h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-12", auditor: OUTSIDE_AUDITOR }, as.cpDecider), "BAD_USER_INPUT", "ALREADY_OPEN");
    await refused(() => h.run(CancelAuditDocument, { audit, reason: "   " }, as.cpDecider), "BAD_USER_INPUT", "INVALID", /obligatoire/);
  });

  it("AUD-3: the wrong state, a decision to keep with a notice, a meeting in the future", async () => {
    h.clock.set("2025-12-02");
    await refused(() => h.run(SendAuditObservationsDocument, { audit, text: "x" }, as.organism), "BAD_USER_INPUT", "WRONG_STATE", /ordonné/);
    await refused(() => h.run(NotifyAuditDecisionDocument, { audit }, as.cpStaff), "BAD_USER_INPUT", "WRONG_STATE");
    await refused(() => h.run(DecideAfterAuditDocument, { audit, outcome: "KEEP", meetingOn: "2025-12-02", reason: "x", notice: NOTICE }, as.cpDecider), "BAD_USER_INPUT", undefined, /maintien/);
    await refused(() => h.run(DecideAuditRefusalWithdrawalDocument, { audit, reason: "x" }, as.cpDecider), "BAD_USER_INPUT", "WRONG_STATE");
    await refused(() => h.run(RecordAuditRefusalDocument, { audit, kind: "OBSERVED", on: "2025-12-31" }, as.cpStaff), "BAD_USER_INPUT", "INVALID");
  });

  it("CMP-1: a notice with no failing, or a withdrawal date that does not leave 30 working days", async () => {
    h.clock.set("2026-04-20");
    await refused(() => h.run(ReviseFormalNoticeDocument, { procedure, notice: { ...NOTICE, failings: [] } }, as.cpDecider), "BAD_USER_INPUT", "INVALID", /au moins un/);
    await refused(() => h.run(ReviseFormalNoticeDocument, { procedure, notice: { ...NOTICE, withdrawalOn: "2026-06-05" } }, as.cpDecider), "BAD_USER_INPUT", "INVALID", /2026-06-06 au plus tôt/);
    await refused(() => h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Autre.", notice: NOTICE }, as.cpDecider), "BAD_USER_INPUT", "ALREADY_OPEN");
  });

  it("CMP-2, CMP-4: justifying before the notice, deciding before a justification, a withdrawal with a notice", async () => {
    h.clock.set("2026-04-20");
    await refused(() => h.run(SendJustificationDocument, { procedure, text: "x" }, as.organism), "BAD_USER_INPUT", "WRONG_STATE");
    await refused(() => h.run(DecideOnJustificationDocument, { procedure, outcome: "WITHDRAWAL", reason: "x" }, as.cpDecider), "BAD_USER_INPUT", "WRONG_STATE");
    await refused(() => h.run(DecideOnJustificationDocument, { procedure, outcome: "WITHDRAWAL", reason: "x", notice: NOTICE }, as.cpDecider), "BAD_USER_INPUT");
    await refused(() => h.run(NotifyProcedureDecisionDocument, { procedure }, as.cpStaff), "BAD_USER_INPUT", "WRONG_STATE");
  });

  it("WDR-1: an EDOF alert received in the future, or from an unknown source", async () => {
    h.clock.set("2026-04-20");
    const alert = { source: "CAISSE_DES_DEPOTS" as const, reference: "R", level: "N", receivedOn: "2026-04-21" };
    await refused(() => h.run(DecideEdofWithdrawalDocument, { habilitation, alert, reason: "x" }, as.cpDecider), "BAD_USER_INPUT", "INVALID", /pas à l'avance/);
    await refused(() => h.run(DecideEdofWithdrawalDocument, { habilitation, alert: { ...alert, source: "URSSAF" as never }, reason: "x" }, as.cpDecider), "BAD_USER_INPUT");
  });

  it("the notice of a procedure opened on a finding is notified on its own; twice is the wrong state", async () => {
    h.clock.set("2026-04-20");
    must(await h.run(NotifyFormalNoticeDocument, { procedure }, as.cpStaff));
    await refused(() => h.run(NotifyFormalNoticeDocument, { procedure }, as.cpStaff), "BAD_USER_INPUT", "WRONG_STATE", /en attente de la justification/);
  });
});
