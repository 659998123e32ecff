import { describe, expect, it } from "vitest";

import { mayEvaluate } from "../../../src/habilitations/rules/evaluation-right";
import { computeValidity, statusOn } from "../../../src/habilitations/rules/validity";
import { type BaseHabilitationRecord, oversightEffects, type OversightFacts, withOversight } from "../../../src/oversight/rules/habilitation-effects";
import type { ComplianceRound, ProcedureFacts } from "../../../src/oversight/rules/procedure-lifecycle";
import { procedureOutcome, procedureSuspensions } from "../../../src/oversight/rules/procedure-outcome";
import { notice, round } from "./fixtures";

// Alpha's Certif Pro habilitation, as in the demo data: notified 6 January 2025, used since March 2025.
const ALPHA: BaseHabilitationRecord = { notifiedOn: "2025-01-06", firstUsedOn: "2025-03-03" };

// A notice for a serious failing notified on 20 April 2026: justification until 5 June, withdrawal stated for 15 June.
const SERIOUS: ComplianceRound = round({ notice: notice("2026-06-15", true), issuedOn: "2026-04-17", notifiedOn: "2026-04-20" });
const MINOR: ComplianceRound = round({ notice: notice("2026-06-15", false), issuedOn: "2026-04-17", notifiedOn: "2026-04-20" });

function record(procedures: ProcedureFacts[], today: string, withdrawals: OversightFacts["withdrawals"] = []) {
  return withOversight(ALPHA, oversightEffects({ procedures, withdrawals }, today));
}

describe("suspension within a procedure", () => {
  it("WDR-1: a notice for a serious failing suspends the habilitation from its notification, while the procedure runs", () => {
    const now = record([{ rounds: [SERIOUS] }], "2026-05-04");
    expect(now.suspensions).toEqual([{ from: "2026-04-20", to: null }]);
    expect(statusOn(now, "2026-04-19")).toBe("ACTIVE");
    expect(statusOn(now, "2026-04-20")).toBe("SUSPENDED");
    expect(statusOn(now, "2026-05-04")).toBe("SUSPENDED");
  });

  it("WDR-1: evaluationRight answers no during the suspension, with the reason", () => {
    const right = mayEvaluate({
      organismHabilitations: [{ instance: { code: "CERTIF_PRO", kind: "CERTIFIER" }, certification: "CLEA_MANAGEMENT", professionalField: null, validity: record([{ rounds: [SERIOUS] }], "2026-05-04") }],
      certification: "CLEA_MANAGEMENT",
      context: null,
      date: "2026-05-04",
    });
    expect(right).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("suspendue depuis le 2026-04-20, pour la durée de la procédure de mise en conformité en cours : l'organisme doit cesser toute activité"),
    });
  });

  it("HAB-6: a suspension within the first 3 years bars the automatic renewal; it never extends the habilitation", () => {
    const suspended = computeValidity(record([{ rounds: [SERIOUS] }], "2026-05-04"));
    expect(suspended.renewal.applies).toBe(false);
    expect(suspended.lastValidDay).toBe("2028-01-06");
    expect(computeValidity(record([{ rounds: [MINOR] }], "2026-05-04")).renewal.applies).toBe(true);
  });

  it("WDR-1: a procedure without a serious failing never suspends", () => {
    expect(record([{ rounds: [MINOR] }], "2026-05-04").suspensions).toEqual([]);
    expect(statusOn(record([{ rounds: [MINOR] }], "2026-05-04"), "2026-05-04")).toBe("ACTIVE");
  });

  it("WDR-1: a notice not yet notified suspends nothing", () => {
    expect(procedureSuspensions({ rounds: [{ ...SERIOUS, notifiedOn: null }] }, "2026-04-20")).toEqual([]);
  });
});

describe("no justification in time (CMP-3)", () => {
  it("CMP-3: once the 30 working days have run out (5 June 2026), the withdrawal on the notice's date is certain, with no one acting", () => {
    expect(record([{ rounds: [SERIOUS] }], "2026-06-05")).toMatchObject({ withdrawnOn: null, suspensions: [{ from: "2026-04-20", to: null }] });
    const after = record([{ rounds: [SERIOUS] }], "2026-06-08");
    expect(after).toMatchObject({ withdrawnOn: "2026-06-15", suspensions: [{ from: "2026-04-20", to: "2026-06-14" }] });
    expect(statusOn(after, "2026-06-14")).toBe("SUSPENDED");
    expect(statusOn(after, "2026-06-15")).toBe("WITHDRAWN");
    expect(computeValidity(after)).toMatchObject({ lastValidDay: "2026-06-14", endedBy: "WITHDRAWAL" });
  });

  it("CMP-3: without suspension, active until the day before the notice's date", () => {
    const after = record([{ rounds: [MINOR] }], "2026-06-20");
    expect(statusOn(after, "2026-06-14")).toBe("ACTIVE");
    expect(statusOn(after, "2026-06-15")).toBe("WITHDRAWN");
  });

  it("CMP-3: the procedure ends on the withdrawal date; its case stays private", () => {
    expect(procedureOutcome({ rounds: [SERIOUS] }, "2026-06-08")).toEqual({ phase: "WITHDRAWAL_SCHEDULED", endsOn: "2026-06-15", withdrawal: { case: "NOTICE_DATE", effectiveOn: "2026-06-15" }, habilitationKept: false });
    expect(oversightEffects({ procedures: [{ rounds: [SERIOUS] }], withdrawals: [] }, "2026-06-08").withdrawal).toEqual({ case: "NOTICE_DATE", effectiveOn: "2026-06-15" });
  });
});

