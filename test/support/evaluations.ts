import { clea, cleaManagement20230214 } from "../../seeds/reference/referentials";
import type { ReferentialSeed } from "../../seeds/reference/referentials/types";
import { DELTA, EPSILON } from "../../seeds/demo/evaluations";
import {
  EnrolCandidateDocument,
  type AssessmentInput,
  type EnrolCandidateInput,
  type EvaluationInput,
  RecordEvaluationDocument,
  RecordJuryDecisionDocument,
} from "../generated/graphql";
import type { Harness } from "./harness";

export { DELTA, EPSILON };

/** The demo accounts of the organisms that evaluate (seeds/demo/evaluations.ts). */
export const EVALUATORS = {
  deltaAdmin: "admin@organisme-delta.demo",
  epsilonAdmin: "admin@organisme-epsilon.demo",
  zetaMandataire: "mandataire@conseil-zeta.demo",
} as const;

export const delta = { email: EVALUATORS.deltaAdmin };
export const epsilon = { email: EVALUATORS.epsilonAdmin };

/** Every competence of a referential with its criteria (or itself, without criteria). */
export function competencesOf(seed: ReferentialSeed): { code: string; domain: string; items: string[] }[] {
  return seed.domains.flatMap((domain) =>
    domain.competences.map((competence) => ({ code: competence.code, domain: domain.code, items: competence.criteria.length ? competence.criteria.map((c) => c.code) : [competence.code] })),
  );
}

export const MANAGEMENT = competencesOf(cleaManagement20230214);
export const CLEA = competencesOf(clea);

/** Assessments of the competences given (all by default), acquired except those listed. */
export function assess(options: { only?: readonly string[]; notAcquired?: readonly string[]; referential?: typeof MANAGEMENT } = {}): AssessmentInput[] {
  return (options.referential ?? MANAGEMENT)
    .filter((competence) => !options.only || options.only.includes(competence.code))
    .flatMap((competence) => competence.items.map((code) => ({ code, acquired: !(options.notAcquired ?? []).includes(competence.code) })));
}

export async function intervenantId(h: Harness, siren: string, fullName: string): Promise<string> {
  const [row] = await h.db.query("SELECT i.id FROM intervenant i JOIN organism o ON o.id = i.organism_id WHERE o.siren = ? AND i.full_name = ?", [siren, fullName]);
  return String(row.id);
}

let counter = 0;

export const person = (lastName = "Lefèvre", firstNames = "Éloïse") => ({ lastName, firstNames, birthDate: "1990-04-01", email: "personne@example.org", postalAddress: null });

