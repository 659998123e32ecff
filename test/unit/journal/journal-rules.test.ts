import { describe, expect, it } from "vitest";

import type { Actor } from "../../../src/common/auth/actor";
import { publicOutcome } from "../../../src/habilitations/rules/public-decision";
import { parseRange } from "../../../src/journal/rules/time-range";
import { mayReadJournal as canReadJournal } from "../../../src/instances/rules/roles";

const member = (role: Actor["role"], instanceCode: string | null): Actor => ({
  userId: 1,
  email: "x@y.demo",
  role,
  instanceId: instanceCode ? 1 : null,
  instanceCode,
  instanceKind: instanceCode === "CERTIF_PRO" ? "CERTIFIER" : instanceCode ? "CPNE" : null,
});

describe("journal visibility", () => {
  it("INS-2: an Instance's members, providers included, read its journal, not another's", () => {
    for (const role of ["DECISION_MAKER", "STAFF", "PROVIDER"] as const) {
      expect(canReadJournal(member(role, "CPNE_PROPRETE"), "CPNE_PROPRETE")).toBe(true);
      expect(canReadJournal(member(role, "CPNE_PROPRETE"), "CPNE_METALLURGIE")).toBe(false);
      expect(canReadJournal(member(role, "CPNE_PROPRETE"), "CERTIF_PRO")).toBe(false);
    }
  });

  it("CTX-5: Certif Pro's members read every Instance's journal", () => {
    for (const role of ["DECISION_MAKER", "STAFF", "PROVIDER"] as const) {
      expect(canReadJournal(member(role, "CERTIF_PRO"), "CPNE_METALLURGIE")).toBe(true);
    }
  });

  it("INS-1: organisms, Mandataires and anonymous callers read no journal", () => {
    expect(canReadJournal(member("ORGANISM_ADMIN", null), "CERTIF_PRO")).toBe(false);
    expect(canReadJournal(member("MANDATAIRE", null), "CERTIF_PRO")).toBe(false);
    expect(canReadJournal(null, "CERTIF_PRO")).toBe(false);
  });
});

describe("journal time range", () => {
  it("a day is read in Paris time, whole day included", () => {
    const range = parseRange("2026-07-01", "2026-07-01");
    expect(range).toEqual({ ok: true, from: new Date("2026-06-30T22:00:00.000Z"), to: new Date("2026-07-01T21:59:59.999Z") });
  });

  it("an instant keeps its offset; without one it is Paris time", () => {
    expect(parseRange("2026-01-15T10:00:00Z", null)).toEqual({ ok: true, from: new Date("2026-01-15T10:00:00.000Z"), to: null });
    expect(parseRange(null, "2026-01-15T10:00:00")).toEqual({ ok: true, from: null, to: new Date("2026-01-15T09:00:00.000Z") });
  });

  it("malformed bounds and reversed ranges are refused", () => {
    expect(parseRange("2026-02-30", null).ok).toBe(false);
    expect(parseRange("hier", null).ok).toBe(false);
    expect(parseRange(null, "2026").ok).toBe(false);
    expect(parseRange("2026-03-02", "2026-03-01")).toEqual({ ok: false, reason: "La fin (« 2026-03-01 ») précède le début (« 2026-03-02 »)." });
  });
});

describe("public decisions", () => {
  const facts = { instanceKind: "CPNE" as const, applicationField: null, instanceField: "Propreté et services associés", durationMonths: 36 };

  it("HAB-5: an acceptance states its duration and, for a CPNE, the professional field", () => {
    expect(publicOutcome({ ...facts, status: "NOTIFIED_ACCEPTED" })).toEqual({
      outcome: "ACCEPTED",
      outcomeLabel: "Habilitation accordée",
      professionalField: "Propreté et services associés",
      durationMonths: 36,
    });
    expect(publicOutcome({ ...facts, status: "NOTIFIED_ACCEPTED", applicationField: "Nettoyage industriel" }).professionalField).toBe("Nettoyage industriel");
    expect(publicOutcome({ ...facts, status: "NOTIFIED_ACCEPTED", instanceKind: "CERTIFIER", instanceField: null }).professionalField).toBeNull();
  });

  it("HAB-5: a refusal is published without its reasons, field or duration", () => {
    expect(publicOutcome({ ...facts, status: "NOTIFIED_REFUSED" })).toEqual({
      outcome: "REFUSED",
      outcomeLabel: "Habilitation refusée",
      professionalField: null,
      durationMonths: null,
    });
    expect(publicOutcome({ ...facts, status: "APPEAL_DISMISSED" }).outcomeLabel).toBe("Habilitation refusée");
    expect(publicOutcome({ ...facts, status: "APPEAL_DISMISSED_NOTIFIED" }).outcomeLabel).toBe("Habilitation refusée (recours rejeté)");
  });
});
