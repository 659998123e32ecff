import { describe, expect, it } from "vitest";

import {
  CHANGE_KINDS,
  CHANGE_LABELS,
  changeReportDueDate,
  checkChangeReport,
  checkNewEstablishment,
  checkTransfer,
  mayBeTemporarilyMaintained,
} from "../../../src/organisms/rules/changes";

describe("changes of situation", () => {
  it("HAB-7: every example of the convention is a change kind, labelled in French", () => {
    const labels = CHANGE_KINDS.map((kind) => CHANGE_LABELS[kind]);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Changement de dénomination",
        "Changement de statut juridique",
        "Changement de dirigeants",
        "Changement d'adresse du siège social",
        "Fusion",
        "Scission",
        "Cession d'activité",
        "Cessation d'activité",
        "Liquidation judiciaire",
        "Redressement judiciaire",
        "Procédure de sauvegarde",
        "Changement de numéro de déclaration d'activité",
        "Perte de la certification Qualiopi",
      ]),
    );
    expect(CHANGE_KINDS).toContain("OTHER");
  });

  it("HAB-7: a change is reported within 30 calendar days, weekends and holidays included", () => {
    expect(changeReportDueDate("2025-12-10")).toBe("2026-01-09");
    expect(checkChangeReport("QUALIOPI_LOST", "2025-12-10", "2026-01-09")).toEqual({ ok: true, due: "2026-01-09" });
    const late = checkChangeReport("QUALIOPI_LOST", "2025-12-10", "2026-01-10");
    expect(late).toEqual({
      ok: false,
      due: "2026-01-09",
      reason:
        "Perte de la certification Qualiopi du 2025-12-10 : l'Instance devait en être informée dans les 30 jours, soit au plus tard le 2026-01-09 ; déclaré le 2026-01-10, le changement l'est hors délai.",
    });
  });

  it("HAB-7: only a merger, a demerger or a cessation lets the Instance maintain the habilitation temporarily", () => {
    expect(CHANGE_KINDS.filter(mayBeTemporarilyMaintained)).toEqual(["MERGER", "DEMERGER", "CESSATION"]);
  });
});

describe("establishments and transfers", () => {
  it("HAB-7: a new establishment under the same SIREN joins without a new application", () => {
    expect(checkNewEstablishment("732 829 320", "732 829 320 00074")).toEqual({ ok: true, newApplicationNeeded: false });
  });

  it("HAB-7: an establishment of another SIREN needs its own application", () => {
    const result = checkNewEstablishment("732829320", "55208131766522");
    expect(result).toMatchObject({ ok: false, newApplicationNeeded: true });
    if (!result.ok) expect(result.reason).toContain("doit déposer sa propre demande d'habilitation");
  });

  it("HAB-7: malformed identifiers are refused with the identifier's own reason", () => {
    expect(checkNewEstablishment("732829321", "73282932000074")).toMatchObject({ ok: false, newApplicationNeeded: false });
    expect(checkNewEstablishment("732829320", "7328293200007")).toMatchObject({ ok: false, newApplicationNeeded: false });
  });

  it("HAB-7: a habilitation is never transferred to another SIREN", () => {
    const result = checkTransfer("732829320", "552081317");
    expect(result).toEqual({
      ok: false,
      reason:
        "L'habilitation est personnelle : elle ne peut en aucun cas être cédée, totalement ou partiellement, à une autre personne morale (SIREN 552081317). Celle-ci doit déposer sa propre demande d'habilitation.",
    });
    expect(checkTransfer("732829320", "not a siren")).toMatchObject({ ok: false });
  });

  it("HAB-7: the same SIREN is no transfer", () => {
    expect(checkTransfer("732829320", "732 829 320")).toEqual({ ok: true });
  });
});
