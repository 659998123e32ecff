import { describe, expect, it } from "vitest";

import { type Accommodation, checkAccommodation } from "../../../src/evaluations/rules/accommodations";
import { pathStatus } from "../../../src/evaluations/rules/path";
import { checkEvaluationDuration, checkWithinPath, pathEndsOn } from "../../../src/evaluations/rules/path-limits";
import { checkFinalEvaluation, checkPreliminaryEvaluation } from "../../../src/evaluations/rules/path-steps";
import { CLEA, assess, expectAccepted, expectRefused } from "./fixtures";

const extraHour: Accommodation = expectAccepted(checkAccommodation({ kind: "DURATION", description: "Tiers-temps", extraMinutes: 60 }));

describe("accommodations", () => {
  it("EVA-6: each kind art. 6 lists is recorded with what is provided", () => {
    for (const kind of ["ACCESSIBLE_PREMISES", "HUMAN_AID", "MATERIAL_AID", "TECHNICAL_AID"]) {
      expect(expectAccepted(checkAccommodation({ kind, description: "  Logiciel de lecture   audio " }))).toEqual({ kind, description: "Logiciel de lecture audio", extraMinutes: null });
    }
    expect(extraHour).toEqual({ kind: "DURATION", description: "Tiers-temps", extraMinutes: 60 });
  });

  it("EVA-6: no accommodation can waive a criterion or lower the level: such a kind does not exist", () => {
    const refusal = expectRefused(checkAccommodation({ kind: "CRITERION_EXEMPTION", description: "Dispense du critère 2-3.1" }));
    expect(refusal).toMatchObject({ code: "BAD_USER_INPUT", rule: "EVA-6" });
    expect(refusal.message).toContain("Les aménagements ne peuvent modifier le contenu des épreuves et garantissent le maintien du niveau de maîtrise requis des compétences");
    expect(refusal.message).toContain("« Adaptation de la durée »");
  });

  it("EVA-6: only an adaptation of duration adds time, and it says how much", () => {
    expect(expectRefused(checkAccommodation({ kind: "DURATION", description: "Tiers-temps" })).message).toContain("temps ajouté, en minutes entières");
    expect(expectRefused(checkAccommodation({ kind: "HUMAN_AID", description: "Secrétaire", extraMinutes: 30 })).message).toContain("« Aide humaine » n'en ajoute pas");
    expect(expectRefused(checkAccommodation({ kind: "HUMAN_AID", description: "  " })).message).toContain("sans mentionner la situation de santé");
  });

  it("EVA-6: an adaptation of duration extends the maximum, never what is assessed", () => {
    expectAccepted(checkEvaluationDuration({ certification: "CLEA", kind: "PRELIMINARY", sittings: [{ heldOn: "2025-09-15", minutes: 480 }], accommodations: [extraHour] }));
    const assessments = assess(CLEA).filter((a) => a.code !== "4.2");
    const refusal = expectRefused(
      checkPreliminaryEvaluation({ referential: CLEA, previous: [], sittings: [{ heldOn: "2025-09-15", minutes: 480 }], assessments, enrolledOn: "2025-09-01", today: "2025-09-16" }),
    );
    expect(refusal.message).toContain("1 critère non apprécié : 4.2");
  });
});

