import { describe, expect, it } from "vitest";

import { type Anomaly, checkReportConclusion, recordAuditRefusal, recordAuditReport } from "../../../src/oversight/rules/audit-report";

const MINOR: Anomaly = { description: "Deux CV d'évaluateurs manquent au dossier", severity: "MINOR" };
const BLOCKING: Anomaly = { description: "Le jury comprend le formateur des candidats", severity: "BLOCKING" };

describe("the auditor's report", () => {
  it("AUD-2: favourable without reservations means no anomaly", () => {
    expect(checkReportConclusion("FAVOURABLE", [])).toEqual({ ok: true, value: [] });
    expect(checkReportConclusion("FAVOURABLE", [MINOR])).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("absence d'anomalie") });
  });

  it("AUD-2: favourable with reservations rests on minor anomalies only", () => {
    expect(checkReportConclusion("FAVOURABLE_WITH_RESERVATIONS", [MINOR])).toEqual({ ok: true, value: [MINOR] });
    expect(checkReportConclusion("FAVOURABLE_WITH_RESERVATIONS", [])).toEqual({ ok: false, code: "INVALID", message: "Un avis favorable avec réserve(s) repose sur des anomalies mineures : listez-les." });
    expect(checkReportConclusion("FAVOURABLE_WITH_RESERVATIONS", [MINOR, BLOCKING])).toMatchObject({ ok: false, message: expect.stringContaining("avis défavorable") });
  });

  it("AUD-2: unfavourable rests on at least one blocking anomaly", () => {
    expect(checkReportConclusion("UNFAVOURABLE", [MINOR, BLOCKING]).ok).toBe(true);
    expect(checkReportConclusion("UNFAVOURABLE", [MINOR])).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("au moins une anomalie bloquante") });
  });

  it("AUD-2: every anomaly is described and qualified; unknown opinions are refused", () => {
    expect(checkReportConclusion("UNFAVOURABLE", [{ description: "  ", severity: "BLOCKING" }])).toEqual({ ok: false, code: "INVALID", message: "La description de l'anomalie 1 est obligatoire." });
    expect(checkReportConclusion("UNFAVOURABLE", [{ description: "x", severity: "SEVERE" as "BLOCKING" }])).toMatchObject({ code: "INVALID", message: expect.stringContaining("gravité inconnue") });
    expect(checkReportConclusion("MIXED" as "FAVOURABLE", [])).toMatchObject({ code: "INVALID", message: expect.stringContaining("Avis inconnu") });
    expect(checkReportConclusion("FAVOURABLE_WITH_RESERVATIONS", Array.from({ length: 51 }, () => MINOR))).toMatchObject({ code: "INVALID" });
  });

  it("AUD-3: recorded and presented the same day, it opens 15 working days for observations, over Christmas and New Year", () => {
    const result = recordAuditReport({ phase: "ORDERED", actor: "AUDITOR", opinion: "UNFAVOURABLE", anomalies: [BLOCKING], scheduledOn: "2025-12-10", today: "2025-12-15" });
    expect(result).toEqual({
      ok: true,
      value: { phase: "OBSERVATIONS_PERIOD", opinion: "UNFAVOURABLE", anomalies: [BLOCKING], reportPresentedOn: "2025-12-15", observationsDue: "2026-01-07" },
    });
  });

  it("AUD-3: 15 working days over Easter Monday, 1 May and 8 May 2025 (18 April → 14 May)", () => {
    const result = recordAuditReport({ phase: "ORDERED", actor: "AGENT", opinion: "FAVOURABLE", anomalies: [], scheduledOn: "2025-04-14", today: "2025-04-18" });
    expect(result).toMatchObject({ ok: true, value: { observationsDue: "2025-05-14" } });
  });

  it("AUD-3: 15 working days over 14 July 2026 (6 July → 28 July)", () => {
    const result = recordAuditReport({ phase: "ORDERED", actor: "DECIDER", opinion: "FAVOURABLE", anomalies: [], scheduledOn: "2026-07-01", today: "2026-07-06" });
    expect(result).toMatchObject({ ok: true, value: { observationsDue: "2026-07-28" } });
  });

  it("AUD-2: no report before the audit has taken place, none twice", () => {
    expect(recordAuditReport({ phase: "ORDERED", actor: "AUDITOR", opinion: "FAVOURABLE", anomalies: [], scheduledOn: "2025-12-10", today: "2025-12-09" })).toEqual({
      ok: false,
      code: "TOO_EARLY",
      message: "L'audit est prévu le 2025-12-10 : son rapport ne peut être présenté avant.",
    });
    expect(recordAuditReport({ phase: "OBSERVATIONS_PERIOD", actor: "AUDITOR", opinion: "FAVOURABLE", anomalies: [], scheduledOn: "2025-12-10", today: "2025-12-16" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
  });

  it("INS-2: the organism never records the report on its own audit", () => {
    expect(recordAuditReport({ phase: "ORDERED", actor: "ORGANISM", opinion: "FAVOURABLE", anomalies: [], scheduledOn: "2025-12-10", today: "2025-12-15" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("refusal of an audit", () => {
  const base = { phase: "ORDERED" as const, actor: "AGENT" as const, orderedOn: "2025-12-01", today: "2025-12-09" };

  it("WDR-1: a written refusal counts from its receipt by the Instance", () => {
    expect(recordAuditRefusal({ ...base, kind: "WRITTEN", on: "2025-12-05" })).toEqual({
      ok: true,
      value: { phase: "REFUSED", kind: "WRITTEN", refusedOn: "2025-12-05", withdrawalEffectiveOn: "2025-12-05" },
    });
  });

  it("WDR-1: without a writing, from the day the Instance observed the refusal", () => {
    expect(recordAuditRefusal({ ...base, kind: "OBSERVED", on: "2025-12-09" })).toMatchObject({ ok: true, value: { kind: "OBSERVED", withdrawalEffectiveOn: "2025-12-09" } });
  });

  it("WDR-1: the refusal date falls between the order and today", () => {
    expect(recordAuditRefusal({ ...base, kind: "WRITTEN", on: "2025-11-28" })).toEqual({
      ok: false,
      code: "INVALID",
      message: "Date de réception du refus écrit (2025-11-28) : un audit ordonné le 2025-12-01 ne peut avoir été refusé avant.",
    });
    expect(recordAuditRefusal({ ...base, kind: "OBSERVED", on: "2025-12-10" })).toMatchObject({ code: "INVALID", message: expect.stringContaining("pas à l'avance") });
    expect(recordAuditRefusal({ ...base, kind: "OBSERVED", on: "10/12/2025" })).toMatchObject({ code: "INVALID", message: expect.stringContaining("AAAA-MM-JJ") });
    expect(recordAuditRefusal({ ...base, kind: "ORAL" as "WRITTEN", on: "2025-12-05" })).toMatchObject({ code: "INVALID" });
  });

  it("WDR-1: once reported, an audit can no longer be refused; the auditor does not record refusals", () => {
    expect(recordAuditRefusal({ ...base, phase: "OBSERVATIONS_PERIOD", kind: "WRITTEN", on: "2025-12-05" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(recordAuditRefusal({ ...base, actor: "AUDITOR", kind: "WRITTEN", on: "2025-12-05" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
