import { describe, expect, it } from "vitest";

import type { Actor } from "../../../src/common/auth/actor";
import { candidateDataAccess, type CandidateAccessFacts } from "../../../src/evaluations/rules/data-access";
import { checkDestruction, checkErasure, KEPT_DATA } from "../../../src/evaluations/rules/erasure";
import { processingRegister } from "../../../src/evaluations/rules/processing-register";
import { expectAccepted, expectRefused } from "./fixtures";

const actor = (overrides: Partial<Actor>): Actor => ({ userId: 1, email: "x@demo", role: "ORGANISM_ADMIN", instanceId: null, instanceCode: null, instanceKind: null, ...overrides });
const facts: CandidateAccessFacts = { candidateOrganismId: 3, resultsRequestsAddressedTo: ["CPNE_PROPRETE"], auditsOfOrganismBy: ["CERTIF_PRO"] };

describe("who sees a candidate's personal data", () => {
  it("GDPR-1: the organism, controller of the data, sees its own candidates, unjournaled", () => {
    expect(expectAccepted(candidateDataAccess(actor({ organismId: 3 }), facts))).toEqual({ reason: "OWN_ORGANISM", journaled: false });
    expect(expectRefused(candidateDataAccess(actor({ organismId: 4 }), facts)).code).toBe("FORBIDDEN");
  });

  it("GDPR-1: never its Mandataire, nor anonymous callers", () => {
    expect(expectRefused(candidateDataAccess(actor({ role: "MANDATAIRE", mandataireId: 1 }), facts)).message).toContain("restent à l'organisme");
    expectRefused(candidateDataAccess(null, facts));
  });

  it("GDPR-1: an Instance only with a rule's reason, and every such read is journaled", () => {
    const cpne = actor({ role: "STAFF", instanceId: 2, instanceCode: "CPNE_PROPRETE", instanceKind: "CPNE" });
    expect(expectAccepted(candidateDataAccess(cpne, facts))).toEqual({ reason: "RESULTS_REQUEST", journaled: true });
    const auditor = actor({ role: "PROVIDER", instanceId: 1, instanceCode: "CERTIF_PRO", instanceKind: "CERTIFIER" });
    expect(expectAccepted(candidateDataAccess(auditor, facts))).toEqual({ reason: "AUDIT", journaled: true });
    const other = actor({ role: "DECISION_MAKER", instanceId: 3, instanceCode: "CPNE_METALLURGIE", instanceKind: "CPNE" });
    expect(expectRefused(candidateDataAccess(other, facts)).message).toContain("que pour une demande qui lui est adressée");
  });
});

describe("register of processing", () => {
  const register = processingRegister({ name: "Organisme Alpha Formation", siren: "812345676" });

  it("GDPR-1: every activity states its purpose, data, recipients and retention", () => {
    expect(register.map((activity) => activity.code)).toEqual(["CERTIFICATION_PATH", "CERTIFICATE", "RESULTS_REQUESTS", "STATISTICS"]);
    for (const activity of register) {
      expect(activity.purpose.length).toBeGreaterThan(20);
      expect(activity.data.length).toBeGreaterThan(0);
      expect(activity.recipients.length).toBeGreaterThan(0);
      expect(activity.retention.length).toBeGreaterThan(20);
    }
    expect(register[0]!.controller).toBe("Organisme Alpha Formation (SIREN 812345676), organisme habilité, responsable du traitement");
  });

  it("GDPR-1: the register says the Mandataire never receives the data, and destruction on Certif Pro's instruction", () => {
    expect(register[0]!.recipients).toContain("Jamais le mandataire de l'organisme");
    expect(register[0]!.retention).toContain("selon les instructions de Certif Pro");
    expect(register[0]!.data.join(" ")).toContain("jamais la situation de santé");
  });
});

describe("erasure and destruction", () => {
  it("GDPR-1: erasure keeps the verification stubs and anonymised results, and says so", () => {
    const plan = expectAccepted(checkErasure({ openResultsRequests: 0, pathOpen: true }));
    expect(plan.endsPath).toBe(true);
    expect(plan.kept).toBe(KEPT_DATA);
    expect(plan.kept[0]).toContain("talon de vérification");
    expect(plan.erased).toContain("nom, prénoms et date de naissance");
  });

  it("GDPR-1: while a request to the certifier is examined, its data stays", () => {
    expect(expectRefused(checkErasure({ openResultsRequests: 1, pathOpen: false })).message).toBe(
      "1 demande de la personne est en cours d'examen par le certificateur (EVA-7) : l'effacement aura lieu une fois la décision rendue.",
    );
  });

  const candidates = [
    { id: 1, enrolledOn: "2026-01-05", pathClosed: true },
    { id: 2, enrolledOn: "2026-02-02", pathClosed: false },
    { id: 3, enrolledOn: "2026-01-20", pathClosed: false },
  ];

  it("GDPR-1: on withdrawal, Certif Pro instructs the destruction of every candidate's data", () => {
    const plan = expectAccepted(
      checkDestruction({ instructedBy: { kind: "CERTIFIER" }, habilitation: { notifiedOn: "2025-03-10", withdrawnOn: "2026-03-02" }, candidates, today: "2026-03-10" }),
    );
    expect(plan).toMatchObject({ destroyed: [1, 2, 3], deferred: [] });
  });

  it("GDPR-1, HAB-6: after a renunciation, people carried to the end keep their data until their path closes", () => {
    const habilitation = { notifiedOn: "2025-03-10", renunciation: { noticeSentOn: "2026-02-02", noticeReceivedOn: "2026-02-05" } };
    const plan = expectAccepted(checkDestruction({ instructedBy: { kind: "CERTIFIER" }, habilitation, candidates, today: "2026-06-01" }));
    expect(plan).toMatchObject({ destroyed: [1], deferred: [2, 3] });
  });

  it("GDPR-1: only on Certif Pro's instruction, and only once the habilitation has ended", () => {
    expect(expectRefused(checkDestruction({ instructedBy: { kind: "CPNE" }, habilitation: { notifiedOn: "2025-03-10", withdrawnOn: "2026-03-02" }, candidates, today: "2026-03-10" })).code).toBe(
      "FORBIDDEN",
    );
    const suspended = { notifiedOn: "2025-03-10", suspensions: [{ from: "2026-01-05", to: null }] };
    expect(expectRefused(checkDestruction({ instructedBy: { kind: "CERTIFIER" }, habilitation: suspended, candidates, today: "2026-03-10" })).code).toBe("CONFLICT");
  });
});