describe("justified in time (CMP-4)", () => {
  // Justified on 15 May 2026: the Instance has until 29 June (Ascension, Whit Monday skipped).
  const JUSTIFIED: ComplianceRound = { ...SERIOUS, justifiedOn: "2026-05-15" };

  it("CMP-4: no decision notified in time: deemed sufficient, the suspension ends with the Instance's last day (29 June 2026)", () => {
    const now = record([{ rounds: [JUSTIFIED] }], "2026-06-30");
    expect(procedureOutcome({ rounds: [JUSTIFIED] }, "2026-06-30")).toMatchObject({ phase: "DEEMED_SUFFICIENT", endsOn: "2026-06-29", habilitationKept: true });
    expect(now).toMatchObject({ withdrawnOn: null, suspensions: [{ from: "2026-04-20", to: "2026-06-29" }] });
    expect(statusOn(now, "2026-06-29")).toBe("SUSPENDED");
    expect(statusOn(now, "2026-06-30")).toBe("ACTIVE");
    expect(record([{ rounds: [JUSTIFIED] }], "2026-06-29").suspensions).toEqual([{ from: "2026-04-20", to: null }]);
  });

  it("CMP-4, WDR-1: a withdrawal notified ends the suspension the day before and takes effect that day", () => {
    const withdrawn = { ...JUSTIFIED, decision: { kind: "WITHDRAWAL" as const, decidedOn: "2026-06-10", notifiedOn: "2026-06-11" } };
    const now = record([{ rounds: [withdrawn] }], "2026-06-11");
    expect(now).toMatchObject({ withdrawnOn: "2026-06-11", suspensions: [{ from: "2026-04-20", to: "2026-06-10" }] });
    expect(statusOn(now, "2026-06-11")).toBe("WITHDRAWN");
  });

  it("CMP-4: a decided withdrawal binds only once notified", () => {
    const decided = { ...JUSTIFIED, decision: { kind: "WITHDRAWAL" as const, decidedOn: "2026-06-10", notifiedOn: null } };
    expect(record([{ rounds: [decided] }], "2026-06-12")).toMatchObject({ withdrawnOn: null, suspensions: [{ from: "2026-04-20", to: null }] });
  });

  it("CMP-4: a complementary period suspends again only if its own notice says so", () => {
    const complementary = { ...JUSTIFIED, decision: { kind: "COMPLEMENTARY_PERIOD" as const, decidedOn: "2026-06-01", notifiedOn: "2026-06-02" } };
    const next = (suspension: boolean) => round({ notice: notice("2026-07-20", suspension, "COMPLEMENTARY"), issuedOn: "2026-06-01", notifiedOn: "2026-06-02" });
    expect(record([{ rounds: [complementary, next(true)] }], "2026-06-03").suspensions).toEqual([{ from: "2026-04-20", to: null }]);
    expect(record([{ rounds: [complementary, next(false)] }], "2026-06-03").suspensions).toEqual([{ from: "2026-04-20", to: "2026-06-01" }]);
    const lifted = record([{ rounds: [{ ...complementary, notice: notice("2026-06-15", false) }, next(true)] }], "2026-06-03");
    expect(lifted.suspensions).toEqual([{ from: "2026-06-02", to: null }]);
  });
});

describe("withdrawals decided outside a procedure's decision", () => {
  it("WDR-1: after a refused audit, notified, withdrawn from the refusal's receipt", () => {
    const refusal = { case: "AUDIT_REFUSAL" as const, decidedOn: "2025-12-15", notifiedOn: "2025-12-16", refusedOn: "2025-12-05" };
    const now = record([], "2025-12-16", [refusal]);
    expect(now.withdrawnOn).toBe("2025-12-05");
    expect(statusOn(now, "2025-12-04")).toBe("ACTIVE");
    expect(statusOn(now, "2025-12-05")).toBe("WITHDRAWN");
    expect(record([], "2025-12-16", [{ ...refusal, notifiedOn: null }]).withdrawnOn).toBeNull();
  });

  it("WDR-1: the earliest withdrawal wins; a withdrawal never suspends", () => {
    const edof = { case: "EDOF_ALERT" as const, decidedOn: "2026-06-01", notifiedOn: "2026-06-02", refusedOn: null };
    const effects = oversightEffects({ procedures: [{ rounds: [SERIOUS] }], withdrawals: [edof] }, "2026-06-08");
    expect(effects.withdrawal).toEqual({ case: "EDOF_ALERT", effectiveOn: "2026-06-02" });
    expect(oversightEffects({ procedures: [], withdrawals: [edof] }, "2026-06-08").suspensions).toEqual([]);
  });

  it("HAB-6: renunciation stays the organism's own and combines with oversight", () => {
    const renouncing = withOversight({ ...ALPHA, renunciation: { noticeSentOn: "2026-04-01", noticeReceivedOn: "2026-04-02" } }, oversightEffects({ procedures: [{ rounds: [MINOR] }], withdrawals: [] }, "2026-05-04"));
    expect(computeValidity(renouncing)).toMatchObject({ renunciationEffectiveOn: "2026-07-02", endedBy: "RENUNCIATION" });
  });
});
