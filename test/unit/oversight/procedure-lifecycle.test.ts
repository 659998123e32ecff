import { describe, expect, it } from "vitest";

import type { OversightActorKind } from "../../../src/oversight/rules/actors";
import {
  allowedProcedureActions,
  type ComplianceRound,
  isProcedureOpen,
  PROCEDURE_MACHINE,
  PROCEDURE_PHASES,
  type ProcedureAction,
  type ProcedureFacts,
  type ProcedurePhase,
  procedurePhase,
  procedurePhaseAt,
  procedureTransition,
} from "../../../src/oversight/rules/procedure-lifecycle";
import { notice, round } from "./fixtures";
import { itFollowsTheMachine } from "./machine-matrix";

const EXPECTED: Record<ProcedurePhase, Partial<Record<ProcedureAction, ProcedurePhase>>> = {
  NOTICE_ISSUED: { REVISE_NOTICE: "NOTICE_ISSUED", NOTIFY_NOTICE: "AWAITING_JUSTIFICATION" },
  AWAITING_JUSTIFICATION: { SEND_JUSTIFICATION: "JUSTIFIED" },
  WITHDRAWAL_SCHEDULED: {},
  JUSTIFIED: { DECIDE_WITHDRAWAL: "WITHDRAWAL_DECIDED", DECIDE_COMPLEMENTARY_PERIOD: "COMPLEMENTARY_PERIOD_DECIDED" },
  WITHDRAWAL_DECIDED: { NOTIFY_DECISION: "WITHDRAWN" },
  COMPLEMENTARY_PERIOD_DECIDED: { NOTIFY_DECISION: "AWAITING_JUSTIFICATION", REVISE_NOTICE: "COMPLEMENTARY_PERIOD_DECIDED" },
  WITHDRAWN: {},
  WITHDRAWN_ON_NOTICE_DATE: {},
  DEEMED_SUFFICIENT: {},
};

const ACTORS: Record<ProcedureAction, OversightActorKind[]> = {
  REVISE_NOTICE: ["DECIDER"],
  NOTIFY_NOTICE: ["AGENT", "DECIDER"],
  SEND_JUSTIFICATION: ["ORGANISM"],
  DECIDE_WITHDRAWAL: ["DECIDER"],
  DECIDE_COMPLEMENTARY_PERIOD: ["DECIDER"],
  NOTIFY_DECISION: ["AGENT", "DECIDER"],
};

const RULE_OF: Record<ProcedureAction, string> = {
  REVISE_NOTICE: "CMP-1",
  NOTIFY_NOTICE: "CMP-2",
  SEND_JUSTIFICATION: "CMP-2",
  DECIDE_WITHDRAWAL: "CMP-4",
  DECIDE_COMPLEMENTARY_PERIOD: "CMP-4",
  NOTIFY_DECISION: "CMP-4",
};

describe("compliance procedure state machine: every phase × action × part", () => {
  itFollowsTheMachine(PROCEDURE_MACHINE, {
    transitions: EXPECTED,
    actors: ACTORS,
    ruleOf: RULE_OF,
    initial: "NOTICE_ISSUED",
    timeDriven: ["WITHDRAWAL_SCHEDULED", "WITHDRAWN_ON_NOTICE_DATE", "DEEMED_SUFFICIENT"],
  });

  it("CMP-3, CMP-4: nobody acts on a procedure that ended by itself", () => {
    for (const phase of ["WITHDRAWAL_SCHEDULED", "WITHDRAWN_ON_NOTICE_DATE", "DEEMED_SUFFICIENT"] as const) {
      for (const actor of ["ORGANISM", "AGENT", "DECIDER"] as const) expect(allowedProcedureActions(phase, actor)).toEqual([]);
    }
  });

  it("INS-2: the secretariat notifies, it never decides; the refusal says so", () => {
    expect(procedureTransition("JUSTIFIED", "DECIDE_WITHDRAWAL", "AGENT")).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message:
        "Le service compétent de l'Instance ou un prestataire ne peut pas décider le retrait de l'habilitation. Seule l'Instance qui a délivré l'habilitation décide dans la procédure de mise en conformité, par son décideur : le service compétent et les prestataires la conduisent, mais ne décident jamais (INS-1, INS-2).",
    });
    expect(allowedProcedureActions("WITHDRAWAL_DECIDED", "AGENT")).toEqual(["NOTIFY_DECISION"]);
  });

  it("CMP-2: the wrong phase names the phases that allow the action", () => {
    expect(procedureTransition("NOTICE_ISSUED", "SEND_JUSTIFICATION", "ORGANISM")).toEqual({
      ok: false,
      code: "WRONG_STATE",
      message:
        "Impossible de justifier par écrit les mesures correctives : la procédure est ouverte, sa mise en demeure restant à notifier. Cette action n'est possible que lorsque la procédure est en attente de la justification écrite des mesures correctives.",
    });
  });
});

// Initial notice notified on Monday 18 May 2026: justification until 30 June (Ascension and Whit Monday skipped).
const NOTIFIED: ComplianceRound = round({ notice: notice("2026-07-06", true), issuedOn: "2026-05-15", notifiedOn: "2026-05-18" });
const at = (rounds: ComplianceRound[], today: string) => procedurePhase({ rounds }, today);

