import { describe, expect, it } from "vitest";
import { checkMandate, mandateInForce } from "../../../src/organisms/rules/mandate";
import { checkSituationReport, isLate } from "../../../src/organisms/rules/situation-change";

describe("mandates", () => {
  const mandate = { mandataireName: "Conseil Gamma", proofReference: "Mandat signé le 5 janvier 2026", validFrom: "2026-01-05" };

  it("HAB-2: a mandate with its proof is accepted, open-ended by default", () => {
    expect(checkMandate(mandate)).toEqual({ ok: true, value: { ...mandate, validUntil: null } });
  });

  it("HAB-2: without proof of mandate, no mandate", () => {
    expect(checkMandate({ ...mandate, proofReference: "   " })).toMatchObject({
      ok: false,
      errors: [{ field: "proofReference", message: expect.stringContaining("Preuve du mandat (proofReference)") }],
    });
  });

  it("HAB-2: the mandataire is named, the period is made of dates in order", () => {
    const result = checkMandate({ mandataireName: "", proofReference: "p", validFrom: "2026-13-01", validUntil: "2025-01-01" });
    expect(result).toMatchObject({ ok: false, errors: [{ field: "mandataireName" }, { field: "validFrom" }] });
    expect(checkMandate({ ...mandate, validUntil: "2026-01-04" })).toMatchObject({ ok: false, errors: [{ field: "validUntil" }] });
  });

  it("HAB-2: a mandate is in force from its first to its last day", () => {
    const period = { validFrom: "2026-01-05", validUntil: "2026-06-30" };
    expect(mandateInForce(period, "2026-01-04")).toBe(false);
    expect(mandateInForce(period, "2026-01-05")).toBe(true);
    expect(mandateInForce(period, "2026-06-30")).toBe(true);
    expect(mandateInForce(period, "2026-07-01")).toBe(false);
    expect(mandateInForce({ validFrom: "2026-01-05", validUntil: null }, "2099-01-01")).toBe(true);
  });
});

describe("changes of situation", () => {
  it("HAB-7: reported within 30 days of the change: in time", () => {
    const result = checkSituationReport("NAME", "2026-02-08", "Nouvelle dénomination : Alpha Formation", "2026-03-10");
    expect(result).toEqual({
      ok: true,
      value: {
        kind: "NAME",
        changedOn: "2026-02-08",
        reportedOn: "2026-03-10",
        dueOn: "2026-03-10",
        late: false,
        description: "Nouvelle dénomination : Alpha Formation",
        lateReason: null,
      },
    });
  });

  it("HAB-7: reported after 30 days: accepted, flagged late, with the reason", () => {
    const result = checkSituationReport("QUALIOPI_LOST", "2026-02-07", "Certificat non renouvelé", "2026-03-10");
    expect(result).toMatchObject({ ok: true, value: { dueOn: "2026-03-09", late: true, lateReason: expect.stringContaining("hors délai") } });
    if (result.ok) expect(isLate(result.value)).toBe(true);
  });

  it("HAB-7: a change is reported once it happened, described, of a known kind", () => {
    expect(checkSituationReport("NAME", "2026-03-11", "x", "2026-03-10")).toMatchObject({ ok: false, errors: [{ field: "changedOn" }] });
    expect(checkSituationReport("NAME", "2026-03-01", " ", "2026-03-10")).toMatchObject({ ok: false, errors: [{ field: "description" }] });
    expect(checkSituationReport("BANKRUPT", "2026-03-01", "x", "2026-03-10")).toMatchObject({ ok: false, errors: [{ field: "kind" }] });
  });
});
