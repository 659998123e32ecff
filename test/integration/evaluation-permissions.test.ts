import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AddAccommodationDocument,
  CommunicateResultsDocument,
  DecideResultsRequestDocument,
  EnrolCandidateDocument,
  EraseCandidateDocument,
  InstructDestructionDocument,
  LiftProcessingLimitDocument,
  RecordEvaluationDocument,
  RecordJuryDecisionDocument,
  RecordResultsRequestDocument,
  RecordSessionResultsDocument,
  RecordTrainingDocument,
  RectifyCandidateDocument,
  RemoveAccommodationDocument,
  RevokeCertificateDocument,
  SetProcessingLimitDocument,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { assess, award, DELTA, delta, enrol, EVALUATORS, evaluation, habilitateFor, intervenantId, person, positioned } from "../support/evaluations";

/** Every evaluation mutation against anonymous and every demo role (GDPR-1, EVA-5, EVA-7, INS-1, INS-2, CTX-5). */

const ROLE_EMAILS = { ...DEMO, ...EVALUATORS };
type Role = keyof typeof ROLE_EMAILS | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(ROLE_EMAILS) as (keyof typeof ROLE_EMAILS)[])];
const as = (role: Role) => (role === "anonymous" ? undefined : { email: ROLE_EMAILS[role] });

