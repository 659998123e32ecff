import type { RequestContext } from "../common/context";
import { notFound } from "../common/errors";
import { instanceLoaders } from "../instances/instance.loaders";
import { referentialLoaders } from "../referentials/referential.loaders";
import type { ReferentialService } from "../referentials/referential.service";
import { candidateReferential, candidateWording } from "./candidate-referential";
import type { CandidateEntity } from "./candidate.entity";
import type { AccommodationType, JuryDecisionType, PathStandingType, ResultsMatrixType, TrainingType } from "./candidate.types";
import { evaluationLoaders } from "./evaluation.loaders";
import { resultsMatrix } from "./results-matrix";
import { ACCOMMODATION_LABELS, type AccommodationKind } from "./rules/accommodations";
import { juryProposal, type JuryProposal } from "./rules/jury";
import { type PathStatus, pathStatus } from "./rules/path";

type Candidate = Pick<CandidateEntity, "id" | "referentialVersionId" | "certificationCode" | "contextualisationId" | "contextInstanceId">;

/** The parts of a candidate a client asks for, each read with batched loaders across a page. */
export class CandidateViews {
  constructor(private readonly referentials: ReferentialService) {}

  async referentialVersion(ctx: RequestContext, candidate: Candidate): Promise<string> {
    const version = await referentialLoaders(ctx).versionById.load(candidate.referentialVersionId);
    if (!version) throw notFound(`Référentiel du candidat ${candidate.id}`);
    return version.version;
  }

  async context(ctx: RequestContext, candidate: Candidate): Promise<string | null> {
    return candidate.contextInstanceId === null ? null : ((await instanceLoaders(ctx).instanceById.load(candidate.contextInstanceId))?.code ?? null);
  }

  async accommodations(ctx: RequestContext, candidate: Candidate): Promise<AccommodationType[]> {
    return (await evaluationLoaders(ctx).accommodationsByCandidate.load(candidate.id)).map((a) => ({ ...a, label: ACCOMMODATION_LABELS[a.kind as AccommodationKind] }));
  }

  async trainings(ctx: RequestContext, candidate: Candidate): Promise<TrainingType[]> {
    return (await evaluationLoaders(ctx).trainingsByCandidate.load(candidate.id)).map((t) => ({ id: t.id, trainer: { intervenantId: t.trainerId, fullName: t.trainerName }, startsOn: t.startsOn }));
  }

  async standing(ctx: RequestContext, candidate: Candidate): Promise<PathStandingType> {
    const status = await this.status(ctx, candidate);
    return { ...status, validatedDomains: [...status.validatedDomains], remainingDomains: [...status.remainingDomains], remainingCompetences: [...status.remainingCompetences], competences: [...status.competences] };
  }

  async juryProposal(ctx: RequestContext, candidate: Candidate): Promise<JuryProposal> {
    return juryProposal(await this.status(ctx, candidate));
  }

  async juryDecisions(ctx: RequestContext, candidate: Candidate): Promise<JuryDecisionType[]> {
    const loaders = evaluationLoaders(ctx);
    const decisions = await loaders.juryDecisionsByCandidate.load(candidate.id);
    return Promise.all(
      decisions.map(async (d) => ({
        ...d,
        validatedDomains: d.validatedDomains ? d.validatedDomains.split(",") : [],
        members: (await loaders.membersByDecision.load(d.id)).map((m) => ({ intervenantId: m.intervenantId, fullName: m.fullName })),
        departures: await loaders.departuresByDecision.load(d.id),
      })),
    );
  }

  async resultsMatrix(ctx: RequestContext, candidate: Candidate): Promise<ResultsMatrixType> {
    const [referential, wording, status, context] = await Promise.all([
      candidateReferential(ctx, this.referentials, candidate),
      candidateWording(ctx, candidate),
      this.status(ctx, candidate),
      candidate.contextInstanceId === null ? null : instanceLoaders(ctx).instanceById.load(candidate.contextInstanceId),
    ]);
    return resultsMatrix(referential, wording, status, context ?? null);
  }

  /** EVA-2, REF-4, EVA-9: where the person stands today, from the referential and the evaluations alone. */
  private async status(ctx: RequestContext, candidate: Candidate): Promise<PathStatus> {
    const loaders = evaluationLoaders(ctx);
    const [referential, evaluations] = await Promise.all([candidateReferential(ctx, this.referentials, candidate), loaders.evaluationsByCandidate.load(candidate.id)]);
    const assessments = await Promise.all(evaluations.map((e) => loaders.assessmentsByEvaluation.load(e.id)));
    const recorded = evaluations.map((e, i) => ({ kind: e.kind, heldOn: e.heldOn, scorePercent: e.scorePercent, assessments: assessments[i]!.map((a) => ({ code: a.itemCode, acquired: !!a.acquired })) }));
    return pathStatus(referential.evaluated, recorded, ctx.clock.today());
  }
}
