import { In, type DataSource, type EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { JournalRecord, UnitOfWork } from "../common/db/unit-of-work";
import { conflict, forbidden, notFound } from "../common/errors";
import type { Connection } from "../common/graphql/connection";
import { isNumericId } from "../common/graphql/ids";
import { organismLoaders } from "../organisms/organism.loaders";
import { organismBySiren } from "../organisms/organism.queries";
import type { CandidateFacts } from "./candidate-facts";
import { CandidateEntity } from "./candidate.entity";
import type { CandidateService } from "./candidate.service";
import type { EvaluationType } from "./candidate.types";
import { candidateLine, decided, refusalError } from "./decided";
import {
  EvaluationAssessmentEntity,
  EvaluationEntity,
  EvaluationEvaluatorEntity,
  EvaluationSittingEntity,
  type EvaluationKind,
  RemoteEvaluationEntity,
  RemoteSynchronousPhaseEntity,
} from "./evaluation.entity";
import type { EvaluationFilter, EvaluationInput, RemoteEvaluationInput, SessionResultRowInput } from "./evaluation.inputs";
import { evaluationLoaders } from "./evaluation.loaders";
import { newestFirst } from "./keyset";
import { optionalDate } from "../common/date-input";
import type { IntervenantFacts } from "./rules/intervenants";
import type { RemoteEvaluationRecord } from "./rules/remote-evaluation";
import { type CandidateFacts as RowFacts, checkSessionResultRow, checkSessionSize, type SessionResultRow, validateSessionBatch, type ValidSessionRow } from "./rules/session-batch";

interface Valid {
  readonly facts: CandidateFacts;
  readonly checked: ValidSessionRow;
}

/** EVA-2, EVA-3, EVA-6, EVA-8, EVA-9: evaluations, one at a time or a whole session, validated when recorded. */
export class EvaluationService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly candidates: CandidateService,
  ) {}

  /** One evaluation of one candidate: every rule of a session row, then one transaction. */
  async record(ctx: RequestContext, candidateId: number, rowVersion: number, input: EvaluationInput): Promise<EvaluationType> {
    const facts = await this.candidates.current(ctx, candidateId, rowVersion);
    const row = rowOf({ ...input, candidateReference: facts.candidate.reference });
    const intervenants = await this.intervenants(ctx, [row]);
    const checked = checkSessionResultRow(row, { today: ctx.clock.today(), candidates: new Map([[row.candidateReference, rowFacts(facts)]]), intervenants });
    if (!checked.ok) throw refusalError(checked.refusals[0]!, { refusals: checked.refusals.map(({ code, rule, message }) => ({ code, rule, message })) });
    const [id] = await this.write(ctx, [{ facts, checked: checked.value }], intervenants);
    return (await this.views(ctx, [await this.evaluation(ctx, candidateId, id!)]))[0]!;
  }

  /**
   * A whole session of one organism: every row checked against the facts read in batches, every bad row reported
   * with each of its reasons, and all rows written in one transaction, or none.
   */
  async recordSession(ctx: RequestContext, siren: string, inputs: SessionResultRowInput[]): Promise<{ recorded: number; evaluations: EvaluationType[] }> {
    decided(checkSessionSize(inputs.length));
    const organism = await organismBySiren(ctx, siren);
    const rows = inputs.map(rowOf);
    const references = [...new Set(rows.map((row) => row.candidateReference))];
    const found = references.length ? await this.db.getRepository(CandidateEntity).findBy({ organismId: organism.id, reference: In(references) }) : [];
    const [facts, intervenants] = await Promise.all([Promise.all(found.map((candidate) => this.candidates.facts(ctx, candidate))), this.intervenants(ctx, rows)]);
    const factsByReference = new Map(facts.map((f) => [f.candidate.reference, f]));
    const sessionFacts = { today: ctx.clock.today(), candidates: new Map(facts.map((f) => [f.candidate.reference, rowFacts(f)])), intervenants };
    const checked = validateSessionBatch(rows, (row) => row.candidateReference, (row) => checkSessionResultRow(row, sessionFacts));
    if (!checked.ok) throw refusalError(checked, "errors" in checked ? { rowErrors: checked.errors } : {});
    const ids = await this.write(ctx, checked.value.map((one) => ({ facts: factsByReference.get(one.row.candidateReference)!, checked: one })), intervenants);
    const evaluations = await this.db.getRepository(EvaluationEntity).findBy({ id: In(ids) });
    const byId = new Map(evaluations.map((e) => [e.id, e]));
    return { recorded: ids.length, evaluations: await this.views(ctx, ids.map((id) => byId.get(id)!)) };
  }

  /** GDPR-1: an organism lists its own candidates' evaluations. */
  async list(ctx: RequestContext, filter: EvaluationFilter, first?: number | null, after?: string | null): Promise<Connection<EvaluationType>> {
    const actor = ctx.actor;
    if (actor?.role !== "ORGANISM_ADMIN" || !actor.organismId) throw forbidden("Seul l'organisme, responsable du traitement, liste les évaluations de ses candidats (GDPR-1).");
    const query = this.db
      .getRepository(EvaluationEntity)
      .createQueryBuilder("e")
      .where("e.candidate_id IN (SELECT c.id FROM candidate c WHERE c.organism_id = :organismId)", { organismId: actor.organismId });
    if (filter.candidate) query.andWhere("e.candidate_id = :candidate", { candidate: isNumericId(filter.candidate) ? Number(filter.candidate) : 0 });
    if (filter.kind) query.andWhere("e.kind = :kind", { kind: filter.kind });
    const from = optionalDate(filter.heldFrom, "heldFrom");
    const to = optionalDate(filter.heldTo, "heldTo");
    if (from) query.andWhere("e.held_on >= :from", { from });
    if (to) query.andWhere("e.held_on <= :to", { to });
    if (filter.remote !== null && filter.remote !== undefined) query.andWhere("e.remote = :remote", { remote: filter.remote });
    if (filter.evaluator) {
      query.andWhere("e.id IN (SELECT v.evaluation_id FROM evaluation_evaluator v WHERE v.intervenant_id = :evaluator)", { evaluator: isNumericId(filter.evaluator) ? Number(filter.evaluator) : 0 });
    }
    const page = await newestFirst(query, "held_on", (e) => e.heldOn, first, after);
    const nodes = await this.views(ctx, page.nodes);
    return { ...page, nodes, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i]! })) };
  }

  async ofCandidate(ctx: RequestContext, candidateId: number): Promise<EvaluationType[]> {
    return this.views(ctx, await evaluationLoaders(ctx).evaluationsByCandidate.load(candidateId));
  }

  /** The evaluations with their sittings, evaluators, assessments and remote record: five batched statements. */
  async views(ctx: RequestContext, evaluations: readonly EvaluationEntity[]): Promise<EvaluationType[]> {
    const loaders = evaluationLoaders(ctx);
    return Promise.all(
      evaluations.map(async (e) => {
        const [sittings, evaluators, assessments, remote, phases] = await Promise.all([
          loaders.sittingsByEvaluation.load(e.id),
          loaders.evaluatorsByEvaluation.load(e.id),
          loaders.assessmentsByEvaluation.load(e.id),
          e.remote ? loaders.remoteByEvaluation.load(e.id) : undefined,
          e.remote ? loaders.phasesByEvaluation.load(e.id) : [],
        ]);
        return {
          id: e.id,
          candidateId: e.candidateId,
          kind: e.kind,
          heldOn: e.heldOn,
          recordedOn: e.recordedOn,
          totalMinutes: e.totalMinutes,
          scorePercent: e.scorePercent,
          remote: !!e.remote,
          evaluators: evaluators.map((v) => ({ intervenantId: v.intervenantId, fullName: v.fullName })),
          sittings: sittings.map((s) => ({ heldOn: s.heldOn, minutes: s.minutes })),
          assessments: assessments.map((a) => ({ code: a.itemCode, acquired: !!a.acquired })),
          remoteRecord: remote
            ? {
                identityCheckedOn: remote.identityCheckedOn,
                identityCheckMethod: remote.identityCheckMethod,
                pathTraceability: remote.pathTraceability,
                reinforcedSupport: remote.reinforcedSupport,
                feasibilityCheckedOn: remote.feasibilityCheckedOn,
                synchronousPhases: phases.map((p) => ({ heldOn: p.heldOn, minutes: p.minutes })),
              }
            : null,
        };
      }),
    );
  }

  private async evaluation(ctx: RequestContext, candidateId: number, id: number): Promise<EvaluationEntity> {
    const found = (await evaluationLoaders(ctx).evaluationsByCandidate.load(candidateId)).find((e) => e.id === id);
    if (!found) throw notFound(`Évaluation ${id}`);
    return found;
  }

  /** The intervenants named as evaluators in the rows, read in one statement. */
  private async intervenants(ctx: RequestContext, rows: readonly SessionResultRow[]): Promise<Map<string, IntervenantFacts>> {
    const ids = [...new Set(rows.flatMap((row) => row.evaluatorIds.map(String)))].filter(isNumericId).map(Number);
    const found = await organismLoaders(ctx).intervenantById.loadMany(ids);
    return new Map(found.filter((i): i is Exclude<typeof i, Error | undefined> => !!i && !(i instanceof Error)).map((i) => [String(i.id), i]));
  }

  /**
   * Writes the evaluations and what hangs off them in one transaction, a statement per table whatever their number;
   * each candidate's row version is checked as read, so no other write slipped in between.
   */
  private write(ctx: RequestContext, valid: readonly Valid[], intervenants: ReadonlyMap<string, IntervenantFacts>): Promise<number[]> {
    const today = ctx.clock.today();
    return this.writes.run(ctx, {
      check: valid.map(({ facts }) => ({ entity: CandidateEntity, id: facts.candidate.id, rowVersion: facts.candidate.rowVersion })),
      work: async (manager) => insertEvaluations(manager, valid, intervenants, today),
      journal: (ids) =>
        valid.map(({ facts, checked }, i): JournalRecord => {
          const acquired = checked.result.acquiredCompetences;
          return candidateLine(
            facts.candidate,
            facts.certifier.code,
            "EVALUATION_RECORDED",
            `Évaluation ${checked.row.kind === "PRELIMINARY" ? "préalable" : "finale"} ${ids[i]} du ${checked.result.heldOn} : ${acquired.length ? `acquises ${acquired.join(", ")}` : "aucune compétence acquise"} ; domaines validés : ${checked.result.validatedDomains.join(", ") || "aucun"}.`,
          );
        }),
      onDuplicate: (error) =>
        isDuplicateKey(error, "uq_evaluation_one_preliminary") ? conflict("Une évaluation préalable est déjà enregistrée pour ce parcours (EVA-2) : rechargez-le.") : undefined,
      reread: async (ids) => ids,
    });
  }
}