/** Enrols a new person with Delta (or the organism given), today by the harness clock. */
export async function enrol(h: Harness, options: Partial<EnrolCandidateInput> & { organism?: string; as?: { email: string } } = {}): Promise<{ id: string; rowVersion: number }> {
  counter += 1;
  const { organism = DELTA, as = delta, ...input } = options;
  const result = await h.run(
    EnrolCandidateDocument,
    {
      organism,
      input: { certification: "CLEA_MANAGEMENT", reference: `TEST-${process.pid}-${counter}`, person: person(), purposeStated: true, disabilityReferentGiven: true, ...input },
    },
    as,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { id: result.data!.enrolCandidate.id, rowVersion: result.data!.enrolCandidate.rowVersion };
}

export const evaluation = (kind: "PRELIMINARY" | "FINAL", heldOn: string, evaluators: string[], assessments: AssessmentInput[], extra: Partial<EvaluationInput> = {}): EvaluationInput => ({
  kind,
  sittings: [{ heldOn, minutes: kind === "PRELIMINARY" ? 240 : 90 }],
  assessments,
  evaluators,
  ...extra,
});

/** Records an evaluation, returning the candidate's new row version. */
export async function evaluate(h: Harness, candidate: { id: string; rowVersion: number }, input: EvaluationInput, as: { email: string } = delta): Promise<{ id: string; rowVersion: number }> {
  const result = await h.run(RecordEvaluationDocument, { candidate: candidate.id, rowVersion: candidate.rowVersion, input }, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { id: candidate.id, rowVersion: candidate.rowVersion + 1 };
}

/** An award by a jury of two (one intervenant, one outside member), in the format given. */
export async function award(h: Harness, candidate: { id: string; rowVersion: number }, decidedOn: string, juror: string, as: { email: string } = delta) {
  const result = await h.run(
    RecordJuryDecisionDocument,
    {
      candidate: candidate.id,
      rowVersion: candidate.rowVersion,
      input: {
        outcome: "AWARDED",
        decidedOn,
        validatedDomains: ["1", "2", "3"],
        minutes: "Le jury constate la validation de chacun des domaines et délivre le certificat.",
        members: [{ intervenant: juror }, { fullName: "Hélène Faure" }],
        certificateFormat: "PDF",
      },
    },
    as,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.recordJuryDecision;
}

/** A Certif Pro habilitation of the organism for another certification (CléA, CléA numérique), written straight to the database. */
export async function habilitateFor(h: Harness, siren: string, certification: string, notifiedOn: string, firstUsedOn: string | null = null): Promise<number> {
  const [{ organism, instance, campaign }] = await h.db.query(
    `SELECT o.id organism, i.id instance, (SELECT MIN(c.id) FROM campaign c WHERE c.instance_id = i.id) campaign
       FROM organism o, instance i WHERE o.siren = ? AND i.code = 'CERTIF_PRO'`,
    [siren],
  );
  const application = await h.db.query(
    `INSERT INTO application (organism_id, instance_id, campaign_id, certification_code, status, filed_on, notified_on, duration_months)
     VALUES (?, ?, ?, ?, 'NOTIFIED_ACCEPTED', ?, ?, 36)`,
    [organism, instance, campaign, certification, notifiedOn, notifiedOn],
  );
  const habilitation = await h.db.query(
    "INSERT INTO habilitation (organism_id, instance_id, application_id, certification_code, notified_on, starts_on, first_used_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
    [organism, instance, application.insertId, certification, notifiedOn, notifiedOn, firstUsedOn],
  );
  return Number(habilitation.insertId);
}

export async function habilitationOf(h: Harness, siren: string, certification = "CLEA_MANAGEMENT"): Promise<string> {
  const [row] = await h.db.query(
    "SELECT h.id FROM habilitation h JOIN organism o ON o.id = h.organism_id WHERE o.siren = ? AND h.certification_code = ? ORDER BY h.id LIMIT 1",
    [siren, certification],
  );
  return String(row.id);
}

/** Enrolled, then positioned by a preliminary evaluation that validates every domain but those left unacquired. */
export async function positioned(h: Harness, on: { enrolled: string; evaluated: string }, evaluator: string, notAcquired: string[] = []) {
  h.clock.set(on.enrolled);
  const path = await enrol(h);
  h.clock.set(on.evaluated);
  return evaluate(h, path, evaluation("PRELIMINARY", on.evaluated, [evaluator], assess({ notAcquired })));
}

/** Many candidates of the organism at once, enrolled on that day under its CléA management habilitation (rows written straight). */
export async function bulkCandidates(h: Harness, siren: string, count: number, prefix: string, enrolledOn: string): Promise<string[]> {
  const [{ organism, habilitation, version }] = await h.db.query(
    `SELECT o.id organism, (SELECT MIN(x.id) FROM habilitation x WHERE x.organism_id = o.id AND x.certification_code = 'CLEA_MANAGEMENT') habilitation,
            (SELECT v.id FROM referential_version v WHERE v.certification_code = 'CLEA_MANAGEMENT' AND v.version = '2023-02-14') version
       FROM organism o WHERE o.siren = ?`,
    [siren],
  );
  const references = Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(3, "0")}`);
  await h.db.query(
    `INSERT INTO candidate (organism_id, reference, habilitation_id, certification_code, referential_version_id, enrolled_on, purpose_stated, disability_referent_given, status)
     VALUES ${references.map(() => "(?, ?, ?, 'CLEA_MANAGEMENT', ?, ?, 1, 1, 'OPEN')").join(", ")}`,
    references.flatMap((reference) => [organism, reference, habilitation, version, enrolledOn]),
  );
  await h.db.query(
    `INSERT INTO candidate_identity (candidate_id, last_name, first_names, birth_date, email)
     SELECT id, 'Durand', 'Camille', '1992-05-17', 'camille@example.org' FROM candidate WHERE organism_id = ? AND reference LIKE ?`,
    [organism, `${prefix}-%`],
  );
  return references;
}

/** One certificate decided under the organism's CléA management habilitation: its evidence of use (HAB-6). */
export async function certifyOnce(h: Harness, siren: string, admin: string, evaluator: string, days: { enrolled: string; decided: string }): Promise<string> {
  const as = { email: admin };
  const evaluatorId = await intervenantId(h, siren, evaluator);
  h.clock.set(days.enrolled);
  let path = await enrol(h, { organism: siren, as });
  h.clock.set(days.decided);
  path = await evaluate(h, path, evaluation("PRELIMINARY", days.decided, [evaluatorId], assess()), as);
  const awarded = await h.run(
    RecordJuryDecisionDocument,
    { candidate: path.id, rowVersion: path.rowVersion, input: { outcome: "AWARDED", decidedOn: days.decided, validatedDomains: ["1", "2", "3"], minutes: "PV", members: [{ fullName: "Hélène Faure" }], certificateFormat: "PAPER" } },
    as,
  );
  if (awarded.errors) throw new Error(JSON.stringify(awarded.errors));
  return awarded.data!.recordJuryDecision.certificate!.number;
}

/** Removes every evaluation row of the organism (candidates, their paths, certificates), children first. */
export async function clearCandidates(h: Harness, siren: string): Promise<void> {
  const organism = `(SELECT id FROM organism WHERE siren = '${siren}')`;
  const evaluations = `(SELECT e.id FROM evaluation e JOIN candidate c ON c.id = e.candidate_id WHERE c.organism_id = ${organism})`;
  const decisions = `(SELECT j.id FROM jury_decision j JOIN candidate c ON c.id = j.candidate_id WHERE c.organism_id = ${organism})`;
  for (const table of ["remote_synchronous_phase", "remote_evaluation", "evaluation_assessment", "evaluation_evaluator", "evaluation_sitting"]) {
    await h.db.query(`DELETE FROM ${table} WHERE evaluation_id IN (SELECT id FROM ${evaluations} e)`);
  }
  for (const table of ["jury_member", "jury_departure"]) await h.db.query(`DELETE FROM ${table} WHERE jury_decision_id IN (SELECT id FROM ${decisions} d)`);
  for (const table of ["evaluation", "jury_decision", "candidate_training", "candidate_accommodation", "candidate_identity"]) {
    await h.db.query(`DELETE FROM ${table} WHERE candidate_id IN (SELECT id FROM candidate WHERE organism_id = ${organism})`);
  }
  for (const table of ["results_request", "certificate", "anonymised_result", "candidate"]) await h.db.query(`DELETE FROM ${table} WHERE organism_id = ${organism}`);
}
