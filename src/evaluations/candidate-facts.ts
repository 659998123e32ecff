import type { RequestContext } from "../common/context";
import type { HabilitationEntity } from "../habilitations/habilitation.entity";
import type { HabilitationService } from "../habilitations/habilitation.service";
import type { HabilitationRecord } from "../habilitations/rules/validity";
import type { InstanceEntity } from "../instances/instance.entity";
import type { InstanceService } from "../instances/instance.service";
import type { ReferentialService } from "../referentials/referential.service";
import type { CandidateEntity } from "./candidate.entity";
import { type CandidateReferential, candidateReferential } from "./candidate-referential";
import type { EvaluationEntity } from "./evaluation.entity";
import { evaluationLoaders } from "./evaluation.loaders";
import type { JuryDecisionEntity } from "./jury.entity";
import type { Accommodation, AccommodationKind } from "./rules/accommodations";
import type { ProcessingLimits } from "./rules/enrolment";
import type { RecordedEvaluation } from "./rules/path";
import type { PersonOnPath } from "./rules/trainer-separation";

/** Everything the rules need to judge a step of one candidate's path, read with batched loaders. */
export interface CandidateFacts {
  readonly candidate: CandidateEntity;
  readonly habilitation: HabilitationEntity;
  readonly validity: HabilitationRecord;
  /** The Instance that granted the habilitation: Certif Pro, or the delegated CPNE. */
  readonly certifier: InstanceEntity;
  readonly referential: CandidateReferential;
  readonly evaluations: readonly EvaluationEntity[];
  readonly recorded: readonly RecordedEvaluation[];
  readonly trainers: readonly PersonOnPath[];
  readonly evaluators: readonly PersonOnPath[];
  readonly juryMembers: readonly PersonOnPath[];
  readonly accommodations: readonly Accommodation[];
  readonly juryDecisions: readonly JuryDecisionEntity[];
  readonly limits: ProcessingLimits;
}

export interface FactsSources {
  readonly habilitations: HabilitationService;
  readonly instances: InstanceService;
  readonly referentials: ReferentialService;
}

export async function candidateFacts(ctx: RequestContext, sources: FactsSources, candidate: CandidateEntity): Promise<CandidateFacts> {
  const loaders = evaluationLoaders(ctx);
  const habilitation = await sources.habilitations.get(ctx, candidate.habilitationId);
  const [validity, certifier, referential, evaluations, trainings, accommodations, juryDecisions] = await Promise.all([
    sources.habilitations.record(ctx, habilitation),
    sources.instances.byId(ctx, habilitation.instanceId),
    candidateReferential(ctx, sources.referentials, candidate),
    loaders.evaluationsByCandidate.load(candidate.id),
    loaders.trainingsByCandidate.load(candidate.id),
    loaders.accommodationsByCandidate.load(candidate.id),
    loaders.juryDecisionsByCandidate.load(candidate.id),
  ]);
  const [assessments, evaluators, members] = await Promise.all([
    Promise.all(evaluations.map((evaluation) => loaders.assessmentsByEvaluation.load(evaluation.id))),
    Promise.all(evaluations.map((evaluation) => loaders.evaluatorsByEvaluation.load(evaluation.id))),
    Promise.all(juryDecisions.map((decision) => loaders.membersByDecision.load(decision.id))),
  ]);
  return {
    candidate,
    habilitation,
    validity,
    certifier,
    referential,
    evaluations,
    recorded: evaluations.map((evaluation, i) => ({
      kind: evaluation.kind,
      heldOn: evaluation.heldOn,
      assessments: assessments[i]!.map((a) => ({ code: a.itemCode, acquired: !!a.acquired })),
      scorePercent: evaluation.scorePercent,
    })),
    trainers: trainings.map((t) => ({ intervenantId: t.trainerId, fullName: t.trainerName })),
    evaluators: evaluators.flat().map((e) => ({ intervenantId: e.intervenantId, fullName: e.fullName })),
    juryMembers: members.flat().map((m) => ({ intervenantId: m.intervenantId, fullName: m.fullName })),
    accommodations: accommodations.map((a) => ({ kind: a.kind as AccommodationKind, description: a.description, extraMinutes: a.extraMinutes })),
    juryDecisions,
    limits: { restrictedSince: candidate.restrictedSince, objectedSince: candidate.objectedSince },
  };
}