async function insertEvaluations(manager: EntityManager, valid: readonly Valid[], intervenants: ReadonlyMap<string, IntervenantFacts>, today: string): Promise<number[]> {
  await manager.insert(
    EvaluationEntity,
    valid.map(({ facts, checked }) => ({
      candidateId: facts.candidate.id,
      kind: checked.row.kind,
      heldOn: checked.result.heldOn,
      totalMinutes: checked.row.sittings.reduce((sum, s) => sum + s.minutes, 0),
      scorePercent: checked.row.scorePercent ?? null,
      remote: checked.row.remote !== null,
      recordedOn: today,
    })),
  );
  // Each candidate's row is locked by its version check: its newest evaluation is the one just written.
  const candidateIds = valid.map(({ facts }) => facts.candidate.id);
  const newest: { candidateId: number; id: number }[] = await manager.query(
    "SELECT candidate_id AS candidateId, MAX(id) AS id FROM evaluation WHERE candidate_id IN (?) GROUP BY candidate_id",
    [candidateIds],
  );
  const idOf = new Map(newest.map((row) => [Number(row.candidateId), Number(row.id)]));
  const ids = candidateIds.map((id) => idOf.get(id)!);
  const each = <T>(map: (one: Valid, evaluationId: number) => T[]): T[] => valid.flatMap((one, i) => map(one, ids[i]!));
  const sittings = each(({ checked }, evaluationId) => checked.row.sittings.map((s) => ({ evaluationId, heldOn: s.heldOn, minutes: s.minutes })));
  const evaluators = each(({ checked }, evaluationId) => checked.row.evaluatorIds.map((id) => ({ evaluationId, intervenantId: Number(id), fullName: intervenants.get(String(id))!.fullName })));
  const assessments = each(({ checked }, evaluationId) => checked.row.assessments.map((a) => ({ evaluationId, itemCode: a.code, acquired: a.acquired })));
  const remotes = each(({ checked }, evaluationId) => (checked.row.remote ? [{ evaluationId, record: checked.row.remote }] : []));
  await manager.insert(EvaluationSittingEntity, sittings);
  await manager.insert(EvaluationEvaluatorEntity, evaluators);
  if (assessments.length) await manager.insert(EvaluationAssessmentEntity, assessments);
  if (remotes.length) {
    await manager.insert(
      RemoteEvaluationEntity,
      remotes.map(({ evaluationId, record }) => ({
        evaluationId,
        identityCheckedOn: record.identityCheck?.checkedOn ?? null,
        identityCheckMethod: record.identityCheck?.method ?? null,
        pathTraceability: record.pathTraceability,
        reinforcedSupport: record.reinforcedSupport,
        feasibilityCheckedOn: record.feasibilityCheckedOn,
      })),
    );
    const phases = remotes.flatMap(({ evaluationId, record }) => record.synchronousPhases.map((p) => ({ evaluationId, heldOn: p.heldOn, minutes: p.minutes })));
    if (phases.length) await manager.insert(RemoteSynchronousPhaseEntity, phases);
  }
  return ids;
}

