import { describe, expect, it } from "vitest";

import { checkCandidateIdentity, checkEnrolment, checkPathMayContinue, checkProcessingAllowed } from "../../../src/evaluations/rules/enrolment";
import { mayEvaluate, type OrganismHabilitation } from "../../../src/habilitations/rules/evaluation-right";
import { certifProHabilitation, expectAccepted, expectRefused } from "./fixtures";

const notices = { purposeStated: true, disabilityReferentGiven: true };
const enrolOn = (habilitations: OrganismHabilitation[], date: string, context: string | null = null) =>
  checkEnrolment({ right: mayEvaluate({ organismHabilitations: habilitations, certification: "CLEA_MANAGEMENT", context, date }), enrolledOn: date, notices });

describe("enrolment", () => {
  it("EVA-1: an organism habilitated on the enrolment day enrols, under that habilitation", () => {
    expect(expectAccepted(enrolOn([certifProHabilitation], "2025-09-01"))).toBe(certifProHabilitation);
  });

  it("EVA-1: enrolment is refused on a day the habilitation is suspended, and possible again once lifted", () => {
    const suspended = { ...certifProHabilitation, validity: { notifiedOn: "2025-03-10", suspensions: [{ from: "2025-11-03", to: "2025-12-19" }] } };
    const refusal = expectRefused(enrolOn([suspended], "2025-11-10"));
    expect(refusal).toMatchObject({ code: "BAD_USER_INPUT", rule: "EVA-1" });
    expect(refusal.message).toContain("est suspendue à cette date");
    expectAccepted(enrolOn([suspended], "2025-12-22"));
  });

  it("EVA-1: enrolment is refused from the day a withdrawal takes effect", () => {
    const withdrawn = { ...certifProHabilitation, validity: { notifiedOn: "2025-03-10", withdrawnOn: "2026-01-15" } };
    expectAccepted(enrolOn([withdrawn], "2026-01-14"));
    expect(expectRefused(enrolOn([withdrawn], "2026-01-15")).message).toContain("a été retirée à compter du 2026-01-15");
  });

  it("EVA-1, CTX-4: a Certif Pro habilitation does not enrol people under a CPNE's contextualised referential", () => {
    const refusal = expectRefused(enrolOn([certifProHabilitation], "2025-09-01", "CPNE_PROPRETE"));
    expect(refusal.message).toContain("seule une habilitation délivrée par cette CPNE le permet");
  });

  it("HAB-6: once the renunciation is sent, nobody new is enrolled, though the habilitation runs through its notice", () => {
    const renounced = { ...certifProHabilitation, validity: { notifiedOn: "2025-03-10", renunciation: { noticeSentOn: "2026-02-02", noticeReceivedOn: "2026-02-05" } } };
    expectAccepted(enrolOn([renounced], "2026-02-02"));
    const refusal = expectRefused(enrolOn([renounced], "2026-02-03"));
    expect(refusal).toMatchObject({ rule: "HAB-6" });
    expect(refusal.message).toContain("renonciation à l'habilitation délivrée par Certif Pro");
    expect(refusal.message).toContain("02/02/2026");
  });

  it("HAB-6: people enrolled by the sending day are carried to the end, after the renunciation takes effect", () => {
    const validity = { notifiedOn: "2025-03-10", renunciation: { noticeSentOn: "2026-02-02", noticeReceivedOn: "2026-02-05" } };
    // Effective three months after receipt: 2026-05-05.
    expectAccepted(checkPathMayContinue(validity, "2026-02-02", "2026-09-15"));
    expect(expectRefused(checkPathMayContinue(validity, "2026-02-03", "2026-09-15"))).toMatchObject({ rule: "HAB-6" });
  });

  it("WDR-1: no step of a path while the habilitation is suspended or after its withdrawal", () => {
    const suspended = { notifiedOn: "2025-03-10", suspensions: [{ from: "2025-11-03", to: null }] };
    expect(expectRefused(checkPathMayContinue(suspended, "2025-06-02", "2025-11-04"))).toMatchObject({ rule: "WDR-1" });
    const withdrawn = { notifiedOn: "2025-03-10", withdrawnOn: "2026-01-15" };
    expect(expectRefused(checkPathMayContinue(withdrawn, "2025-06-02", "2026-01-20")).message).toContain("retirée à compter du 15/01/2026");
  });

  it("GDPR-1: the purpose of the processing is stated at collection", () => {
    const right = mayEvaluate({ organismHabilitations: [certifProHabilitation], certification: "CLEA_MANAGEMENT", context: null, date: "2025-09-01" });
    const refusal = expectRefused(checkEnrolment({ right, enrolledOn: "2025-09-01", notices: { purposeStated: false, disabilityReferentGiven: true } }));
    expect(refusal).toMatchObject({ rule: "GDPR-1" });
    expect(refusal.message).toContain("finalité du traitement");
  });

  it("EVA-6: the disability referent's contact is given at enrolment", () => {
    const right = mayEvaluate({ organismHabilitations: [certifProHabilitation], certification: "CLEA_MANAGEMENT", context: null, date: "2025-09-01" });
    const refusal = expectRefused(checkEnrolment({ right, enrolledOn: "2025-09-01", notices: { purposeStated: true, disabilityReferentGiven: false } }));
    expect(refusal.message).toContain("référent handicap");
  });
});

describe("candidate identity", () => {
  const person = { lastName: "  Lefèvre ", firstNames: "Éloïse  Marie", birthDate: "1990-04-12", email: "eloise.lefevre@example.org", postalAddress: null };

  it("GDPR-1: names, birth date and one contact are all the process keeps, tidied", () => {
    expect(expectAccepted(checkCandidateIdentity(person, "2025-09-01"))).toEqual({ ...person, lastName: "Lefèvre", firstNames: "Éloïse Marie" });
  });

  it("GDPR-1: every problem is named at once", () => {
    const refusal = expectRefused(checkCandidateIdentity({ lastName: " ", firstNames: "Éloïse", birthDate: "2030-01-01", email: null, postalAddress: "" }, "2025-09-01"));
    expect(refusal.message).toBe(
      "Vérifiez le nom (1 à 100 caractères), la date de naissance (AAAA-MM-JJ, passée), un moyen de joindre la personne (e-mail ou adresse postale) pour ses convocations et ses résultats.",
    );
  });

  it("GDPR-1: while processing is restricted or objected to, nothing new is recorded", () => {
    expectAccepted(checkProcessingAllowed({ restrictedSince: null, objectedSince: null }));
    expect(expectRefused(checkProcessingAllowed({ restrictedSince: "2025-10-01", objectedSince: null }))).toMatchObject({ code: "CONFLICT", rule: "GDPR-1" });
    expect(expectRefused(checkProcessingAllowed({ restrictedSince: null, objectedSince: "2025-10-01" })).message).toContain("opposée le 01/10/2025");
  });
});
