import { describe, expect, it } from "vitest";

import { type AuditDecisionInput, decideToKeep, decideToOpenProcedure, notifyAuditDecision, sendObservations } from "../../../src/oversight/rules/audit-decision";
import { ACTIVE } from "./fixtures";

// Report presented on 15 December 2025: observations until 7 January 2026 (Christmas and New Year skipped).
const PRESENTED = "2025-12-15";

describe("observations of the audited organism", () => {
  const base = { phase: "OBSERVATIONS_PERIOD" as const, actor: "ORGANISM" as const, text: "Les CV manquants sont joints.", reportPresentedOn: PRESENTED, observationsSentOn: null };

  it("AUD-3: received up to the 15th working day after the report, 7 January 2026", () => {
    expect(sendObservations({ ...base, today: "2026-01-07" })).toEqual({ ok: true, value: { phase: "AWAITING_DECISION", observationsSentOn: "2026-01-07" } });
  });

  it("AUD-3: refused the day after, with the deadline stated", () => {
    expect(sendObservations({ ...base, phase: "AWAITING_DECISION", today: "2026-01-08" })).toEqual({
      ok: false,
      code: "LATE",
      message:
        "Le délai d'observations a expiré le 2026-01-07 (15 jours ouvrés à compter de la présentation du rapport le 2025-12-15) : les observations ne peuvent plus être reçues, l'Instance décide au vu du rapport.",
    });
  });

  it("AUD-3: written, once, by the organism or its Mandataire", () => {
    expect(sendObservations({ ...base, text: " ", today: "2025-12-18" })).toEqual({ ok: false, code: "INVALID", message: "Le texte des observations est obligatoire." });
    expect(sendObservations({ ...base, phase: "AWAITING_DECISION", observationsSentOn: "2025-12-18", today: "2025-12-19" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(sendObservations({ ...base, actor: "AGENT", today: "2025-12-18" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("the Instance's decision after the audit", () => {
  const input: AuditDecisionInput = {
    phase: "AWAITING_DECISION",
    actor: "DECIDER",
    meetingOn: "2026-01-08",
    reason: "Anomalies mineures, corrigées selon les observations",
    opinion: "FAVOURABLE_WITH_RESERVATIONS",
    reportPresentedOn: PRESENTED,
    observationsSentOn: null,
    today: "2026-01-08",
  };
  const procedure = { ...input, habilitation: ACTIVE, openProcedureId: null, notice: { failings: ["Jury non distinct du formateur"], suspension: true, withdrawalOn: "2026-02-20" } };

  it("AUD-3: not while the observations period runs; the message gives the first possible day", () => {
    expect(decideToKeep({ ...input, phase: "OBSERVATIONS_PERIOD", meetingOn: "2026-01-07", today: "2026-01-07" })).toEqual({
      ok: false,
      code: "TOO_EARLY",
      message: "Les observations écrites de l'organisme sont attendues jusqu'au 2026-01-07 : l'Instance décide une fois les observations reçues ou ce délai expiré, soit à partir du 2026-01-08.",
    });
  });

  it("AUD-3: keep the habilitation; notified within 15 working days of the meeting", () => {
    expect(decideToKeep(input)).toEqual({
      ok: true,
      value: { phase: "DECIDED_KEEP", meetingOn: "2026-01-08", reason: "Anomalies mineures, corrigées selon les observations", notificationDue: "2026-01-29", followsOpinion: false },
    });
  });

  it("AUD-3: the Instance is sovereign: it may keep after reservations, or suspend after a favourable opinion with reservations", () => {
    expect(decideToKeep({ ...input, opinion: "FAVOURABLE" })).toMatchObject({ ok: true, value: { followsOpinion: true } });
    expect(decideToOpenProcedure(procedure)).toMatchObject({
      ok: true,
      value: { phase: "DECIDED_PROCEDURE", followsOpinion: false, notice: { suspension: true, period: "INITIAL", withdrawalOn: "2026-02-20" } },
    });
  });

  it("AUD-2: following the opinion: minor anomalies without suspension, blocking ones with it", () => {
    expect(decideToOpenProcedure({ ...procedure, notice: { ...procedure.notice, suspension: false } })).toMatchObject({ ok: true, value: { followsOpinion: true } });
    expect(decideToOpenProcedure({ ...procedure, opinion: "UNFAVOURABLE" })).toMatchObject({ ok: true, value: { followsOpinion: true } });
  });

  it("AUD-3: at a meeting held since the contradictory phase ended, not in the future", () => {
    expect(decideToKeep({ ...input, meetingOn: "2026-01-07" })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("le délai d'observations courait jusqu'au 2026-01-07") });
    expect(decideToKeep({ ...input, observationsSentOn: "2025-12-22", meetingOn: "2025-12-19", today: "2025-12-23" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("reçues le 2025-12-22"),
    });
    expect(decideToKeep({ ...input, observationsSentOn: "2025-12-22", meetingOn: "2025-12-22", today: "2025-12-23" }).ok).toBe(true);
    expect(decideToKeep({ ...input, meetingOn: "2026-01-12" })).toEqual({
      ok: false,
      code: "INVALID",
      message: "La réunion du 2026-01-12 n'a pas encore eu lieu : la décision s'enregistre à l'issue de la réunion.",
    });
  });

  it("AUD-3: a reasoned decision", () => {
    expect(decideToKeep({ ...input, reason: "" })).toEqual({ ok: false, code: "INVALID", message: "Le motif de la décision est obligatoire." });
  });

  it("CMP-1: the procedure opens with a complete formal notice, one procedure at a time, on a habilitation in force", () => {
    expect(decideToOpenProcedure({ ...procedure, notice: { ...procedure.notice, failings: [] } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(decideToOpenProcedure({ ...procedure, openProcedureId: 4 })).toMatchObject({ ok: false, code: "ALREADY_OPEN", message: expect.stringContaining("n° 4") });
    expect(decideToOpenProcedure({ ...procedure, habilitation: { ...ACTIVE, status: "RENOUNCED" } })).toMatchObject({ ok: false, code: "NOT_IN_FORCE" });
  });

  it("CMP-3: the notice's withdrawal date leaves the 30 working days (from 8 January 2026: to 19 February)", () => {
    expect(decideToOpenProcedure({ ...procedure, notice: { ...procedure.notice, withdrawalOn: "2026-02-19" } })).toEqual({
      ok: false,
      code: "INVALID",
      message:
        "La date de retrait (2026-02-19) doit suivre le délai de justification : notifiée le 2026-01-08, la mise en demeure laisse à l'organisme jusqu'au 2026-02-19 pour justifier ses mesures correctives (30 jours ouvrés). Fixez le retrait au 2026-02-20 au plus tôt.",
    });
  });

  it("INS-1, INS-2: decision makers only", () => {
    expect(decideToKeep({ ...input, actor: "AGENT" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decideToOpenProcedure({ ...procedure, actor: "AUDITOR" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(decideToKeep({ ...input, actor: "READER" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("notification of the decision after the audit", () => {
  // Meeting on Friday 27 March 2026: 15 working days, Easter Monday skipped, to Monday 20 April.
  const base = { phase: "DECIDED_KEEP" as const, actor: "AGENT" as const, meetingOn: "2026-03-27" };

  it("AUD-3: within 15 working days of the meeting, over Easter Monday", () => {
    expect(notifyAuditDecision({ ...base, today: "2026-04-20" })).toEqual({ ok: true, value: { phase: "KEPT", notifiedOn: "2026-04-20", due: "2026-04-20", late: false } });
  });

  it("AUD-3: notified late, it is still notified, and marked late", () => {
    expect(notifyAuditDecision({ ...base, phase: "DECIDED_PROCEDURE", today: "2026-04-21" })).toEqual({
      ok: true,
      value: { phase: "PROCEDURE_OPENED", notifiedOn: "2026-04-21", due: "2026-04-20", late: true },
    });
  });

  it("AUD-3: 15 working days over 8 May, Ascension and Whit Monday 2026 (meeting 6 May: 1 June)", () => {
    expect(notifyAuditDecision({ ...base, meetingOn: "2026-05-06", today: "2026-05-07" })).toMatchObject({ ok: true, value: { due: "2026-06-01" } });
  });

  it("AUD-3: the secretariat of the granting Instance notifies; not the organism, not before a decision", () => {
    expect(notifyAuditDecision({ ...base, actor: "ORGANISM", today: "2026-04-01" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(notifyAuditDecision({ ...base, phase: "AWAITING_DECISION", today: "2026-04-01" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });
});
