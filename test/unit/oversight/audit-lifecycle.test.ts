import { describe, expect, it } from "vitest";

import type { OversightActorKind } from "../../../src/oversight/rules/actors";
import {
  allowedAuditActions,
  allowedAuditActionsFor,
  AUDIT_MACHINE,
  AUDIT_PHASES,
  type AuditAction,
  type AuditFacts,
  type AuditPhase,
  auditPhase,
  auditTransition,
  isAuditOpen,
  opinionConsequence,
} from "../../../src/oversight/rules/audit-lifecycle";
import { CALLERS, CERTIF_PRO, CPNE_PROPRETE, ORDERED_AUDIT } from "./fixtures";
import { itFollowsTheMachine } from "./machine-matrix";

// The expected machine, written out independently of the module's table.
const EXPECTED: Record<AuditPhase, Partial<Record<AuditAction, AuditPhase>>> = {
  ORDERED: { RESCHEDULE: "ORDERED", CANCEL: "CANCELLED", RECORD_REFUSAL: "REFUSED", RECORD_REPORT: "OBSERVATIONS_PERIOD" },
  REFUSED: { CANCEL: "CANCELLED" },
  OBSERVATIONS_PERIOD: { SEND_OBSERVATIONS: "AWAITING_DECISION" },
  AWAITING_DECISION: { DECIDE_KEEP: "DECIDED_KEEP", DECIDE_PROCEDURE: "DECIDED_PROCEDURE" },
  DECIDED_KEEP: { NOTIFY_DECISION: "KEPT" },
  DECIDED_PROCEDURE: { NOTIFY_DECISION: "PROCEDURE_OPENED" },
  KEPT: {},
  PROCEDURE_OPENED: {},
  CANCELLED: {},
};

const ACTORS: Record<AuditAction, OversightActorKind[]> = {
  RESCHEDULE: ["AGENT", "DECIDER"],
  CANCEL: ["DECIDER"],
  RECORD_REFUSAL: ["AGENT", "DECIDER"],
  RECORD_REPORT: ["AUDITOR", "AGENT", "DECIDER"],
  SEND_OBSERVATIONS: ["ORGANISM"],
  DECIDE_KEEP: ["DECIDER"],
  DECIDE_PROCEDURE: ["DECIDER"],
  NOTIFY_DECISION: ["AGENT", "DECIDER"],
};

const RULE_OF: Record<AuditAction, string> = {
  RESCHEDULE: "AUD-1",
  CANCEL: "AUD-1",
  RECORD_REFUSAL: "WDR-1",
  RECORD_REPORT: "AUD-2",
  SEND_OBSERVATIONS: "AUD-3",
  DECIDE_KEEP: "AUD-3",
  DECIDE_PROCEDURE: "AUD-3",
  NOTIFY_DECISION: "AUD-3",
};

describe("audit state machine: every phase × action × part", () => {
  itFollowsTheMachine(AUDIT_MACHINE, { transitions: EXPECTED, actors: ACTORS, ruleOf: RULE_OF, initial: "ORDERED" });

  it("INS-2: staff, providers and auditors never decide after an audit; the refusal says why, in French", () => {
    const result = auditTransition("AWAITING_DECISION", "DECIDE_PROCEDURE", "AGENT");
    expect(result).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message:
        "Le service compétent de l'Instance ou un prestataire ne peut pas engager une procédure de mise en conformité. Seule l'Instance qui a délivré l'habilitation décide après un audit, par son décideur : le service compétent, les prestataires et les auditeurs ne décident jamais (INS-1, INS-2).",
    });
    expect(auditTransition("AWAITING_DECISION", "DECIDE_KEEP", "AUDITOR")).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("AUD-3: the wrong state names the states that allow the action", () => {
    const result = auditTransition("KEPT", "RECORD_REPORT", "AUDITOR");
    expect(result).toEqual({
      ok: false,
      code: "WRONG_STATE",
      message: "Impossible d'enregistrer le rapport d'audit : l'audit est clos (habilitation maintenue). Cette action n'est possible que lorsque l'audit est ordonné (audit à réaliser).",
    });
  });

  it("INS-1: a part with no relation to the file is refused without a word about it", () => {
    expect(auditTransition("ORDERED", "RECORD_REPORT", null)).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("autre organisme ou d'une autre Instance") });
  });

  it("AUD-1: a reader (Certif Pro following a CPNE's decision) takes no step at all", () => {
    for (const phase of AUDIT_PHASES) expect(allowedAuditActions(phase, "READER")).toEqual([]);
  });

  it("AUD-3: the organism's only step is its observations", () => {
    expect(allowedAuditActions("OBSERVATIONS_PERIOD", "ORGANISM")).toEqual(["SEND_OBSERVATIONS"]);
    expect(allowedAuditActions("ORDERED", "AUDITOR")).toEqual(["RECORD_REPORT"]);
    expect(allowedAuditActions("ORDERED", "DECIDER")).toEqual(["RESCHEDULE", "CANCEL", "RECORD_REFUSAL", "RECORD_REPORT"]);
  });

  it("AUD-3: an unknown phase or action is a programming error", () => {
    expect(() => auditTransition("LOST" as AuditPhase, "CANCEL", "DECIDER")).toThrow(RangeError);
    expect(() => auditTransition("ORDERED", "SIGN" as AuditAction, "DECIDER")).toThrow(RangeError);
  });
});