describe("CléA (base) path limits", () => {
  it("EVA-9: the preliminary evaluation lasts at most 7 h, over several sequences", () => {
    const sittings = [
      { heldOn: "2025-09-15", minutes: 240 },
      { heldOn: "2025-09-16", minutes: 180 },
    ];
    expect(expectAccepted(checkEvaluationDuration({ certification: "CLEA", kind: "PRELIMINARY", sittings, accommodations: [] }))).toEqual({ totalMinutes: 420, maximumMinutes: 420 });
    const refusal = expectRefused(
      checkEvaluationDuration({ certification: "CLEA", kind: "PRELIMINARY", sittings: [...sittings, { heldOn: "2025-09-17", minutes: 15 }], accommodations: [] }),
    );
    expect(refusal.message).toBe("L'évaluation préalable dure au plus 7 h ; les séquences déclarées totalisent 7 h 15. Corrigez les durées ou répartissez l'évaluation autrement.");
  });

  it("EVA-9: the final evaluation lasts at most 3 h, plus an adaptation of duration", () => {
    expectAccepted(checkEvaluationDuration({ certification: "CLEA", kind: "FINAL", sittings: [{ heldOn: "2026-01-12", minutes: 180 }], accommodations: [] }));
    const refusal = expectRefused(checkEvaluationDuration({ certification: "CLEA", kind: "FINAL", sittings: [{ heldOn: "2026-01-12", minutes: 250 }], accommodations: [extraHour] }));
    expect(refusal.message).toBe(
      "L'évaluation finale dure au plus 4 h (3 h, plus 1 h d'adaptation de la durée) ; les séquences déclarées totalisent 4 h 10. Corrigez les durées ou répartissez l'évaluation autrement.",
    );
  });

  it("EVA-9: CléA numérique follows the same path; the CléA management convention sets no duration", () => {
    expect(expectRefused(checkEvaluationDuration({ certification: "CLEA_NUMERIQUE", kind: "FINAL", sittings: [{ heldOn: "2026-01-12", minutes: 181 }], accommodations: [] })).rule).toBe("EVA-9");
    expect(expectAccepted(checkEvaluationDuration({ certification: "CLEA_MANAGEMENT", kind: "FINAL", sittings: [{ heldOn: "2026-01-12", minutes: 600 }], accommodations: [] }))).toEqual({
      totalMinutes: 600,
      maximumMinutes: null,
    });
  });

  it("EVA-9: the whole path lies within 5 years of the preliminary evaluation", () => {
    expect(pathEndsOn("CLEA", "2025-09-15")).toBe("2030-09-15");
    expect(pathEndsOn("CLEA_MANAGEMENT", "2025-09-15")).toBeNull();
    expectAccepted(checkWithinPath("CLEA", "2025-09-15", "2030-09-15"));
    const refusal = expectRefused(checkWithinPath("CLEA", "2025-09-15", "2030-09-16"));
    expect(refusal.message).toContain("devait s'achever au plus tard le 15/09/2030 (5 ans)");
    expect(refusal.message).toContain("nouvelle évaluation préalable");
  });

  it("EVA-9: partial validation is kept across steps within the 5 years, then lapses", () => {
    const preliminary = { kind: "PRELIMINARY" as const, heldOn: "2025-09-15", assessments: assess(CLEA, { notAcquired: ["7.1"] }), scorePercent: 80 };
    const within = pathStatus(CLEA, [preliminary], "2029-06-01");
    expect(within).toMatchObject({ lapsed: false, remainingDomains: ["7"], pathEndsOn: "2030-09-15" });
    const final = expectAccepted(
      checkFinalEvaluation({
        referential: CLEA,
        previous: [preliminary],
        sittings: [{ heldOn: "2029-06-01", minutes: 120 }],
        assessments: assess(CLEA, { only: ["7.1"] }),
        scorePercent: 82,
        enrolledOn: "2025-09-01",
        today: "2029-06-01",
      }),
    );
    expect(final.validatedDomains).toHaveLength(7);
    expect(pathStatus(CLEA, [preliminary], "2030-09-16").lapsed).toBe(true);
  });

  it("REF-4: CléA (base) also needs 75 % of the points", () => {
    const status = pathStatus(CLEA, [{ kind: "PRELIMINARY", heldOn: "2025-09-15", assessments: assess(CLEA), scorePercent: 70 }], "2025-09-16");
    expect(status.remainingDomains).toEqual([]);
    expect(status.outcome).toEqual({ obtained: false, missingDomains: [], reason: "CléA demande aussi au moins 75 % des points." });
  });
});
