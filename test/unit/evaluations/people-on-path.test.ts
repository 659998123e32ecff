import { describe, expect, it } from "vitest";

import { checkIntervenantRole, type IntervenantFacts } from "../../../src/evaluations/rules/intervenants";
import { checkRemoteEvaluationComplete, type RemoteEvaluationRecord } from "../../../src/evaluations/rules/remote-evaluation";
import { checkEvaluators, checkJuryMembers, checkTrainerAssignment } from "../../../src/evaluations/rules/trainer-separation";
import { expectAccepted, expectRefused } from "./fixtures";

const claire = { intervenantId: 7, fullName: "Claire Dubois" };
const marc = { intervenantId: 8, fullName: "Marc Petit" };
const outsider = { intervenantId: null, fullName: "Hélène Faure" };

describe("trainer and evaluator (EVA-3)", () => {
  it("EVA-3: the person's trainer can never be their evaluator", () => {
    const refusal = expectRefused(checkEvaluators([marc, claire], [claire]));
    expect(refusal).toMatchObject({ code: "CONFLICT", rule: "EVA-3" });
    expect(refusal.message).toBe(
      "Claire Dubois forme ce candidat : le formateur d'un candidat ne peut en aucun cas être évaluateur de cette même personne, et le jury est distinct du formateur (règlement d'évaluation, art. 3 et 5). Choisissez un autre évaluateur.",
    );
    expect(expectAccepted(checkEvaluators([marc], [claire]))).toEqual([marc]);
  });

  it("EVA-3: whichever is recorded first: an evaluator cannot become the person's trainer", () => {
    const refusal = expectRefused(checkTrainerAssignment(marc, [marc], []));
    expect(refusal.message).toContain("Marc Petit a déjà évalué ce candidat et ne peut donc pas le former");
    expectAccepted(checkTrainerAssignment(claire, [marc], []));
  });

  it("EVA-3: a jury member cannot become the person's trainer, nor the trainer sit on the jury", () => {
    expect(expectRefused(checkTrainerAssignment(claire, [], [outsider, claire])).message).toContain("siège au jury qui statue sur ce candidat");
    const refusal = expectRefused(checkJuryMembers([outsider, claire], [claire]));
    expect(refusal.message).toContain("Claire Dubois forme ce candidat et ne peut siéger au jury qui statue sur lui");
  });

  it("EVA-3: a trainer entered as an outside jury member is still recognised by name", () => {
    expectRefused(checkJuryMembers([{ intervenantId: null, fullName: "  CLAIRE dubois " }], [claire]));
    expectAccepted(checkJuryMembers([outsider, marc], [claire]));
  });

  it("EVA-5: every jury member is named", () => {
    expect(expectRefused(checkJuryMembers([], [])).message).toBe("Le jury est composé par l'organisme : nommez chacun de ses membres.");
    expectRefused(checkJuryMembers([outsider, { intervenantId: null, fullName: " " }], []));
  });
});

describe("intervenants' roles", () => {
  const intervenant: IntervenantFacts = { id: 7, organismId: 3, fullName: "Claire Dubois", evaluator: true, trainer: false, remoteReady: false };

  it("EVA-3: evaluators and trainers are the organism's intervenants in their declared role", () => {
    expectAccepted(checkIntervenantRole(intervenant, 3, "EVALUATOR", false));
    expect(expectRefused(checkIntervenantRole(intervenant, 4, "EVALUATOR", false)).message).toContain("n'est pas un intervenant de cet organisme");
    expect(expectRefused(checkIntervenantRole(intervenant, 3, "TRAINER", false)).message).toContain("n'est pas déclaré formateur");
  });

  it("EVA-8: a remote evaluation needs evaluators declared competent for it", () => {
    const refusal = expectRefused(checkIntervenantRole(intervenant, 3, "EVALUATOR", true));
    expect(refusal).toMatchObject({ rule: "EVA-8" });
    expectAccepted(checkIntervenantRole({ ...intervenant, remoteReady: true }, 3, "EVALUATOR", true));
  });
});

describe("remote evaluation (EVA-8)", () => {
  const complete: RemoteEvaluationRecord = {
    identityCheck: { checkedOn: "2025-10-06", method: "Pièce d'identité présentée à la caméra" },
    pathTraceability: "Journaux de connexion de la plateforme d'évaluation",
    reinforcedSupport: "Entretien individuel avant chaque séquence",
    feasibilityCheckedOn: "2025-09-29",
    synchronousPhases: [{ heldOn: "2025-10-06", minutes: 90 }],
  };

  it("EVA-8: complete, it can be validated", () => {
    expect(expectAccepted(checkRemoteEvaluationComplete(complete))).toBe(complete);
  });

  it("EVA-8: missing any element, it cannot be validated, and every missing element is named", () => {
    const refusal = expectRefused(
      checkRemoteEvaluationComplete({ ...complete, identityCheck: null, pathTraceability: " ", reinforcedSupport: null, feasibilityCheckedOn: null, synchronousPhases: [] }),
    );
    expect(refusal).toMatchObject({ code: "BAD_USER_INPUT", rule: "EVA-8" });
    expect(refusal.message).toBe(
      "Une évaluation à distance n'est validée que complète ; il manque : le contrôle de l'identité de la personne (date et moyen) ; la traçabilité du parcours (où la trace est conservée) ; l'accompagnement renforcé et adapté à la personne ; la phase préalable de faisabilité cognitive et technique ; au moins une phase synchrone (date et durée). Complétez-la puis enregistrez-la à nouveau.",
    );
  });

  it("EVA-8: malformed dates and over-long descriptions are refused before anything is stored", () => {
    const refusal = expectRefused(checkRemoteEvaluationComplete({ ...complete, feasibilityCheckedOn: "29/09/2025", reinforcedSupport: "x".repeat(501) }));
    expect(refusal.message).toBe("Évaluation à distance : vérifiez date « 29/09/2025 » (attendu AAAA-MM-JJ), description (500 caractères au plus).");
  });

  it("EVA-8: one missing element is enough to refuse", () => {
    expect(expectRefused(checkRemoteEvaluationComplete({ ...complete, synchronousPhases: [{ heldOn: "2025-10-06", minutes: 0 }] })).message).toContain("au moins une phase synchrone");
  });
});
