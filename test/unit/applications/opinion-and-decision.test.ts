import { describe, expect, it } from "vitest";

import { APPEAL_NOTICE, applicableCriteria, checkDecision, checkOpinion, CONVENTION_CRITERIA, type CriterionAssessment, type HabilitationCriterion } from "../../../src/applications/rules/opinion";

const CODES = ["INTERVENANTS", "SUPPORT", "EVALUATION_APPROACH", "TRAINING_CAPACITY", "QUALITY_ASSURANCE"];

function allMet(criteria: readonly HabilitationCriterion[]): CriterionAssessment[] {
  return criteria.map((criterion) => ({ criterionCode: criterion.code, met: true, reason: "Pièces probantes fournies." }));
}

function withUnmet(criteria: readonly HabilitationCriterion[], codes: Record<string, string>): CriterionAssessment[] {
  return allMet(criteria).map((assessment) =>
    assessment.criterionCode in codes ? { ...assessment, met: false, reason: codes[assessment.criterionCode]! } : assessment,
  );
}

describe("habilitation criteria", () => {
  it("HAB-1: five cumulative criteria of section II, with the convention's wording", () => {
    expect(CONVENTION_CRITERIA.map((criterion) => criterion.code)).toEqual(CODES);
    expect(CONVENTION_CRITERIA.map((criterion) => criterion.label)).toEqual([
      "Mettre à disposition des intervenants",
      "Proposer un accompagnement technique et pédagogique à chaque candidat en fonction de son niveau d'autonomie",
      "Mettre en œuvre une démarche, des outils et modalités d'évaluation adaptés au(x) public(s) cible(s) permettant la couverture totale des domaines du Référentiel",
      "Être en mesure de proposer en tant que de besoin des actions de formation préparant aux épreuves du certificat CléA management, selon une méthodologie de formation rigoureuse",
      "Justifier de la mise en œuvre d'une démarche d'assurance qualité",
    ]);
    expect(CONVENTION_CRITERIA.every((criterion) => criterion.origin === "CONVENTION")).toBe(true);
  });

  it("CTX-3: a CPNE adds its own criteria after those of section II", () => {
    const criteria = applicableCriteria([{ code: "HACCP", label: "Maîtriser les règles d'hygiène alimentaire" }]);
    expect(criteria.map((criterion) => criterion.code)).toEqual([...CODES, "HACCP"]);
    expect(criteria[5]).toEqual({ code: "HACCP", label: "Maîtriser les règles d'hygiène alimentaire", origin: "CONTEXTUALISATION" });
    expect(applicableCriteria()).toEqual(CONVENTION_CRITERIA);
  });

  it("CTX-3: a contextual criterion cannot reuse a code or be blank", () => {
    expect(() => applicableCriteria([{ code: "SUPPORT", label: "x" }])).toThrow(RangeError);
    expect(() => applicableCriteria([{ code: "A", label: "x" }, { code: "A", label: "y" }])).toThrow(RangeError);
    expect(() => applicableCriteria([{ code: " ", label: "x" }])).toThrow(RangeError);
  });
});

describe("checkOpinion", () => {
  const criteria = applicableCriteria([{ code: "HACCP", label: "Maîtriser les règles d'hygiène alimentaire" }]);

  it("HAB-4: an opinion reasoned on every criterion, contextual ones included, passes", () => {
    expect(checkOpinion(criteria, allMet(criteria))).toEqual({ ok: true, allMet: true, unmet: [] });
    const result = checkOpinion(criteria, withUnmet(criteria, { HACCP: "Aucun intervenant formé." }));
    expect(result).toEqual({
      ok: true,
      allMet: false,
      unmet: [{ criterionCode: "HACCP", met: false, reason: "Aucun intervenant formé." }],
    });
  });

  it("HAB-4: every problem is reported at once: missing, duplicated, unknown, unreasoned", () => {
    const assessments: CriterionAssessment[] = [
      { criterionCode: "INTERVENANTS", met: true, reason: "CV conformes." },
      { criterionCode: "INTERVENANTS", met: false, reason: "Doublon." },
      { criterionCode: "SUPPORT", met: true, reason: "   " },
      { criterionCode: "EVALUATION_APPROACH", met: false, reason: "Ingénierie absente." },
      { criterionCode: "TRAINING_CAPACITY", met: true, reason: "Parcours fourni." },
      { criterionCode: "LOCAUX", met: true, reason: "Locaux adaptés." },
    ];
    const result = checkOpinion(criteria, assessments);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.kind, problem.criterionCode])).toEqual([
      ["DUPLICATED", "INTERVENANTS"],
      ["BLANK_REASON", "SUPPORT"],
      ["UNKNOWN", "LOCAUX"],
      ["MISSING", "QUALITY_ASSURANCE"],
      ["MISSING", "HACCP"],
    ]);
    expect(result.problems[1]!.message).toBe(
      "L'appréciation du critère « Proposer un accompagnement technique et pédagogique à chaque candidat en fonction de son niveau d'autonomie » n'est pas motivée : indiquez pourquoi il est satisfait.",
    );
    expect(result.reason).toContain("« Justifier de la mise en œuvre d'une démarche d'assurance qualité » n'est pas apprécié");
  });

  it("CTX-3: a Certif Pro opinion without the CPNE criteria is incomplete under a CPNE", () => {
    const result = checkOpinion(criteria, allMet(CONVENTION_CRITERIA));
    expect(result).toMatchObject({ ok: false, problems: [{ kind: "MISSING", criterionCode: "HACCP" }] });
  });
});

