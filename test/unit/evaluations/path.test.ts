import { describe, expect, it } from "vitest";

import { pathStatus, type RecordedEvaluation } from "../../../src/evaluations/rules/path";
import { checkFinalEvaluation, checkPreliminaryEvaluation, checkTraining } from "../../../src/evaluations/rules/path-steps";
import { MANAGEMENT, assess, competencesOfDomain, expectAccepted, expectRefused } from "./fixtures";

const enrolledOn = "2025-09-01";
const domain3 = competencesOfDomain(MANAGEMENT, "3");

const preliminary = (notAcquired: readonly string[], heldOn = "2025-09-15"): RecordedEvaluation => ({
  kind: "PRELIMINARY",
  heldOn,
  assessments: assess(MANAGEMENT, { notAcquired }),
});

describe("preliminary evaluation", () => {
  it("EVA-2: it positions the person on every competence and validates at once the domains fully acquired", () => {
    const result = expectAccepted(
      checkPreliminaryEvaluation({
        referential: MANAGEMENT,
        previous: [],
        sittings: [{ heldOn: "2025-09-15", minutes: 240 }],
        assessments: assess(MANAGEMENT, { notAcquired: ["3-2"] }),
        enrolledOn,
        today: "2025-09-16",
      }),
    );
    expect(result.validatedDomains).toEqual(["1", "2"]);
    expect(result.acquiredCompetences).toHaveLength(16);
    expect(result.heldOn).toBe("2025-09-15");
  });

  it("EVA-2, REF-4: validated at once by the preliminary evaluation, nothing is left and the certificate may be obtained", () => {
    const status = pathStatus(MANAGEMENT, [preliminary([])], "2025-09-16");
    expect(status).toMatchObject({ validatedDomains: ["1", "2", "3"], remainingDomains: [], remainingCompetences: [], outcome: { obtained: true } });
  });

  it("EVA-2: it is positioned criterion by criterion: a criterion left unassessed is named", () => {
    const assessments = assess(MANAGEMENT).filter((a) => a.code !== "2-3.2");
    const refusal = expectRefused(
      checkPreliminaryEvaluation({ referential: MANAGEMENT, previous: [], sittings: [{ heldOn: "2025-09-15", minutes: 240 }], assessments, enrolledOn, today: "2025-09-16" }),
    );
    expect(refusal.message).toBe("L'évaluation préalable positionne la personne sur tout le référentiel ; 1 critère non apprécié : 2-3.2.");
  });

  it("EVA-2: codes outside the referential version are refused", () => {
    const refusal = expectRefused(
      checkPreliminaryEvaluation({
        referential: MANAGEMENT,
        previous: [],
        sittings: [{ heldOn: "2025-09-15", minutes: 240 }],
        assessments: [...assess(MANAGEMENT), { code: "4-1.1", acquired: true }],
        enrolledOn,
        today: "2025-09-16",
      }),
    );
    expect(refusal.message).toContain("1 code inconnu dans le référentiel CLEA_MANAGEMENT 2023-02-14 : 4-1.1");
  });

  it("EVA-2: one preliminary evaluation per path", () => {
    const refusal = expectRefused(
      checkPreliminaryEvaluation({ referential: MANAGEMENT, previous: [preliminary([])], sittings: [{ heldOn: "2025-10-01", minutes: 60 }], assessments: assess(MANAGEMENT), enrolledOn, today: "2025-10-02" }),
    );
    expect(refusal).toMatchObject({ code: "CONFLICT", rule: "EVA-2" });
  });

  it("EVA-2: an evaluation is recorded once held, after the enrolment", () => {
    const base = { referential: MANAGEMENT, previous: [], assessments: assess(MANAGEMENT), enrolledOn, today: "2025-09-16" };
    expect(expectRefused(checkPreliminaryEvaluation({ ...base, sittings: [{ heldOn: "2025-09-17", minutes: 60 }] })).message).toContain("est à venir");
    expect(expectRefused(checkPreliminaryEvaluation({ ...base, sittings: [{ heldOn: "2025-08-29", minutes: 60 }] })).message).toContain("précéder l'inscription du 01/09/2025");
  });
});

