import { describe, expect, it } from "vitest";

import { checkJuryDecision, JURY_NOTICE, type JuryDecisionInput, juryProposal } from "../../../src/evaluations/rules/jury";
import { pathStatus } from "../../../src/evaluations/rules/path";
import { checkResultsRequest, checkResultsRequestDecision, type ResultsRequestInput, resultsRequestDeadline } from "../../../src/evaluations/rules/results-request";
import { MANAGEMENT, assess, expectAccepted, expectRefused } from "./fixtures";

const domains = ["1", "2", "3"];
const allValidated = pathStatus(MANAGEMENT, [{ kind: "PRELIMINARY", heldOn: "2025-09-15", assessments: assess(MANAGEMENT) }], "2025-10-01");
const domain3Missing = pathStatus(MANAGEMENT, [{ kind: "PRELIMINARY", heldOn: "2025-09-15", assessments: assess(MANAGEMENT, { notAcquired: ["3-2"] }) }], "2025-10-01");

const decision = (overrides: Partial<JuryDecisionInput> = {}): JuryDecisionInput => ({
  certification: "CLEA_MANAGEMENT",
  domains,
  status: allValidated,
  lastEvaluationOn: "2025-09-15",
  alreadyAwarded: false,
  members: [
    { intervenantId: null, fullName: "Hélène Faure" },
    { intervenantId: 8, fullName: "Marc Petit" },
  ],
  trainers: [{ intervenantId: 7, fullName: "Claire Dubois" }],
  outcome: "AWARDED",
  validatedDomains: domains,
  departures: [],
  reason: null,
  minutes: "Procès-verbal de la séance du 1er octobre 2025.",
  decidedOn: "2025-10-01",
  today: "2025-10-01",
  ...overrides,
});

describe("jury (EVA-5)", () => {
  it("EVA-5: the API computes whether every domain is validated, as information for the jury only", () => {
    expect(juryProposal(domain3Missing)).toEqual({
      allDomainsValidated: false,
      validatedDomains: ["1", "2"],
      missingDomains: ["3"],
      reason: "Tous les domaines doivent être validés ; reste : 3.",
      notice: JURY_NOTICE,
    });
    expect(JURY_NOTICE).toContain("aucune décision n'est prise automatiquement");
  });

  it("EVA-5: the jury awards the certificate, with its named members and minutes", () => {
    expect(expectAccepted(checkJuryDecision(decision()))).toEqual({ outcome: "AWARDED", validatedDomains: domains, decidedOn: "2025-10-01" });
  });

  it("EVA-5: no decision without minutes, and none before the last evaluation or in the future", () => {
    expect(expectRefused(checkJuryDecision(decision({ minutes: " " }))).message).toContain("procès-verbal");
    expectRefused(checkJuryDecision(decision({ decidedOn: "2025-09-14" })));
    expectRefused(checkJuryDecision(decision({ decidedOn: "2025-10-02" })));
  });

  it("EVA-3: the person's trainer cannot sit on the jury", () => {
    const refusal = expectRefused(checkJuryDecision(decision({ members: [{ intervenantId: 7, fullName: "Claire Dubois" }] })));
    expect(refusal).toMatchObject({ code: "CONFLICT", rule: "EVA-3" });
  });

  it("EVA-5: the jury is sovereign: it may judge a domain otherwise than the evaluations, with a reason", () => {
    const unexplained = expectRefused(checkJuryDecision(decision({ status: domain3Missing })));
    expect(unexplained.message).toContain("motif manquant pour le domaine 3");
    const explained = decision({ status: domain3Missing, departures: [{ domainCode: "3", reason: "La mise en situation montre la compétence 3-2 acquise." }] });
    expect(expectAccepted(checkJuryDecision(explained)).outcome).toBe("AWARDED");
  });

  it("REF-4: the jury awards only with every domain validated", () => {
    const refusal = expectRefused(checkJuryDecision(decision({ status: domain3Missing, validatedDomains: ["1", "2"] })));
    expect(refusal).toMatchObject({ rule: "REF-4", message: "Le certificat ne peut être délivré : tous les domaines doivent être validés ; reste : 3." });
    expect(expectAccepted(checkJuryDecision(decision({ status: domain3Missing, validatedDomains: ["1", "2"], outcome: "NOT_AWARDED" }))).outcome).toBe("NOT_AWARDED");
  });

  it("EVA-5: not awarding although every domain is validated needs a reason", () => {
    expect(expectRefused(checkJuryDecision(decision({ outcome: "NOT_AWARDED" }))).message).toContain("motivez la décision");
    expectAccepted(checkJuryDecision(decision({ outcome: "NOT_AWARDED", reason: "Fraude constatée lors de l'évaluation finale." })));
  });

  it("EVA-5: one award per path", () => {
    expect(expectRefused(checkJuryDecision(decision({ alreadyAwarded: true }))).code).toBe("CONFLICT");
  });
});

