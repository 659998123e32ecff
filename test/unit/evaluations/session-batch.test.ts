import { describe, expect, it } from "vitest";

import type { IntervenantFacts } from "../../../src/evaluations/rules/intervenants";
import {
  type CandidateFacts,
  checkSessionResultRow,
  MAX_SESSION_ROWS,
  type SessionFacts,
  type SessionResultRow,
  validateSessionBatch,
} from "../../../src/evaluations/rules/session-batch";
import { CLEA, assess } from "./fixtures";

const evaluator: IntervenantFacts = { id: 8, organismId: 3, fullName: "Marc Petit", evaluator: true, trainer: false, remoteReady: false };
const trainer: IntervenantFacts = { id: 7, organismId: 3, fullName: "Claire Dubois", evaluator: true, trainer: true, remoteReady: true };

const candidate = (overrides: Partial<CandidateFacts> = {}): CandidateFacts => ({
  organismId: 3,
  enrolledOn: "2025-09-01",
  habilitation: { notifiedOn: "2025-03-10" },
  referential: CLEA,
  previous: [],
  trainers: [{ intervenantId: 7, fullName: "Claire Dubois" }],
  accommodations: [],
  limits: { restrictedSince: null, objectedSince: null },
  ...overrides,
});

const row = (reference: string, overrides: Partial<SessionResultRow> = {}): SessionResultRow => ({
  candidateReference: reference,
  kind: "PRELIMINARY",
  sittings: [{ heldOn: "2025-09-15", minutes: 300 }],
  assessments: assess(CLEA, { notAcquired: ["7.1"] }),
  scorePercent: 78,
  evaluatorIds: [8],
  remote: null,
  ...overrides,
});

const references = Array.from({ length: 200 }, (_, i) => `C${String(i + 1).padStart(3, "0")}`);

function session(candidates: Map<string, CandidateFacts>): SessionFacts {
  return { today: "2025-09-16", candidates, intervenants: new Map([["8", evaluator], ["7", trainer]]) };
}

describe("a whole session at once", () => {
  it("EVA-4: 200 good rows are accepted together, each with its result", () => {
    const facts = session(new Map(references.map((reference) => [reference, candidate()])));
    const result = validateSessionBatch(references.map((reference) => row(reference)), (r) => r.candidateReference, (r) => checkSessionResultRow(r, facts));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toHaveLength(200);
      expect(result.value[0]!.result.validatedDomains).toEqual(["1", "2", "3", "4", "5", "6"]);
    }
  });

  it("EVA-4: every bad row is reported with each of its reasons, and nothing is accepted", () => {
    const candidates = new Map(references.map((reference) => [reference, candidate()]));
    candidates.set("C050", candidate({ limits: { restrictedSince: "2025-09-10", objectedSince: null } }));
    candidates.set("C120", candidate({ habilitation: { notifiedOn: "2025-03-10", suspensions: [{ from: "2025-09-16", to: null }] } }));
    const rows = references.map((reference) => row(reference));
    rows[9] = row("C010", { sittings: [{ heldOn: "2025-09-15", minutes: 450 }], evaluatorIds: [7] });
    rows[99] = row("C100", { assessments: assess(CLEA).filter((a) => a.code !== "3.2") });
    rows[149] = row("C150", { remote: { identityCheck: null, pathTraceability: "Journaux", reinforcedSupport: "Tutorat", feasibilityCheckedOn: "2025-09-10", synchronousPhases: [{ heldOn: "2025-09-15", minutes: 60 }] } });
    rows[198] = row("C001");
    rows[199] = row("X999");

    const result = validateSessionBatch(rows, (r) => r.candidateReference, (r) => checkSessionResultRow(r, session(candidates)));
    expect(result.ok).toBe(false);
    if (result.ok || !("errors" in result)) return;
    expect(result.message).toBe("7 lignes refusées sur 200 ; rien n'a été enregistré. Corrigez ces lignes puis renvoyez la session entière.");
    expect(result.errors.map((error) => [error.row, error.reference, error.rule])).toEqual([
      [10, "C010", "EVA-3"],
      [10, "C010", "EVA-9"],
      [50, "C050", "GDPR-1"],
      [100, "C100", "EVA-2"],
      [120, "C120", "WDR-1"],
      [150, "C150", "EVA-8"],
      [150, "C150", "EVA-8"],
      [199, "C001", "EVA-4"],
      [200, "X999", "EVA-1"],
    ]);
    expect(result.errors[0]!.message).toContain("Claire Dubois forme ce candidat");
    expect(result.errors[7]!.message).toBe("Même candidat qu'à la ligne 1 : une ligne par candidat et par session.");
  });

  it("EVA-4: a session is bounded", () => {
    const rows = Array.from({ length: MAX_SESSION_ROWS + 1 }, (_, i) => row(`C${i}`));
    const result = validateSessionBatch(rows, (r) => r.candidateReference, () => ({ ok: true, value: null }));
    expect(result).toMatchObject({ ok: false, code: "BAD_USER_INPUT", message: `Une session compte au plus ${MAX_SESSION_ROWS} lignes (${MAX_SESSION_ROWS + 1} reçues) : scindez-la.` });
    expect(validateSessionBatch([], (r: SessionResultRow) => r.candidateReference, () => ({ ok: true, value: null })).ok).toBe(false);
  });
});