describe("what each part may do next", () => {
  const overseen = { grantingInstanceId: CPNE_PROPRETE, orderingInstanceId: CERTIF_PRO, auditorUserId: CALLERS.metallurgieStaff.userId };

  it("CTX-5, INS-1: Certif Pro runs its audit of a CPNE's habilitation; the CPNE decides what follows", () => {
    expect(allowedAuditActionsFor(CALLERS.certifProDecider, overseen, "ORDERED")).toEqual(["RESCHEDULE", "CANCEL", "RECORD_REFUSAL", "RECORD_REPORT"]);
    expect(allowedAuditActionsFor(CALLERS.propreteDecider, overseen, "ORDERED")).toEqual([]);
    expect(allowedAuditActionsFor(CALLERS.certifProDecider, overseen, "AWAITING_DECISION")).toEqual([]);
    expect(allowedAuditActionsFor(CALLERS.propreteDecider, overseen, "AWAITING_DECISION")).toEqual(["DECIDE_KEEP", "DECIDE_PROCEDURE"]);
    expect(allowedAuditActionsFor(CALLERS.propreteStaff, overseen, "DECIDED_PROCEDURE")).toEqual(["NOTIFY_DECISION"]);
    expect(allowedAuditActionsFor(CALLERS.certifProStaff, overseen, "DECIDED_PROCEDURE")).toEqual([]);
  });

  it("AUD-1: the named auditor records the report; the organism and its Mandataire send observations", () => {
    expect(allowedAuditActionsFor(CALLERS.metallurgieStaff, overseen, "ORDERED")).toEqual(["RECORD_REPORT"]);
    expect(allowedAuditActionsFor(CALLERS.mandataire, overseen, "OBSERVATIONS_PERIOD")).toEqual(["SEND_OBSERVATIONS"]);
    expect(allowedAuditActionsFor(CALLERS.otherMandataire, overseen, "OBSERVATIONS_PERIOD")).toEqual([]);
  });
});

describe("the three opinions", () => {
  it("AUD-2: favourable keeps; with reservations, a procedure without suspension; unfavourable, a procedure with suspension", () => {
    expect(opinionConsequence("FAVOURABLE")).toEqual({ procedure: false, suspension: false });
    expect(opinionConsequence("FAVOURABLE_WITH_RESERVATIONS")).toEqual({ procedure: true, suspension: false });
    expect(opinionConsequence("UNFAVOURABLE")).toEqual({ procedure: true, suspension: true });
  });
});

describe("audit phase, computed from the dated facts", () => {
  const reported: AuditFacts = { ...ORDERED_AUDIT, reportPresentedOn: "2025-12-15", opinion: "FAVOURABLE_WITH_RESERVATIONS" };

  it("AUD-1: ordered, then refused or cancelled", () => {
    expect(auditPhase(ORDERED_AUDIT, "2025-12-05")).toBe("ORDERED");
    expect(auditPhase({ ...ORDERED_AUDIT, refusedOn: "2025-12-08" }, "2025-12-09")).toBe("REFUSED");
    expect(auditPhase({ ...ORDERED_AUDIT, cancelledOn: "2025-12-08" }, "2025-12-09")).toBe("CANCELLED");
  });

  it("AUD-3: the observations period runs 15 working days from the report, over Christmas and New Year (to 7 January 2026)", () => {
    expect(auditPhase(reported, "2026-01-07")).toBe("OBSERVATIONS_PERIOD");
    expect(auditPhase(reported, "2026-01-08")).toBe("AWAITING_DECISION");
  });

  it("AUD-3: observations received end the period at once", () => {
    expect(auditPhase({ ...reported, observationsSentOn: "2025-12-22" }, "2025-12-22")).toBe("AWAITING_DECISION");
  });

  it("AUD-3: decided, then notified", () => {
    const decided: AuditFacts = { ...reported, decision: { outcome: "OPEN_PROCEDURE", meetingOn: "2026-01-13" } };
    expect(auditPhase(decided, "2026-01-14")).toBe("DECIDED_PROCEDURE");
    expect(auditPhase({ ...decided, decisionNotifiedOn: "2026-01-20" }, "2026-01-20")).toBe("PROCEDURE_OPENED");
    const kept: AuditFacts = { ...reported, decision: { outcome: "KEEP", meetingOn: "2026-01-13" } };
    expect(auditPhase(kept, "2026-01-14")).toBe("DECIDED_KEEP");
    expect(auditPhase({ ...kept, decisionNotifiedOn: "2026-01-15" }, "2026-01-15")).toBe("KEPT");
  });

  it("WDR-1: a refused audit stays open until the Instance decides the withdrawal (or cancels the audit)", () => {
    const refused: AuditFacts = { ...ORDERED_AUDIT, refusedOn: "2025-12-08" };
    expect(isAuditOpen(refused, "2025-12-09")).toBe(true);
    expect(isAuditOpen({ ...refused, refusalWithdrawalDecided: true }, "2025-12-09")).toBe(false);
    expect(isAuditOpen(reported, "2026-01-20")).toBe(true);
    expect(isAuditOpen({ ...reported, decision: { outcome: "KEEP", meetingOn: "2026-01-13" }, decisionNotifiedOn: "2026-01-14" }, "2026-01-20")).toBe(false);
  });
});