describe("consulting the minutes, contesting the results (EVA-7)", () => {
  const request = (overrides: Partial<ResultsRequestInput> = {}): ResultsRequestInput => ({
    kind: "CONTEST_RESULTS",
    resultsCommunicatedOn: "2025-10-03",
    sentOn: "2025-11-03",
    receivedOn: "2025-11-05",
    channel: "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT",
    addressedTo: { code: "CPNE_PROPRETE", kind: "CPNE" },
    certifier: { code: "CPNE_PROPRETE", kind: "CPNE" },
    today: "2025-11-06",
    ...overrides,
  });

  it("EVA-7: within one month of the results being communicated, the request is recorded", () => {
    expect(resultsRequestDeadline("2025-10-03")).toBe("2025-11-03");
    expect(expectAccepted(checkResultsRequest(request()))).toEqual({ deadline: "2025-11-03" });
  });

  it("EVA-7: after one month it is refused, with the date", () => {
    const refusal = expectRefused(checkResultsRequest(request({ kind: "CONSULT_MINUTES", sentOn: "2025-11-04" })));
    expect(refusal).toMatchObject({ code: "BAD_USER_INPUT", rule: "EVA-7" });
    expect(refusal.message).toBe(
      "La demande de consultation du procès-verbal du jury devait être adressée au plus tard le 03/11/2025, un mois après la communication des résultats le 03/10/2025 ; envoyée le 04/11/2025, elle est hors délai. Reste le recours devant la juridiction compétente.",
    );
  });

  it("EVA-7: one month runs to the same day of the next month, or its last day", () => {
    expect(resultsRequestDeadline("2026-01-31")).toBe("2026-02-28");
  });

  it("EVA-7: nothing to contest before the results are communicated", () => {
    expect(expectRefused(checkResultsRequest(request({ resultsCommunicatedOn: null }))).code).toBe("CONFLICT");
  });

  it("EVA-7, CTX-5: addressed to the certifier: the delegated CPNE or Certif Pro, no other Instance", () => {
    expectAccepted(checkResultsRequest(request({ addressedTo: { code: "CERTIF_PRO", kind: "CERTIFIER" } })));
    const refusal = expectRefused(checkResultsRequest(request({ addressedTo: { code: "CPNE_METALLURGIE", kind: "CPNE" } })));
    expect(refusal).toMatchObject({ code: "FORBIDDEN" });
    expect(refusal.message).toContain("(Certif Pro ou la CPNE CPNE_PROPRETE)");
  });

  it("EVA-7: in writing, by registered letter with acknowledgement", () => {
    expect(expectRefused(checkResultsRequest(request({ channel: "OTHER" }))).message).toContain("recommandé avec accusé de réception");
  });

  it("EVA-7: the certifier decides once, with its reasons", () => {
    expect(expectAccepted(checkResultsRequestDecision("CONTEST_RESULTS", false, "DISMISSED", "Les résultats sont confirmés."))).toBe("DISMISSED");
    expect(expectRefused(checkResultsRequestDecision("CONTEST_RESULTS", true, "DISMISSED", "…")).code).toBe("CONFLICT");
    expectRefused(checkResultsRequestDecision("CONSULT_MINUTES", false, "DISMISSED", "Non."));
    expectRefused(checkResultsRequestDecision("CONTEST_RESULTS", false, "UPHELD", " "));
  });
});