function rowFacts(facts: CandidateFacts): RowFacts {
  return {
    organismId: facts.candidate.organismId,
    enrolledOn: facts.candidate.enrolledOn,
    habilitation: facts.validity,
    referential: facts.referential.evaluated,
    previous: facts.recorded,
    trainers: facts.trainers,
    accommodations: facts.accommodations,
    limits: facts.limits,
  };
}

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

function remoteOf(input: RemoteEvaluationInput): RemoteEvaluationRecord {
  const checkedOn = text(input.identityCheckedOn);
  const method = text(input.identityCheckMethod);
  return {
    identityCheck: checkedOn && method ? { checkedOn, method } : null,
    pathTraceability: text(input.pathTraceability),
    reinforcedSupport: text(input.reinforcedSupport),
    feasibilityCheckedOn: text(input.feasibilityCheckedOn),
    synchronousPhases: (input.synchronousPhases ?? []).map((p) => ({ heldOn: p.heldOn, minutes: p.minutes })),
  };
}

function rowOf(input: SessionResultRowInput): SessionResultRow {
  return {
    candidateReference: input.candidateReference.trim(),
    kind: input.kind as EvaluationKind,
    sittings: input.sittings.map((s) => ({ heldOn: s.heldOn, minutes: s.minutes })),
    assessments: input.assessments.map((a) => ({ code: a.code.trim(), acquired: a.acquired })),
    scorePercent: input.scorePercent ?? null,
    evaluatorIds: [...new Set(input.evaluators.map((id) => id.trim()))],
    remote: input.remote ? remoteOf(input.remote) : null,
  };
}
