import { describe, expect, it } from "vitest";

import { checkFormalNotice, earliestWithdrawalDate, justificationDue } from "../../../src/oversight/rules/formal-notice";
import { decideComplementaryPeriod, decideWithdrawal, notifyProcedureDecision, sendJustification } from "../../../src/oversight/rules/justification-actions";
import { checkNoticeSentAlone, notifyNotice, openProcedure, reviseNotice } from "../../../src/oversight/rules/notice-actions";
import { ACTIVE, notice } from "./fixtures";

const DRAFT = { failings: [" Évaluateurs non déclarés sur la plateforme ", "Résultats non saisis en temps réel"], suspension: true, withdrawalOn: "2026-06-15" };

describe("the formal notice (mise en demeure)", () => {
  it("CMP-1: states the failings, the period, the withdrawal date and the suspension", () => {
    // Notified on 20 April 2026 at the earliest: 30 working days over 1 May, 8 May, Ascension and Whit Monday, to 5 June.
    expect(checkFormalNotice(DRAFT, "INITIAL", "2026-04-20")).toEqual({
      ok: true,
      value: { failings: ["Évaluateurs non déclarés sur la plateforme", "Résultats non saisis en temps réel"], suspension: true, withdrawalOn: "2026-06-15", period: "INITIAL" },
    });
  });

  it("CMP-2: 30 working days from 20 April 2026, over 1 May, 8 May, Ascension and Whit Monday: 5 June", () => {
    expect(justificationDue("2026-04-20")).toBe("2026-06-05");
    expect(earliestWithdrawalDate("2026-04-20")).toBe("2026-06-06");
  });

  it("CMP-2: 30 working days over Easter Monday, 1 May and 8 May 2026 (27 March → 13 May)", () => {
    expect(justificationDue("2026-03-27")).toBe("2026-05-13");
  });

  it("CMP-3: the withdrawal date falls after the whole justification period", () => {
    expect(checkFormalNotice({ ...DRAFT, withdrawalOn: "2026-06-05" }, "INITIAL", "2026-04-20")).toMatchObject({
      ok: false,
      code: "INVALID",
      message: expect.stringContaining("Fixez le retrait au 2026-06-06 au plus tôt."),
    });
    expect(checkFormalNotice({ ...DRAFT, withdrawalOn: "2026-06-06" }, "INITIAL", "2026-04-20").ok).toBe(true);
    expect(checkFormalNotice({ ...DRAFT, withdrawalOn: "06/06/2026" }, "INITIAL", "2026-04-20")).toMatchObject({ code: "INVALID", message: expect.stringContaining("AAAA-MM-JJ") });
  });

  it("CMP-1: at least one failing, each written once", () => {
    expect(checkFormalNotice({ ...DRAFT, failings: [] }, "INITIAL", "2026-04-20")).toEqual({
      ok: false,
      code: "INVALID",
      message: "La mise en demeure précise le ou les manquements identifiés : indiquez-en au moins un.",
    });
    expect(checkFormalNotice({ ...DRAFT, failings: ["a", " a "] }, "INITIAL", "2026-04-20")).toMatchObject({ code: "INVALID", message: expect.stringContaining("doublon") });
    expect(checkFormalNotice({ ...DRAFT, failings: ["a", ""] }, "INITIAL", "2026-04-20")).toMatchObject({ code: "INVALID", message: "Le manquement 2 est obligatoire." });
    expect(checkFormalNotice({ ...DRAFT, suspension: "yes" as unknown as boolean }, "INITIAL", "2026-04-20")).toMatchObject({ code: "INVALID" });
  });
});

