import type { IsoDate } from "../../common/calendar/working-days";
import type { HabilitationRecord } from "../../habilitations/rules/validity";
import type { Accommodation } from "./accommodations";
import { accept, type Decision, type Refusal, type RefusalCode, refuse } from "./decision";
import { checkPathMayContinue, checkProcessingAllowed, type ProcessingLimits } from "./enrolment";
import { count } from "../../common/french";
import { checkIntervenantRole, type IntervenantFacts } from "./intervenants";
import { pathStatus, type RecordedEvaluation } from "./path";
import { checkFinalEvaluation, checkPreliminaryEvaluation, type EvaluationResult } from "./path-steps";
import { checkEvaluationDuration, checkWithinPath, type EvaluationKind, type Sitting } from "./path-limits";
import type { Assessment, EvaluatedReferential } from "./referential-scope";
import { checkRemoteEvaluationComplete, type RemoteEvaluationRecord } from "./remote-evaluation";
import { checkEvaluators, type PersonOnPath } from "./trainer-separation";

/** Rows in one session: enough for the largest sessions, small enough for one transaction. */
export const MAX_SESSION_ROWS = 500;

export interface RowError {
  /** 1-based, as a person counts the rows of their file. */
  readonly row: number;
  readonly reference: string;
  readonly code: RefusalCode;
  readonly rule: string;
  readonly message: string;
}

export interface BatchRefusal extends Refusal {
  readonly errors: readonly RowError[];
}

/** A row's verdict: its value, or every reason it is refused. */
export type RowCheck<Valid> = { readonly ok: true; readonly value: Valid } | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** EVA-4: a session has at least one row and at most MAX_SESSION_ROWS; checked before any fact is loaded. */
export function checkSessionSize(rowCount: number): Decision<number> {
  if (rowCount === 0) return refuse("BAD_USER_INPUT", "EVA-4", "La session ne contient aucune ligne.");
  if (rowCount > MAX_SESSION_ROWS) {
    return refuse("BAD_USER_INPUT", "EVA-4", `Une session compte au plus ${MAX_SESSION_ROWS} lignes (${rowCount} reçues) : scindez-la.`);
  }
  return accept(rowCount);
}

/**
 * A whole session at once: every row is checked, every bad row is reported with each of its reasons, and the
 * session is accepted only when no row is bad (all or nothing); the same reference twice is refused.
 */
export function validateSessionBatch<Row, Valid>(
  rows: readonly Row[],
  referenceOf: (row: Row) => string,
  checkRow: (row: Row) => RowCheck<Valid>,
): Decision<readonly Valid[]> | BatchRefusal {
  const size = checkSessionSize(rows.length);
  if (!size.ok) return size;
  const errors: RowError[] = [];
  const valid: Valid[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const reference = referenceOf(row);
    const first = firstRowOf.get(reference);
    if (first !== undefined) {
      errors.push({ row: index + 1, reference, code: "BAD_USER_INPUT", rule: "EVA-4", message: `Même candidat qu'à la ligne ${first} : une ligne par candidat et par session.` });
      return;
    }
    firstRowOf.set(reference, index + 1);
    const result = checkRow(row);
    if (result.ok) valid.push(result.value);
    else for (const refusal of result.refusals) errors.push({ row: index + 1, reference, code: refusal.code, rule: refusal.rule, message: refusal.message });
  });
  if (errors.length === 0) return accept(valid);
  const badRows = new Set(errors.map((error) => error.row)).size;
  return {
    ok: false,
    code: "BAD_USER_INPUT",
    rule: "EVA-4",
    message: `${count(badRows, "ligne refusée", "lignes refusées")} sur ${rows.length} ; rien n'a été enregistré. Corrigez ${badRows > 1 ? "ces lignes" : "cette ligne"} puis renvoyez la session entière.`,
    errors,
  };
}