let h: Harness;
let marc: string;
let ines: string;
let claire: string;
let expired: string;
beforeAll(async () => {
  h = await startHarness();
  [marc, ines, claire] = await Promise.all(["Marc Petit", "Inès Moreau", "Claire Dubois"].map((name) => intervenantId(h, DELTA, name)));
  expired = String(await habilitateFor(h, DELTA, "CLEA", "2020-01-06"));
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const ORGANISM: Role[] = ["deltaAdmin"];

const counts = async () =>
  (
    await h.db.query(
      `SELECT (SELECT COUNT(*) FROM candidate) c, (SELECT COALESCE(SUM(row_version), 0) FROM candidate) cv, (SELECT COUNT(*) FROM candidate_identity) i,
              (SELECT COUNT(*) FROM candidate_accommodation) a, (SELECT COUNT(*) FROM candidate_training) t, (SELECT COUNT(*) FROM evaluation) e,
              (SELECT COUNT(*) FROM jury_decision) j, (SELECT COUNT(*) FROM certificate) x, (SELECT COALESCE(SUM(row_version), 0) FROM certificate) xv,
              (SELECT COUNT(*) FROM results_request) r, (SELECT COALESCE(SUM(row_version), 0) FROM results_request) rv, (SELECT COUNT(*) FROM journal_entry) k`,
    )
  )[0];

type Path = { id: string; rowVersion: number };
const enrolled = async (): Promise<Path> => {
  h.clock.set("2026-03-02");
  return enrol(h);
};
const awarded = async (): Promise<Path> => {
  const path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc);
  const candidate = await award(h, path, "2026-03-09", ines);
  return { id: path.id, rowVersion: candidate.rowVersion };
};
const communicated = async (): Promise<Path> => {
  const path = await awarded();
  h.clock.set("2026-03-10");
  const done = await h.run(CommunicateResultsDocument, { candidate: path.id, rowVersion: path.rowVersion, communicatedOn: "2026-03-10" }, delta);
  if (done.errors) throw new Error(JSON.stringify(done.errors));
  h.clock.set("2026-03-20");
  return { id: path.id, rowVersion: path.rowVersion + 1 };
};
const epsilonDemo = async () => Number((await h.db.query("SELECT id FROM candidate WHERE reference = 'EPSILON-2025-001'"))[0].id);
const requestAbout = async (candidate: string, email: string): Promise<Path> => {
  const recorded = await h.run(RecordResultsRequestDocument, { candidate, input: { kind: "CONSULT_MINUTES", channel: "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT", sentOn: h.clock.today(), receivedOn: h.clock.today() } }, { email });
  if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  return { id: recorded.data!.recordResultsRequest.id, rowVersion: recorded.data!.recordResultsRequest.rowVersion };
};
const unrevoked = (number: string) => async () => {
  await h.db.query("UPDATE certificate SET revoked_on = NULL, revocation_reason = NULL WHERE number = ?", [number]);
  h.clock.set("2026-03-02");
  const [{ row_version: rowVersion }] = await h.db.query("SELECT row_version FROM certificate WHERE number = ?", [number]);
  return { id: number, rowVersion };
};

interface Case {
  allowed: Role[];
  prepare(): Promise<Path>;
  call(role: Role, path: Path): Promise<{ errors?: { extensions?: { code?: unknown } }[] }>;
}

let counter = 0;
const MATRIX: Record<string, Case> = {
  enrolCandidate: {
    allowed: ORGANISM,
    prepare: async () => {
      h.clock.set("2026-03-02");
      return { id: "", rowVersion: 0 };
    },
    call: (role) => h.run(EnrolCandidateDocument, { organism: DELTA, input: { certification: "CLEA_MANAGEMENT", reference: `MATRIX-${(counter += 1)}`, person: person(), purposeStated: true, disabilityReferentGiven: true } }, as(role)),
  },
  rectifyCandidate: { allowed: ORGANISM, prepare: enrolled, call: (r, p) => h.run(RectifyCandidateDocument, { candidate: p.id, rowVersion: p.rowVersion, person: person("Lefèvre-Dubreuil") }, as(r)) },
  addAccommodation: {
    allowed: ORGANISM,
    prepare: enrolled,
    call: (r, p) => h.run(AddAccommodationDocument, { candidate: p.id, rowVersion: p.rowVersion, input: { kind: "HUMAN_AID", description: "Traducteur LSF" } }, as(r)),
  },
  removeAccommodation: {
    allowed: ORGANISM,
    prepare: async () => {
      const path = await enrolled();
      const added = await h.run(AddAccommodationDocument, { candidate: path.id, rowVersion: path.rowVersion, input: { kind: "ACCESSIBLE_PREMISES", description: "Salle de plain-pied" } }, delta);
      return { id: added.data!.addAccommodation.accommodations[0]!.id, rowVersion: added.data!.addAccommodation.rowVersion };
    },
    call: (r, p) => h.run(RemoveAccommodationDocument, { accommodation: p.id, rowVersion: p.rowVersion }, as(r)),
  },
  recordTraining: {
    allowed: ORGANISM,
    prepare: () => positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc, ["3-2"]),
    call: (r, p) => h.run(RecordTrainingDocument, { candidate: p.id, rowVersion: p.rowVersion, trainer: claire, startsOn: "2026-03-09" }, as(r)),
  },
  recordEvaluation: {
    allowed: ORGANISM,
    prepare: async () => {
      const path = await enrolled();
      h.clock.set("2026-03-09");
      return path;
    },
    call: (r, p) => h.run(RecordEvaluationDocument, { candidate: p.id, rowVersion: p.rowVersion, input: evaluation("PRELIMINARY", "2026-03-09", [marc], assess()) }, as(r)),
  },
  recordSessionResults: {
    allowed: ORGANISM,
    prepare: async () => {
      const path = await enrolled();
      h.clock.set("2026-03-09");
      const [{ reference }] = await h.db.query("SELECT reference FROM candidate WHERE id = ?", [path.id]);
      return { id: reference, rowVersion: path.rowVersion };
    },
    call: (r, p) => h.run(RecordSessionResultsDocument, { organism: DELTA, rows: [{ candidateReference: p.id, ...evaluation("PRELIMINARY", "2026-03-09", [marc], assess()) }] }, as(r)),
  },
  recordJuryDecision: {
    allowed: ORGANISM,
    prepare: () => positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc),
    call: (r, p) =>
      h.run(
        RecordJuryDecisionDocument,
        { candidate: p.id, rowVersion: p.rowVersion, input: { outcome: "AWARDED", decidedOn: "2026-03-09", validatedDomains: ["1", "2", "3"], minutes: "PV", members: [{ intervenant: ines }], certificateFormat: "PDF" } },
        as(r),
      ),
  },
  communicateResults: { allowed: ORGANISM, prepare: awarded, call: (r, p) => h.run(CommunicateResultsDocument, { candidate: p.id, rowVersion: p.rowVersion, communicatedOn: "2026-03-09" }, as(r)) },
  setProcessingLimit: { allowed: ORGANISM, prepare: enrolled, call: (r, p) => h.run(SetProcessingLimitDocument, { candidate: p.id, rowVersion: p.rowVersion, limit: "OBJECTION", since: "2026-03-02" }, as(r)) },
  liftProcessingLimit: {
    allowed: ORGANISM,
    prepare: async () => {
      const path = await enrolled();
      await h.run(SetProcessingLimitDocument, { candidate: path.id, rowVersion: path.rowVersion, limit: "RESTRICTION", since: "2026-03-02" }, delta);
      return { id: path.id, rowVersion: path.rowVersion + 1 };
    },
    call: (r, p) => h.run(LiftProcessingLimitDocument, { candidate: p.id, rowVersion: p.rowVersion, limit: "RESTRICTION" }, as(r)),
  },
  eraseCandidate: { allowed: ORGANISM, prepare: enrolled, call: (r, p) => h.run(EraseCandidateDocument, { candidate: p.id, rowVersion: p.rowVersion }, as(r)) },
  "recordResultsRequest (certified by Certif Pro)": {
    allowed: ["certifProDecider", "certifProStaff"],
    prepare: communicated,
    call: (r, p) => h.run(RecordResultsRequestDocument, { candidate: p.id, input: { kind: "CONTEST_RESULTS", channel: "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT", sentOn: "2026-03-19", receivedOn: "2026-03-20" } }, as(r)),
  },
  "recordResultsRequest (delegated to a CPNE, CTX-5)": {
    allowed: ["propreteDecider", "propreteStaff", "certifProDecider", "certifProStaff"],
    prepare: async () => {
      h.clock.set("2025-10-20");
      return { id: String(await epsilonDemo()), rowVersion: 0 };
    },
    call: (r, p) => h.run(RecordResultsRequestDocument, { candidate: p.id, input: { kind: "CONSULT_MINUTES", channel: "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT", sentOn: "2025-10-17", receivedOn: "2025-10-20" } }, as(r)),
  },
  "decideResultsRequest (addressed to Certif Pro)": {
    allowed: ["certifProDecider"],
    prepare: async () => requestAbout((await communicated()).id, DEMO.certifProStaff),
    call: (r, p) => h.run(DecideResultsRequestDocument, { request: p.id, rowVersion: p.rowVersion, outcome: "GRANTED", reasons: "Procès-verbal adressé le 23 mars." }, as(r)),
  },
  "decideResultsRequest (addressed to a CPNE)": {
    allowed: ["propreteDecider"],
    prepare: async () => {
      h.clock.set("2025-10-20");
      return requestAbout(String(await epsilonDemo()), DEMO.propreteStaff);
    },
    call: (r, p) => h.run(DecideResultsRequestDocument, { request: p.id, rowVersion: p.rowVersion, outcome: "GRANTED", reasons: "Procès-verbal adressé le 22 octobre." }, as(r)),
  },
  "revokeCertificate (delivered in Certif Pro's name)": {
    allowed: ["certifProDecider"],
    prepare: unrevoked("CM-2025-000001"),
    call: (r, p) => h.run(RevokeCertificateDocument, { number: p.id, rowVersion: p.rowVersion, revokedOn: "2026-03-02", reason: "Fraude établie." }, as(r)),
  },
  "revokeCertificate (delivered in a CPNE's name)": {
    allowed: ["propreteDecider", "certifProDecider"],
    prepare: unrevoked("CM-2025-000003"),
    call: (r, p) => h.run(RevokeCertificateDocument, { number: p.id, rowVersion: p.rowVersion, revokedOn: "2026-03-02", reason: "Contestation accueillie." }, as(r)),
  },
  instructDestruction: {
    allowed: ["certifProDecider"],
    prepare: async () => {
      h.clock.set("2026-03-02");
      return { id: expired, rowVersion: 0 };
    },
    call: (r, p) => h.run(InstructDestructionDocument, { habilitation: p.id }, as(r)),
  },
};

describe("evaluation permission matrix: every mutation × every role", () => {
  for (const [mutation, spec] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      const allowed = spec.allowed.includes(role);
      it(`GDPR-1/EVA-5/EVA-7/INS-1: ${mutation} as ${role} is ${allowed ? "allowed" : "refused with FORBIDDEN"}`, async () => {
        const path = await spec.prepare();
        const before = await counts();
        const result = await spec.call(role, path);
        if (allowed) {
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
          expect(await counts()).not.toEqual(before);
        } else {
          expect(errorCode(result), JSON.stringify(result.errors)).toBe("FORBIDDEN");
          expect(await counts()).toEqual(before);
        }
      });
    }
  }
});