describe("procedure phase, computed from the dated facts", () => {
  it("CMP-1: issued, not yet notified", () => {
    expect(at([round({ notice: notice("2026-07-06") })], "2026-05-15")).toBe("NOTICE_ISSUED");
  });

  it("CMP-2: 30 working days from the notice's notification, over Ascension and Whit Monday 2026 (18 May → 30 June)", () => {
    expect(at([NOTIFIED], "2026-06-30")).toBe("AWAITING_JUSTIFICATION");
    expect(at([NOTIFIED], "2026-07-01")).not.toBe("AWAITING_JUSTIFICATION");
  });

  it("CMP-3: no justification in time: withdrawal on the notice's date, with no one acting", () => {
    expect(at([NOTIFIED], "2026-07-01")).toBe("WITHDRAWAL_SCHEDULED");
    expect(at([NOTIFIED], "2026-07-05")).toBe("WITHDRAWAL_SCHEDULED");
    expect(at([NOTIFIED], "2026-07-06")).toBe("WITHDRAWN_ON_NOTICE_DATE");
    expect(isProcedureOpen({ rounds: [NOTIFIED] }, "2026-07-05")).toBe(true);
    expect(isProcedureOpen({ rounds: [NOTIFIED] }, "2026-07-06")).toBe(false);
  });

  // Justified on 15 June 2026: the Instance has until 28 July (14 July skipped).
  const JUSTIFIED: ComplianceRound = { ...NOTIFIED, justifiedOn: "2026-06-15" };

  it("CMP-4: justified in time, the Instance has 30 working days, over 14 July (15 June → 28 July)", () => {
    expect(at([JUSTIFIED], "2026-07-28")).toBe("JUSTIFIED");
    expect(at([JUSTIFIED], "2026-07-29")).toBe("DEEMED_SUFFICIENT");
  });

  it("CMP-4: a decision not notified in time lapses: the measures are deemed sufficient", () => {
    const decided = { ...JUSTIFIED, decision: { kind: "WITHDRAWAL" as const, decidedOn: "2026-07-20", notifiedOn: null } };
    expect(at([decided], "2026-07-28")).toBe("WITHDRAWAL_DECIDED");
    expect(at([decided], "2026-07-29")).toBe("DEEMED_SUFFICIENT");
    expect(at([{ ...decided, decision: { ...decided.decision, notifiedOn: "2026-07-28" } }], "2026-08-10")).toBe("WITHDRAWN");
  });

  it("CMP-4: a complementary period is a new round, notified with the decision that opens it", () => {
    const complementary = { ...JUSTIFIED, decision: { kind: "COMPLEMENTARY_PERIOD" as const, decidedOn: "2026-07-20", notifiedOn: null } };
    const next = round({ notice: notice("2026-09-15", false, "COMPLEMENTARY"), issuedOn: "2026-07-20" });
    expect(procedurePhaseAt({ rounds: [complementary, next] }, "2026-07-21")).toEqual({ phase: "COMPLEMENTARY_PERIOD_DECIDED", roundIndex: 0 });
    expect(at([complementary, next], "2026-07-29")).toBe("DEEMED_SUFFICIENT");
    const notified = { ...complementary, decision: { ...complementary.decision, notifiedOn: "2026-07-27" } };
    // 30 working days from 27 July 2026: 7 September.
    expect(procedurePhaseAt({ rounds: [notified, { ...next, notifiedOn: "2026-07-27" }] }, "2026-09-07")).toEqual({ phase: "AWAITING_JUSTIFICATION", roundIndex: 1 });
    expect(at([notified, { ...next, notifiedOn: "2026-07-27" }], "2026-09-08")).toBe("WITHDRAWAL_SCHEDULED");
  });

  it("CMP-2: over Christmas and New Year, 30 working days from 19 December 2025 run to 3 February 2026", () => {
    const december = round({ notice: notice("2026-02-10"), notifiedOn: "2025-12-19", issuedOn: "2025-12-18" });
    expect(at([december], "2026-02-03")).toBe("AWAITING_JUSTIFICATION");
    expect(at([december], "2026-02-04")).toBe("WITHDRAWAL_SCHEDULED");
  });

  it("CMP-4: inconsistent facts are a programming error", () => {
    const bad = (rounds: ComplianceRound[]) => () => procedurePhase({ rounds } as ProcedureFacts, "2026-07-01");
    expect(bad([])).toThrow(RangeError);
    expect(bad([{ ...NOTIFIED, justifiedOn: "2026-05-17" }])).toThrow(RangeError);
    expect(bad([{ ...NOTIFIED, decision: { kind: "WITHDRAWAL", decidedOn: "2026-06-01", notifiedOn: null } }])).toThrow(RangeError);
    expect(bad([{ ...JUSTIFIED, decision: { kind: "COMPLEMENTARY_PERIOD", decidedOn: "2026-06-20", notifiedOn: null } }])).toThrow(RangeError);
    expect(bad([JUSTIFIED, round({ notice: notice("2026-09-15", false, "COMPLEMENTARY") })])).toThrow(RangeError);
  });

  it("CMP-1: every phase has its French label", () => {
    for (const phase of PROCEDURE_PHASES) expect(PROCEDURE_MACHINE.stateLabels[phase].length).toBeGreaterThan(5);
  });
});
