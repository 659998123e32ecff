import { describe, expect, it } from "vitest";

import { decideRelapseWithdrawal, findRelapseBasis, relapseWindowEnd } from "../../../src/oversight/rules/relapse";
import {
  decideEdofWithdrawal,
  decideRefusalWithdrawal,
  notifyWithdrawal,
  WITHDRAWAL_MACHINE,
  withdrawalEffectiveDate,
  type WithdrawalFacts,
} from "../../../src/oversight/rules/withdrawal";
import { ACTIVE } from "./fixtures";
import { itFollowsTheMachine } from "./machine-matrix";

describe("the four withdrawal cases and their effective dates", () => {
  it("WDR-1: end of a procedure by decision: the day of its notification", () => {
    expect(withdrawalEffectiveDate({ case: "PROCEDURE_DECISION", decisionNotifiedOn: "2026-07-28" })).toBe("2026-07-28");
  });

  it("WDR-1: end of a procedure without justification: the day stated in the formal notice", () => {
    expect(withdrawalEffectiveDate({ case: "NOTICE_DATE", noticeWithdrawalOn: "2026-06-15" })).toBe("2026-06-15");
  });

  it("WDR-1: relapse within 12 months: the day of the new notification", () => {
    expect(withdrawalEffectiveDate({ case: "RELAPSE", decisionNotifiedOn: "2026-11-02" })).toBe("2026-11-02");
  });

  it("WDR-1: refusal of an audit: from its receipt, or its observation, by the Instance", () => {
    expect(withdrawalEffectiveDate({ case: "AUDIT_REFUSAL", refusedOn: "2025-12-05" })).toBe("2025-12-05");
  });

  it("WDR-1: EDOF alert: the convention gives no date; like every decided withdrawal, its notification", () => {
    expect(withdrawalEffectiveDate({ case: "EDOF_ALERT", decisionNotifiedOn: "2026-03-02" })).toBe("2026-03-02");
  });
});

describe("withdrawal decided outside a procedure's decision: every phase × action × part", () => {
  itFollowsTheMachine(WITHDRAWAL_MACHINE, {
    transitions: { DECIDED: { NOTIFY: "NOTIFIED" }, NOTIFIED: {} },
    actors: { NOTIFY: ["AGENT", "DECIDER"] },
    ruleOf: { NOTIFY: "WDR-1" },
    initial: "DECIDED",
  });
});

describe("relapse within 12 months (CMP-5)", () => {
  const ENDED = { id: 5, endsOn: "2025-10-01", habilitationKept: true };

  it("CMP-5: a new failing found within the 12 months after the end of a procedure", () => {
    expect(relapseWindowEnd("2025-10-01")).toBe("2026-10-01");
    expect(findRelapseBasis([ENDED], "2025-10-02")).toEqual({ ok: true, value: { procedureId: 5, procedureEndedOn: "2025-10-01", windowEnd: "2026-10-01" } });
    expect(findRelapseBasis([ENDED], "2026-10-01")).toMatchObject({ ok: true });
  });

  it("CMP-5: outside the 12 months: no withdrawal for relapse, a new procedure instead", () => {
    expect(findRelapseBasis([ENDED], "2026-10-02")).toEqual({
      ok: false,
      code: "NO_RECENT_PROCEDURE",
      message:
        "La dernière procédure de mise en conformité s'est achevée le 2025-10-01 : les 12 mois ont pris fin le 2026-10-01, avant le constat du 2026-10-02. Engagez une nouvelle procédure de mise en conformité (CMP-5).",
    });
  });

  it("CMP-5: refused when no procedure ended before the finding", () => {
    const message =
      "Aucune procédure de mise en conformité de cette habilitation ne s'est achevée avant le constat du 2025-10-01 : un nouveau manquement donne lieu à une procédure de mise en conformité, non à un retrait pour récidive (CMP-5).";
    expect(findRelapseBasis([], "2025-10-01")).toEqual({ ok: false, code: "NO_RECENT_PROCEDURE", message });
    expect(findRelapseBasis([ENDED], "2025-10-01")).toEqual({ ok: false, code: "NO_RECENT_PROCEDURE", message });
    expect(findRelapseBasis([{ id: 6, endsOn: null, habilitationKept: false }], "2025-10-01")).toMatchObject({ code: "NO_RECENT_PROCEDURE" });
  });

  it("CMP-5: the latest procedure that ended with the habilitation kept counts; a 29 February end runs to 28 February", () => {
    const procedures = [{ id: 1, endsOn: "2024-02-29", habilitationKept: true }, { id: 2, endsOn: "2024-06-01", habilitationKept: false }];
    expect(findRelapseBasis(procedures, "2025-02-28")).toMatchObject({ ok: true, value: { procedureId: 1, windowEnd: "2025-02-28" } });
    expect(findRelapseBasis(procedures, "2025-03-01")).toMatchObject({ ok: false });
    expect(findRelapseBasis([ENDED, { id: 9, endsOn: "2026-03-01", habilitationKept: true }], "2026-12-01")).toMatchObject({ ok: true, value: { procedureId: 9 } });
  });

  const input = { actor: "DECIDER" as const, habilitation: ACTIVE, pendingWithdrawalId: null, reason: "Récidive", findingOn: "2026-05-04", finding: "Jury à nouveau composé du formateur", procedures: [ENDED], today: "2026-05-06" };

  it("CMP-5: the decision maker decides the withdrawal; it waits for its notification", () => {
    expect(decideRelapseWithdrawal(input)).toEqual({
      ok: true,
      value: { phase: "DECIDED", case: "RELAPSE", decidedOn: "2026-05-06", reason: "Récidive", findingOn: "2026-05-04", finding: "Jury à nouveau composé du formateur", basis: { procedureId: 5, procedureEndedOn: "2025-10-01", windowEnd: "2026-10-01" } },
    });
  });

  it("CMP-5: bad inputs are refused with a message", () => {
    expect(decideRelapseWithdrawal({ ...input, procedures: [] })).toMatchObject({ ok: false, code: "NO_RECENT_PROCEDURE" });
    expect(decideRelapseWithdrawal({ ...input, findingOn: "2026-05-07" })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("pas à l'avance") });
    expect(decideRelapseWithdrawal({ ...input, findingOn: "2026-13-01" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(decideRelapseWithdrawal({ ...input, finding: "" })).toMatchObject({ ok: false, code: "INVALID", message: "La description du nouveau manquement est obligatoire." });
    expect(decideRelapseWithdrawal({ ...input, reason: "" })).toMatchObject({ ok: false, code: "INVALID", message: "Le motif du retrait est obligatoire." });
    expect(decideRelapseWithdrawal({ ...input, pendingWithdrawalId: 12 })).toMatchObject({ ok: false, code: "ALREADY_OPEN", message: expect.stringContaining("n° 12") });
    expect(decideRelapseWithdrawal({ ...input, habilitation: { ...ACTIVE, status: "WITHDRAWN", lastValidDay: "2026-04-30" } })).toMatchObject({ ok: false, code: "NOT_IN_FORCE" });
  });

  it("INS-1, INS-2: decision makers only", () => {
    for (const actor of ["AGENT", "AUDITOR", "READER", "ORGANISM", null] as const) {
      expect(decideRelapseWithdrawal({ ...input, actor })).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("(INS-1, INS-2)") });
    }
  });
});