/** One row of a session: one candidate's evaluation. */
export interface SessionResultRow {
  readonly candidateReference: string;
  readonly kind: EvaluationKind;
  readonly sittings: readonly Sitting[];
  readonly assessments: readonly Assessment[];
  readonly scorePercent?: number | null;
  readonly evaluatorIds: readonly (number | string)[];
  /** Null for an evaluation on site. */
  readonly remote: RemoteEvaluationRecord | null;
}

/** What the service loads for one candidate of the organism. */
export interface CandidateFacts {
  readonly organismId: number | string;
  readonly enrolledOn: IsoDate;
  readonly habilitation: HabilitationRecord;
  readonly referential: EvaluatedReferential;
  readonly previous: readonly RecordedEvaluation[];
  readonly trainers: readonly PersonOnPath[];
  readonly accommodations: readonly Accommodation[];
  readonly limits: ProcessingLimits;
}

export interface SessionFacts {
  readonly today: IsoDate;
  readonly candidates: ReadonlyMap<string, CandidateFacts>;
  readonly intervenants: ReadonlyMap<string, IntervenantFacts>;
}

export interface ValidSessionRow {
  readonly row: SessionResultRow;
  readonly result: EvaluationResult;
}

/** Every rule an evaluation row answers to (GDPR-1, HAB-6, EVA-2, EVA-3, EVA-8, EVA-9), all reasons collected. */
export function checkSessionResultRow(row: SessionResultRow, facts: SessionFacts): RowCheck<ValidSessionRow> {
  const candidate = facts.candidates.get(row.candidateReference);
  if (!candidate) {
    return { ok: false, refusals: [refuse("BAD_USER_INPUT", "EVA-1", `Candidat « ${row.candidateReference} » inconnu : inscrivez-le d'abord auprès de cet organisme.`)] };
  }
  const refusals: Refusal[] = [];
  const keep = (decision: Decision<unknown>): void => {
    if (!decision.ok) refusals.push(decision);
  };
  keep(checkProcessingAllowed(candidate.limits));
  keep(checkPathMayContinue(candidate.habilitation, candidate.enrolledOn, facts.today));

  const evaluators: PersonOnPath[] = [];
  for (const id of row.evaluatorIds) {
    const intervenant = facts.intervenants.get(String(id));
    if (!intervenant) {
      refusals.push(refuse("BAD_USER_INPUT", "EVA-3", `Évaluateur ${String(id)} inconnu : choisissez un intervenant déclaré de l'organisme.`));
      continue;
    }
    const role = checkIntervenantRole(intervenant, candidate.organismId, "EVALUATOR", row.remote !== null);
    keep(role);
    evaluators.push({ intervenantId: intervenant.id, fullName: intervenant.fullName });
  }
  keep(checkEvaluators(evaluators, candidate.trainers));
  keep(checkEvaluationDuration({ certification: candidate.referential.certification, kind: row.kind, sittings: row.sittings, accommodations: candidate.accommodations }));

  const preliminaryOn = pathStatus(candidate.referential, candidate.previous, facts.today).preliminaryOn;
  const lastDay = row.sittings.map((sitting) => sitting.heldOn).sort().pop();
  if (row.kind === "FINAL" && preliminaryOn !== null && lastDay) keep(checkWithinPath(candidate.referential.certification, preliminaryOn, lastDay));
  if (row.remote !== null) keep(checkRemoteEvaluationComplete(row.remote));

  const evaluation = { referential: candidate.referential, previous: candidate.previous, sittings: row.sittings, assessments: row.assessments, scorePercent: row.scorePercent ?? null, enrolledOn: candidate.enrolledOn, today: facts.today };
  const path = row.kind === "PRELIMINARY" ? checkPreliminaryEvaluation(evaluation) : checkFinalEvaluation(evaluation);
  if (!path.ok) refusals.push(path);
  if (refusals.length > 0 || !path.ok) return { ok: false, refusals };
  return { ok: true, value: { row, result: path.value } };
}