describe("training and final evaluation", () => {
  it("EVA-2: a training path follows the preliminary evaluation while something is left to acquire", () => {
    expect(expectRefused(checkTraining({ referential: MANAGEMENT, previous: [], startsOn: "2025-09-20", today: "2025-09-20" })).message).toContain(
      "préconisé par l'évaluation préalable",
    );
    expect(expectAccepted(checkTraining({ referential: MANAGEMENT, previous: [preliminary(domain3)], startsOn: "2025-09-20", today: "2025-09-20" })).remainingCompetences).toEqual(domain3);
    expect(expectRefused(checkTraining({ referential: MANAGEMENT, previous: [preliminary([])], startsOn: "2025-09-20", today: "2025-09-20" })).code).toBe("CONFLICT");
  });

  it("EVA-2: after training, the final evaluation on what was not acquired validates the last domain", () => {
    const result = expectAccepted(
      checkFinalEvaluation({
        referential: MANAGEMENT,
        previous: [preliminary(domain3)],
        sittings: [{ heldOn: "2026-01-12", minutes: 150 }],
        assessments: assess(MANAGEMENT, { only: domain3 }),
        enrolledOn,
        today: "2026-01-12",
      }),
    );
    expect(result).toEqual({ heldOn: "2026-01-12", acquiredCompetences: domain3, validatedDomains: ["1", "2", "3"] });
  });

  it("EVA-2: asking for an acquired competence again is refused, naming when it was acquired", () => {
    const refusal = expectRefused(
      checkFinalEvaluation({
        referential: MANAGEMENT,
        previous: [preliminary(["3-2"])],
        sittings: [{ heldOn: "2026-01-12", minutes: 90 }],
        assessments: assess(MANAGEMENT, { only: ["3-1", "3-2"] }),
        enrolledOn,
        today: "2026-01-12",
      }),
    );
    expect(refusal).toMatchObject({ code: "BAD_USER_INPUT", rule: "EVA-2" });
    expect(refusal.message).toBe(
      "L'évaluation finale porte uniquement sur les compétences non acquises ; est déjà acquise : 3-1 (acquise lors de l'évaluation préalable du 15/09/2025). Retirez-la de l'évaluation.",
    );
  });

  it("EVA-2: the final evaluation assesses every criterion of each competence it covers", () => {
    const assessments = assess(MANAGEMENT, { only: ["3-2"] }).slice(1);
    const refusal = expectRefused(
      checkFinalEvaluation({ referential: MANAGEMENT, previous: [preliminary(["3-2"])], sittings: [{ heldOn: "2026-01-12", minutes: 60 }], assessments, enrolledOn, today: "2026-01-12" }),
    );
    expect(refusal.message).toContain("L'évaluation finale apprécie chaque compétence évaluée sur tous ses critères ; 1 critère non apprécié : 3-2.1");
  });

  it("EVA-2: no final evaluation before the preliminary one, nor once everything is acquired", () => {
    const base = { referential: MANAGEMENT, sittings: [{ heldOn: "2026-01-12", minutes: 60 }], assessments: assess(MANAGEMENT, { only: ["3-2"] }), enrolledOn, today: "2026-01-12" };
    expect(expectRefused(checkFinalEvaluation({ ...base, previous: [] })).message).toContain("enregistrez d'abord l'évaluation préalable");
    expect(expectRefused(checkFinalEvaluation({ ...base, previous: [preliminary([])] })).message).toContain("le dossier peut être présenté au jury");
  });

  it("EVA-2, REF-4: failing one domain at the final evaluation leaves exactly that domain to validate; a later one completes it", () => {
    const first: RecordedEvaluation = { kind: "FINAL", heldOn: "2026-01-12", assessments: assess(MANAGEMENT, { only: ["2-4", "3-2"], notAcquired: ["3-2"] }) };
    const status = pathStatus(MANAGEMENT, [preliminary(["2-4", "3-2"]), first], "2026-01-13");
    expect(status).toMatchObject({ validatedDomains: ["1", "2"], remainingDomains: ["3"], remainingCompetences: ["3-2"], outcome: { obtained: false } });
    const second = expectAccepted(
      checkFinalEvaluation({
        referential: MANAGEMENT,
        previous: [preliminary(["2-4", "3-2"]), first],
        sittings: [{ heldOn: "2026-06-08", minutes: 60 }],
        assessments: assess(MANAGEMENT, { only: ["3-2"] }),
        enrolledOn,
        today: "2026-06-08",
      }),
    );
    expect(second.validatedDomains).toEqual(["1", "2", "3"]);
  });
});