describe("withdrawal on an EDOF alert and after a refused audit", () => {
  const base = { actor: "DECIDER" as const, habilitation: ACTIVE, pendingWithdrawalId: null, reason: "Offre CPF sans habilitation valide", today: "2026-03-02" };
  const alert = { source: "CAISSE_DES_DEPOTS" as const, reference: " EDOF-2026-0042 ", level: "Niveau 3 : déréférencement", receivedOn: "2026-02-25" };

  it("WDR-1: an alert of the Caisse des Dépôts or France compétences, with its source, reference and level", () => {
    expect(decideEdofWithdrawal({ ...base, alert })).toMatchObject({ ok: true, value: { case: "EDOF_ALERT", alert: { reference: "EDOF-2026-0042", source: "CAISSE_DES_DEPOTS" } } });
    expect(decideEdofWithdrawal({ ...base, alert: { ...alert, source: "FRANCE_COMPETENCES" } }).ok).toBe(true);
    expect(decideEdofWithdrawal({ ...base, alert: { ...alert, source: "URSSAF" as "FRANCE_COMPETENCES" } })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("France compétences") });
    expect(decideEdofWithdrawal({ ...base, alert: { ...alert, reference: "" } })).toMatchObject({ ok: false, message: "La référence de l'alerte est obligatoire." });
    expect(decideEdofWithdrawal({ ...base, alert: { ...alert, level: "" } })).toMatchObject({ ok: false, message: "Le niveau de l'alerte est obligatoire." });
    expect(decideEdofWithdrawal({ ...base, alert: { ...alert, receivedOn: "2026-03-03" } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(decideEdofWithdrawal({ ...base, actor: "AGENT", alert })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("WDR-1: after a refused audit only, effective from the refusal", () => {
    expect(decideRefusalWithdrawal({ ...base, auditPhase: "REFUSED", refusedOn: "2025-12-05" })).toMatchObject({ ok: true, value: { case: "AUDIT_REFUSAL", effectiveOn: "2025-12-05" } });
    expect(decideRefusalWithdrawal({ ...base, auditPhase: "ORDERED", refusedOn: null })).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });

  it("WDR-1: once notified, each takes effect on its own date", () => {
    const decided = (c: WithdrawalFacts["case"], refusedOn: string | null = null): WithdrawalFacts => ({ case: c, decidedOn: "2026-03-02", notifiedOn: null, refusedOn });
    expect(notifyWithdrawal({ actor: "AGENT", facts: decided("EDOF_ALERT"), today: "2026-03-03" })).toEqual({ ok: true, value: { phase: "NOTIFIED", notifiedOn: "2026-03-03", effectiveOn: "2026-03-03" } });
    expect(notifyWithdrawal({ actor: "DECIDER", facts: decided("RELAPSE"), today: "2026-03-04" })).toMatchObject({ ok: true, value: { effectiveOn: "2026-03-04" } });
    expect(notifyWithdrawal({ actor: "AGENT", facts: decided("AUDIT_REFUSAL", "2025-12-05"), today: "2026-03-03" })).toMatchObject({ ok: true, value: { effectiveOn: "2025-12-05" } });
    expect(notifyWithdrawal({ actor: "AGENT", facts: { ...decided("RELAPSE"), notifiedOn: "2026-03-03" }, today: "2026-03-04" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(notifyWithdrawal({ actor: "ORGANISM", facts: decided("RELAPSE"), today: "2026-03-04" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
