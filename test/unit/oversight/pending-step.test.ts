import { describe, expect, it } from "vitest";

import type { AuditFacts } from "../../../src/oversight/rules/audit-lifecycle";
import { auditPendingStep, procedurePendingStep, withdrawalPendingStep } from "../../../src/oversight/rules/pending-step";
import type { ComplianceRound } from "../../../src/oversight/rules/procedure-lifecycle";
import { notice, ORDERED_AUDIT, round } from "./fixtures";

describe("what an audit waits for", () => {
  const reported: AuditFacts = { ...ORDERED_AUDIT, reportPresentedOn: "2025-12-15", opinion: "UNFAVOURABLE" };

  it("AUD-2: the auditor's report, with no date set by the convention", () => {
    expect(auditPendingStep(ORDERED_AUDIT, "2025-12-11")).toEqual({ rule: "AUD_REPORT", label: "Rapport de l'audit prévu le 2025-12-10 (AUD-2)", dueOn: null, overdue: false, waitingFor: "AUDITOR", automatic: null });
  });

  it("AUD-3: the organism's observations until 7 January 2026; then the Instance's decision", () => {
    expect(auditPendingStep(reported, "2026-01-07")).toMatchObject({ rule: "AUD_OBSERVATIONS", dueOn: "2026-01-07", overdue: false, waitingFor: "ORGANISM" });
    expect(auditPendingStep(reported, "2026-01-08")).toMatchObject({ rule: "AUD_DECISION", dueOn: null, overdue: false, waitingFor: "DECIDER" });
  });

  it("AUD-3: the notification within 15 working days of the meeting, overdue the day after (meeting 27 March 2026: 20 April)", () => {
    const decided: AuditFacts = { ...reported, decision: { outcome: "KEEP", meetingOn: "2026-03-27" } };
    expect(auditPendingStep(decided, "2026-04-20")).toMatchObject({ rule: "AUD_NOTIFICATION", dueOn: "2026-04-20", overdue: false, waitingFor: "AGENT" });
    expect(auditPendingStep(decided, "2026-04-21")).toMatchObject({ rule: "AUD_NOTIFICATION", overdue: true });
    expect(auditPendingStep({ ...decided, decisionNotifiedOn: "2026-04-21" }, "2026-04-22")).toBeNull();
  });

  it("WDR-1: a refused audit waits for the Instance's decision, until the withdrawal is decided", () => {
    const refused: AuditFacts = { ...ORDERED_AUDIT, refusedOn: "2025-12-05" };
    expect(auditPendingStep(refused, "2025-12-08")).toMatchObject({ rule: "AUD_REFUSAL_DECISION", waitingFor: "DECIDER", label: expect.stringContaining("retrait à compter du 2025-12-05") });
    expect(auditPendingStep({ ...refused, refusalWithdrawalDecided: true }, "2025-12-08")).toBeNull();
    expect(auditPendingStep({ ...ORDERED_AUDIT, cancelledOn: "2025-12-05" }, "2025-12-08")).toBeNull();
  });
});

describe("what a procedure waits for, and what happens by itself", () => {
  const notified: ComplianceRound = round({ notice: notice("2026-06-15", true), issuedOn: "2026-04-17", notifiedOn: "2026-04-20" });

  it("CMP-1: the notice's notification, due with the audit decision's when the procedure follows an audit", () => {
    const issued = { rounds: [{ ...notified, notifiedOn: null }] };
    expect(procedurePendingStep(issued, "2026-04-17")).toMatchObject({ rule: "CMP_NOTICE_NOTIFICATION", dueOn: null, overdue: false, waitingFor: "AGENT" });
    expect(procedurePendingStep(issued, "2026-04-21", "2026-04-20")).toMatchObject({ dueOn: "2026-04-20", overdue: true });
  });

  it("CMP-2, CMP-3: the justification until 5 June 2026, or the withdrawal on 15 June by itself", () => {
    expect(procedurePendingStep({ rounds: [notified] }, "2026-06-05")).toEqual({
      rule: "CMP_JUSTIFICATION",
      label: "Justification écrite et détaillée des mesures correctives (CMP-2)",
      dueOn: "2026-06-05",
      overdue: false,
      waitingFor: "ORGANISM",
      automatic: { on: "2026-06-15", outcome: "WITHDRAWAL", label: "À défaut de justification dans le délai, l'habilitation est retirée le 2026-06-15 (CMP-3)" },
    });
  });

  it("CMP-3: past the deadline nobody is overdue: the withdrawal waits for its date, then the procedure is closed", () => {
    expect(procedurePendingStep({ rounds: [notified] }, "2026-06-08")).toMatchObject({ rule: "CMP_WITHDRAWAL_ON_NOTICE_DATE", dueOn: "2026-06-15", overdue: false, waitingFor: "NOBODY", automatic: { outcome: "WITHDRAWAL" } });
    expect(procedurePendingStep({ rounds: [notified] }, "2026-06-15")).toBeNull();
  });

  it("CMP-4: the Instance's decision by 20 July 2026 (14 July skipped), or the measures deemed sufficient on 21 July", () => {
    const justified = { ...notified, justifiedOn: "2026-06-05" };
    expect(procedurePendingStep({ rounds: [justified] }, "2026-07-20")).toMatchObject({
      rule: "CMP_INSTANCE_RESPONSE",
      dueOn: "2026-07-20",
      overdue: false,
      waitingFor: "DECIDER",
      automatic: { on: "2026-07-21", outcome: "DEEMED_SUFFICIENT" },
    });
    const decided = { ...justified, decision: { kind: "WITHDRAWAL" as const, decidedOn: "2026-07-15", notifiedOn: null } };
    expect(procedurePendingStep({ rounds: [decided] }, "2026-07-16")).toMatchObject({ rule: "CMP_INSTANCE_RESPONSE", waitingFor: "AGENT", dueOn: "2026-07-20" });
    expect(procedurePendingStep({ rounds: [justified] }, "2026-07-21")).toBeNull();
  });

  it("CMP-4: a complementary period awaiting notification still runs against the Instance's 30 working days", () => {
    const justified = { ...notified, justifiedOn: "2026-06-05", decision: { kind: "COMPLEMENTARY_PERIOD" as const, decidedOn: "2026-07-15", notifiedOn: null } };
    const next = round({ notice: notice("2026-09-15", false, "COMPLEMENTARY"), issuedOn: "2026-07-15" });
    expect(procedurePendingStep({ rounds: [justified, next] }, "2026-07-16")).toMatchObject({ rule: "CMP_INSTANCE_RESPONSE", dueOn: "2026-07-20", waitingFor: "AGENT" });
  });
});

describe("what a decided withdrawal waits for", () => {
  it("WDR-1: its notification, which says from when it takes effect", () => {
    expect(withdrawalPendingStep({ case: "AUDIT_REFUSAL", decidedOn: "2025-12-15", notifiedOn: null, refusedOn: "2025-12-05" }, "2025-12-15")).toMatchObject({
      rule: "WDR_NOTIFICATION",
      label: "Notification de la décision de retrait, avec effet à compter du 2025-12-05 (WDR-1)",
      waitingFor: "AGENT",
    });
    expect(withdrawalPendingStep({ case: "RELAPSE", decidedOn: "2026-05-06", notifiedOn: null, refusedOn: null }, "2026-05-06")).toMatchObject({ label: expect.stringContaining("le jour de sa notification") });
    expect(withdrawalPendingStep({ case: "RELAPSE", decidedOn: "2026-05-06", notifiedOn: "2026-05-07", refusedOn: null }, "2026-05-07")).toBeNull();
  });
});
