import { describe, expect, it } from "vitest";

import { mayEvaluate, type OrganismHabilitation } from "../../../src/habilitations/rules/evaluation-right";

const CERT = "CLEA_MANAGEMENT";

const certifPro: OrganismHabilitation = {
  id: 1,
  instance: { code: "CERTIF_PRO", kind: "CERTIFIER" },
  certification: CERT,
  professionalField: null,
  validity: { notifiedOn: "2025-03-10" },
};

const cpneProprete: OrganismHabilitation = {
  id: 2,
  instance: { code: "CPNE_PROPRETE", kind: "CPNE" },
  certification: CERT,
  professionalField: "Propreté et services associés",
  validity: { notifiedOn: "2025-06-02" },
};

describe("mayEvaluate", () => {
  it("CTX-4: a Certif Pro habilitation gives no right under a CPNE's contextualised referential", () => {
    const result = mayEvaluate({ organismHabilitations: [certifPro], certification: CERT, context: "CPNE_PROPRETE", date: "2025-09-01" });
    expect(result).toEqual({
      allowed: false,
      reason:
        "Une habilitation obtenue auprès de Certif Pro est sans effet pour les évaluations conduites dans le cadre du référentiel contextualisé de la CPNE CPNE_PROPRETE : seule une habilitation délivrée par cette CPNE le permet.",
    });
  });

  it("CTX-4: under the contextualised referential, the habilitation of the CPNE that made it counts", () => {
    const result = mayEvaluate({
      organismHabilitations: [certifPro, cpneProprete],
      certification: CERT,
      context: "CPNE_PROPRETE",
      date: "2025-09-01",
    });
    expect(result).toEqual({ allowed: true, habilitation: cpneProprete });
  });

  it("INS-3: another CPNE's habilitation gives no right under this CPNE's referential", () => {
    const result = mayEvaluate({ organismHabilitations: [cpneProprete], certification: CERT, context: "CPNE_HCR", date: "2025-09-01" });
    expect(result).toMatchObject({ allowed: false });
    if (!result.allowed) expect(result.reason).toContain("l'organisme doit être habilité par la CPNE CPNE_HCR");
  });

  it("CTX-4: without context, a Certif Pro habilitation counts", () => {
    expect(mayEvaluate({ organismHabilitations: [cpneProprete, certifPro], certification: CERT, context: null, date: "2025-09-01" })).toEqual({
      allowed: true,
      habilitation: certifPro,
    });
  });

  it("INS-3: without context, a CPNE habilitation gives no right outside its field", () => {
    const result = mayEvaluate({ organismHabilitations: [cpneProprete], certification: CERT, context: null, date: "2025-09-01" });
    expect(result).toMatchObject({ allowed: false });
    if (!result.allowed) {
      expect(result.reason).toContain("la CPNE CPNE_PROPRETE (champ « Propreté et services associés »)");
      expect(result.reason).toContain("l'organisme doit être habilité par Certif Pro");
    }
  });

  it("EVA-1: a habilitation for another certification does not count", () => {
    const result = mayEvaluate({ organismHabilitations: [certifPro], certification: "CLEA_NUMERIQUE", context: null, date: "2025-09-01" });
    expect(result).toEqual({ allowed: false, reason: "L'organisme n'a aucune habilitation pour la certification CLEA_NUMERIQUE." });
  });

  it("EVA-1: the habilitation must be valid on the enrolment day: not yet notified", () => {
    const result = mayEvaluate({ organismHabilitations: [certifPro], certification: CERT, context: null, date: "2025-03-09" });
    expect(result).toMatchObject({ allowed: false });
    if (!result.allowed) {
      expect(result.reason).toContain("le jour de l'inscription à l'évaluation préalable (2025-03-09)");
      expect(result.reason).toContain("à compter de sa notification, le 2025-03-10");
    }
  });

  it.each([
    ["suspended", { suspensions: [{ from: "2026-01-05", to: null }] }, "2026-02-01", "est suspendue depuis le 2026-01-05, pour la durée de la procédure de mise en conformité en cours"],
    ["expired", {}, "2028-03-11", "a pris fin le 2028-03-10"],
    ["withdrawn", { withdrawnOn: "2026-04-01" }, "2026-04-01", "a été retirée à compter du 2026-04-01"],
    ["renounced", { renunciation: { noticeSentOn: "2026-01-02", noticeReceivedOn: "2026-01-05" } }, "2026-05-01", "avec effet le 2026-04-05"],
  ] as const)("EVA-1: a %s habilitation gives no right", (_, extra, date, expected) => {
    const habilitation: OrganismHabilitation = { ...certifPro, validity: { ...certifPro.validity, ...extra } };
    const result = mayEvaluate({ organismHabilitations: [habilitation], certification: CERT, context: null, date });
    expect(result).toMatchObject({ allowed: false });
    if (!result.allowed) expect(result.reason).toContain(expected);
  });

  it("WDR-1: evaluationRight answers no during a suspension, with its dates", () => {
    const suspended: OrganismHabilitation = { ...certifPro, validity: { ...certifPro.validity, suspensions: [{ from: "2026-04-20", to: "2026-07-19" }] } };
    const during = mayEvaluate({ organismHabilitations: [suspended], certification: CERT, context: null, date: "2026-05-04" });
    expect(during).toMatchObject({ allowed: false });
    if (!during.allowed) {
      expect(during.reason).toContain(
        "L'habilitation délivrée par Certif Pro est suspendue depuis le 2026-04-20 jusqu'au 2026-07-19 inclus : l'organisme doit cesser toute activité au titre de l'habilitation pendant la suspension.",
      );
    }
    expect(mayEvaluate({ organismHabilitations: [suspended], certification: CERT, context: null, date: "2026-07-20" })).toMatchObject({ allowed: true });
  });

  it("EVA-1: a later valid habilitation from the same Instance is found past an expired one", () => {
    const renewed: OrganismHabilitation = { ...certifPro, id: 3, validity: { notifiedOn: "2028-02-14" } };
    expect(mayEvaluate({ organismHabilitations: [certifPro, renewed], certification: CERT, context: null, date: "2028-06-01" })).toEqual({
      allowed: true,
      habilitation: renewed,
    });
  });

  it("EVA-1: a malformed date is a programming error", () => {
    expect(() => mayEvaluate({ organismHabilitations: [certifPro], certification: CERT, context: null, date: "01/09/2025" })).toThrow(RangeError);
  });
});