describe("opening a procedure outside an audit", () => {
  const input = { actor: "DECIDER" as const, habilitation: ACTIVE, openProcedureId: null, finding: "Factures impayées depuis 90 jours", notice: DRAFT, today: "2026-04-20" };

  it("CMP-1: the granting decision maker opens it on a reasoned finding, with its formal notice", () => {
    expect(openProcedure(input)).toMatchObject({ ok: true, value: { phase: "NOTICE_ISSUED", finding: "Factures impayées depuis 90 jours", notice: { period: "INITIAL", suspension: true } } });
  });

  it("INS-1, INS-2: decision makers only", () => {
    for (const actor of ["AGENT", "READER", "ORGANISM", null] as const) expect(openProcedure({ ...input, actor })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("CMP-1: a finding, a habilitation in force, one procedure at a time", () => {
    expect(openProcedure({ ...input, finding: "" })).toMatchObject({ ok: false, code: "INVALID", message: "Le constat motivant la procédure est obligatoire." });
    expect(openProcedure({ ...input, habilitation: { ...ACTIVE, status: "EXPIRED" } })).toMatchObject({ ok: false, code: "NOT_IN_FORCE" });
    expect(openProcedure({ ...input, openProcedureId: 3 })).toMatchObject({ ok: false, code: "ALREADY_OPEN" });
  });
});

describe("notifying the formal notice", () => {
  it("AUD-3, CMP-1: a notice an audit decision issued goes out with that decision, never alone", () => {
    expect(checkNoticeSentAlone("FINDING")).toEqual({ ok: true, value: true });
    expect(checkNoticeSentAlone("AUDIT")).toMatchObject({ ok: false, code: "WRONG_STATE", message: expect.stringContaining("notifiée avec la décision prise après l'audit") });
  });

  it("CMP-2: notified today, 30 working days to justify; CMP-1: a serious failing suspends from that day", () => {
    expect(notifyNotice({ phase: "NOTICE_ISSUED", actor: "AGENT", notice: notice("2026-06-15", true), today: "2026-04-20" })).toEqual({
      ok: true,
      value: { phase: "AWAITING_JUSTIFICATION", notifiedOn: "2026-04-20", justificationDue: "2026-06-05", withdrawalOn: "2026-06-15", suspendedFrom: "2026-04-20" },
    });
    expect(notifyNotice({ phase: "NOTICE_ISSUED", actor: "DECIDER", notice: notice("2026-06-15"), today: "2026-04-20" })).toMatchObject({ ok: true, value: { suspendedFrom: null } });
  });

  it("CMP-3: notified too late for its withdrawal date, the notice must first be revised", () => {
    const result = notifyNotice({ phase: "NOTICE_ISSUED", actor: "AGENT", notice: notice("2026-06-08"), today: "2026-04-21" });
    expect(result).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/jusqu'au 2026-06-08 .* Le décideur doit d'abord modifier la mise en demeure\.$/) });
    expect(reviseNotice({ phase: "NOTICE_ISSUED", actor: "DECIDER", notice: { ...DRAFT, withdrawalOn: "2026-06-09" }, today: "2026-04-21" })).toMatchObject({ ok: true, value: { withdrawalOn: "2026-06-09", period: "INITIAL" } });
  });

  it("CMP-1: once notified, the notice no longer changes; the organism never notifies", () => {
    expect(reviseNotice({ phase: "AWAITING_JUSTIFICATION", actor: "DECIDER", notice: DRAFT, today: "2026-04-21" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(reviseNotice({ phase: "NOTICE_ISSUED", actor: "AGENT", notice: DRAFT, today: "2026-04-21" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(notifyNotice({ phase: "NOTICE_ISSUED", actor: "ORGANISM", notice: notice("2026-06-15"), today: "2026-04-20" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("the organism's justification", () => {
  const base = { actor: "ORGANISM" as const, text: "Les évaluateurs sont déclarés ; pièces jointes.", noticeNotifiedOn: "2026-04-20", withdrawalOn: "2026-06-15" };

  it("CMP-2: received on the last working day, 5 June 2026: the Instance then has 30 working days (to 20 July, 14 July skipped)", () => {
    expect(sendJustification({ ...base, phase: "AWAITING_JUSTIFICATION", today: "2026-06-05" })).toEqual({ ok: true, value: { phase: "JUSTIFIED", justifiedOn: "2026-06-05", responseDue: "2026-07-20" } });
  });

  it("CMP-2, CMP-3: late, it is refused, with the deadline and the withdrawal date stated", () => {
    expect(sendJustification({ ...base, phase: "WITHDRAWAL_SCHEDULED", today: "2026-06-08" })).toEqual({
      ok: false,
      code: "LATE",
      message:
        "Le délai de justification a expiré le 2026-06-05 (30 jours ouvrés à compter de la notification de la mise en demeure le 2026-04-20) : la justification ne peut plus être reçue, et l'habilitation est retirée à compter du 2026-06-15, date fixée par la mise en demeure (CMP-3).",
    });
    expect(sendJustification({ ...base, phase: "WITHDRAWN_ON_NOTICE_DATE", today: "2026-07-01" })).toMatchObject({ ok: false, code: "LATE" });
  });

  it("CMP-2: in writing, by the organism or its Mandataire, once per period", () => {
    expect(sendJustification({ ...base, phase: "AWAITING_JUSTIFICATION", text: "", today: "2026-05-04" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(sendJustification({ ...base, phase: "AWAITING_JUSTIFICATION", actor: "AGENT", today: "2026-05-04" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(sendJustification({ ...base, phase: "JUSTIFIED", today: "2026-05-05" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });
});

describe("the Instance's decision on the justification", () => {
  // Justified on 15 June 2026: the Instance notifies by 28 July (14 July skipped).
  const base = { phase: "JUSTIFIED" as const, actor: "DECIDER" as const, reason: "Mesures insuffisantes : jury toujours non distinct", justifiedOn: "2026-06-15", today: "2026-07-20" };

  it("CMP-4: a reasoned withdrawal, to notify by the 30th working day", () => {
    expect(decideWithdrawal(base)).toEqual({ ok: true, value: { phase: "WITHDRAWAL_DECIDED", decidedOn: "2026-07-20", reason: base.reason, notifyBy: "2026-07-28" } });
    expect(decideWithdrawal({ ...base, reason: "  " })).toMatchObject({ ok: false, code: "INVALID", message: "Le motif de la décision est obligatoire." });
  });

  it("CMP-4: a complementary period, with its own formal notice", () => {
    const result = decideComplementaryPeriod({ ...base, notice: { failings: ["Jury non distinct du formateur"], suspension: false, withdrawalOn: "2026-09-15" } });
    expect(result).toMatchObject({ ok: true, value: { phase: "COMPLEMENTARY_PERIOD_DECIDED", notice: { period: "COMPLEMENTARY", withdrawalOn: "2026-09-15" } } });
    // Notified on 20 July at the earliest: 30 working days to 31 August.
    expect(decideComplementaryPeriod({ ...base, notice: { failings: ["x"], suspension: false, withdrawalOn: "2026-08-31" } })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("2026-09-01 au plus tôt") });
  });

  it("CMP-4: after the 30 working days, nothing more is decided: the measures are deemed sufficient", () => {
    expect(decideWithdrawal({ ...base, phase: "DEEMED_SUFFICIENT", today: "2026-07-29" })).toEqual({
      ok: false,
      code: "LATE",
      message:
        "Le délai de 30 jours ouvrés laissé à l'Instance après la justification reçue le 2026-06-15 a expiré le 2026-07-28 : les mesures correctives sont réputées suffisantes et l'habilitation est maintenue (CMP-4). Aucune décision ne peut plus être prise dans cette procédure.",
    });
  });

  it("INS-1, INS-2: decision makers only; before any justification, no decision", () => {
    expect(decideWithdrawal({ ...base, actor: "AGENT" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decideComplementaryPeriod({ ...base, actor: "ORGANISM", notice: { failings: ["x"], suspension: false, withdrawalOn: "2026-09-15" } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decideWithdrawal({ ...base, phase: "AWAITING_JUSTIFICATION" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });
});

describe("notifying the decision on the justification", () => {
  const base = { actor: "AGENT" as const, justifiedOn: "2026-06-15", nextNotice: null };

  it("CMP-4, WDR-1: a withdrawal takes effect on the day of its notification, which ends the procedure", () => {
    expect(notifyProcedureDecision({ ...base, phase: "WITHDRAWAL_DECIDED", today: "2026-07-28" })).toEqual({
      ok: true,
      value: { phase: "WITHDRAWN", notifiedOn: "2026-07-28", withdrawalEffectiveOn: "2026-07-28", endedOn: "2026-07-28", justificationDue: null },
    });
  });

  it("CMP-4: a complementary period starts new 30 working days from its notification (27 July 2026 → 7 September)", () => {
    expect(notifyProcedureDecision({ ...base, phase: "COMPLEMENTARY_PERIOD_DECIDED", nextNotice: notice("2026-09-15", false, "COMPLEMENTARY"), today: "2026-07-27" })).toEqual({
      ok: true,
      value: { phase: "AWAITING_JUSTIFICATION", notifiedOn: "2026-07-27", withdrawalEffectiveOn: null, endedOn: null, justificationDue: "2026-09-07" },
    });
    expect(notifyProcedureDecision({ ...base, phase: "COMPLEMENTARY_PERIOD_DECIDED", nextNotice: notice("2026-09-07", false, "COMPLEMENTARY"), today: "2026-07-27" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Le décideur doit d'abord modifier la mise en demeure."),
    });
  });

  it("CMP-4: no notification after the 30 working days: the measures are deemed sufficient", () => {
    expect(notifyProcedureDecision({ ...base, phase: "DEEMED_SUFFICIENT", today: "2026-07-29" })).toMatchObject({
      ok: false,
      code: "LATE",
      message: expect.stringContaining("réputées suffisantes et l'habilitation est maintenue (CMP-4). La décision ne peut plus être notifiée."),
    });
  });

  it("CMP-4: the secretariat or the decision maker notifies; never before a decision", () => {
    expect(notifyProcedureDecision({ ...base, actor: "ORGANISM", phase: "WITHDRAWAL_DECIDED", today: "2026-07-20" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(notifyProcedureDecision({ ...base, phase: "JUSTIFIED", today: "2026-07-20" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });
});