describe("checkDecision", () => {
  it("HAB-5: accepted if all criteria are met", () => {
    expect(checkDecision({ outcome: "ACCEPT", instanceKind: "CERTIFIER", criteria: CONVENTION_CRITERIA, assessments: allMet(CONVENTION_CRITERIA) })).toEqual({
      ok: true,
      outcome: "ACCEPT",
    });
  });

  it("HAB-5: acceptance is refused while a criterion is not met, naming it", () => {
    const result = checkDecision({
      outcome: "ACCEPT",
      instanceKind: "CERTIFIER",
      criteria: CONVENTION_CRITERIA,
      assessments: withUnmet(CONVENTION_CRITERIA, { SUPPORT: "Pas d'accompagnement décrit.", QUALITY_ASSURANCE: "Aucune démarche qualité." }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(
        "La demande ne peut être acceptée que si tous les critères sont satisfaits ; ne le sont pas : « Proposer un accompagnement technique et pédagogique à chaque candidat en fonction de son niveau d'autonomie » et « Justifier de la mise en œuvre d'une démarche d'assurance qualité ».",
      );
    }
  });

  it("HAB-5: a refusal states its reasons per criterion not met and how to appeal", () => {
    const criteria = applicableCriteria([{ code: "HACCP", label: "Maîtriser les règles d'hygiène alimentaire" }]);
    const result = checkDecision({
      outcome: "REFUSE",
      instanceKind: "CPNE",
      criteria,
      assessments: withUnmet(criteria, { EVALUATION_APPROACH: "Modalités sans lien avec les compétences visées.", HACCP: "Aucun intervenant formé." }),
    });
    expect(result).toEqual({
      ok: true,
      outcome: "REFUSE",
      grounds: [
        { criterionCode: "EVALUATION_APPROACH", label: CONVENTION_CRITERIA[2]!.label, reason: "Modalités sans lien avec les compétences visées." },
        { criterionCode: "HACCP", label: "Maîtriser les règles d'hygiène alimentaire", reason: "Aucun intervenant formé." },
      ],
      appealNotice: APPEAL_NOTICE,
    });
    expect(APPEAL_NOTICE).toContain("30 jours ouvrés");
  });

  it("HAB-5: a refusal with every criterion met is not allowed", () => {
    const result = checkDecision({ outcome: "REFUSE", instanceKind: "CERTIFIER", criteria: CONVENTION_CRITERIA, assessments: allMet(CONVENTION_CRITERIA) });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toContain("la demande doit être acceptée");
  });

  it("HAB-5: a CPNE's acceptance states the professional field", () => {
    const base = { outcome: "ACCEPT" as const, instanceKind: "CPNE" as const, criteria: CONVENTION_CRITERIA, assessments: allMet(CONVENTION_CRITERIA) };
    expect(checkDecision(base)).toMatchObject({ ok: false, reason: expect.stringContaining("champ professionnel") });
    expect(checkDecision({ ...base, professionalField: "  " })).toMatchObject({ ok: false });
    expect(checkDecision({ ...base, professionalField: "Propreté" })).toEqual({ ok: true, outcome: "ACCEPT" });
  });

  it("HAB-4: no decision on an assessment that is not reasoned criterion by criterion", () => {
    const result = checkDecision({
      outcome: "REFUSE",
      instanceKind: "CERTIFIER",
      criteria: CONVENTION_CRITERIA,
      assessments: [{ criterionCode: "SUPPORT", met: false, reason: "Insuffisant." }],
    });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toMatch(/^La décision doit être motivée critère par critère\. /);
  });
});
