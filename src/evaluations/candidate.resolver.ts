import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { organismSummary } from "../organisms/organism.queries";
import { OrganismSummaryType } from "../organisms/organism.types";
import { CandidateViews } from "./candidate-views";
import { CandidateService } from "./candidate.service";
import {
  AccommodationType,
  CandidateConnection,
  CandidatePersonType,
  CandidateType,
  EvaluationType,
  JuryDecisionType,
  JuryProposalType,
  PathStandingType,
  ProcessingLimitKindEnum,
  ResultsMatrixType,
  TrainingType,
} from "./candidate.types";
import { CertificateService } from "./certificate.service";
import { CertificateType, ResultsRequestType } from "./certificate.types";
import { AccommodationInput, CandidateFilter, CandidatePersonInput, EnrolCandidateInput } from "./evaluation.inputs";
import { evaluationLoaders } from "./evaluation.loaders";
import { EvaluationService } from "./evaluation.service";
import type { ProcessingLimitKind } from "./rules/processing-limits";
import { resultsRequestDeadline } from "./rules/results-request";

@Resolver()
export class CandidateResolver {
  constructor(private readonly candidateService: CandidateService) {}

  @Query(() => CandidateConnection, { description: "GDPR-1: the organism's own candidates, newest enrolment first (at most 100 a page)." })
  candidates(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => CandidateFilter, { nullable: true }) filter: CandidateFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.candidateService.list(ctx, filter ?? {}, first, after);
  }

  @Query(() => CandidateType, { description: "GDPR-1: the organism reads its candidate; an Instance only with a reason (a request addressed to it, an audit), each read journaled." })
  candidate(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return this.candidateService.read(ctx, parseId(id));
  }

  @Mutation(() => CandidateType, { description: "EVA-1, CTX-4, GDPR-1: enrols a person, on a day the organism holds the right." })
  enrolCandidate(@Ctx() ctx: RequestContext, @Arg("organism") organism: string, @Arg("input", () => EnrolCandidateInput) input: EnrolCandidateInput) {
    return this.candidateService.enrol(ctx, organism.replace(/\s/g, ""), input);
  }

  @Mutation(() => CandidateType, { description: "GDPR-1: rectifies the person's identity or contact." })
  rectifyCandidate(
    @Ctx() ctx: RequestContext,
    @Arg("candidate", () => ID) candidate: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("person", () => CandidatePersonInput) person: CandidatePersonInput,
  ) {
    return this.candidateService.rectify(ctx, parseId(candidate), rowVersion, person);
  }

  @Mutation(() => CandidateType, { description: "EVA-6: records an accommodation." })
  addAccommodation(
    @Ctx() ctx: RequestContext,
    @Arg("candidate", () => ID) candidate: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("input", () => AccommodationInput) input: AccommodationInput,
  ) {
    return this.candidateService.addAccommodation(ctx, parseId(candidate), rowVersion, input);
  }

  @Mutation(() => CandidateType, { description: "EVA-6: removes an accommodation; rowVersion is the candidate's." })
  removeAccommodation(@Ctx() ctx: RequestContext, @Arg("accommodation", () => ID) accommodation: string, @Arg("rowVersion", () => Int) rowVersion: number) {
    return this.candidateService.removeAccommodation(ctx, accommodation, rowVersion);
  }

  @Mutation(() => CandidateType, { description: "EVA-2, EVA-3: records a training path and its trainer." })
  recordTraining(
    @Ctx() ctx: RequestContext,
    @Arg("candidate", () => ID) candidate: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("trainer", () => ID) trainer: string,
    @Arg("startsOn") startsOn: string,
  ) {
    return this.candidateService.recordTraining(ctx, parseId(candidate), rowVersion, trainer, startsOn);
  }

  @Mutation(() => CandidateType, { description: "EVA-7: the day the results were communicated to the person; the month for a request to the certifier runs from it." })
  communicateResults(@Ctx() ctx: RequestContext, @Arg("candidate", () => ID) candidate: string, @Arg("rowVersion", () => Int) rowVersion: number, @Arg("communicatedOn") communicatedOn: string) {
    return this.candidateService.communicateResults(ctx, parseId(candidate), rowVersion, communicatedOn);
  }

  @Mutation(() => CandidateType, { description: "GDPR-1: records the person's restriction of, or objection to, processing; nothing new is recorded meanwhile." })
  setProcessingLimit(
    @Ctx() ctx: RequestContext,
    @Arg("candidate", () => ID) candidate: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("limit", () => ProcessingLimitKindEnum) limit: ProcessingLimitKind,
    @Arg("since") since: string,
  ) {
    return this.candidateService.setProcessingLimit(ctx, parseId(candidate), rowVersion, limit, since);
  }

  @Mutation(() => CandidateType, { description: "GDPR-1: lifts a restriction, or settles an objection." })
  liftProcessingLimit(
    @Ctx() ctx: RequestContext,
    @Arg("candidate", () => ID) candidate: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("limit", () => ProcessingLimitKindEnum) limit: ProcessingLimitKind,
  ) {
    return this.candidateService.liftProcessingLimit(ctx, parseId(candidate), rowVersion, limit);
  }
}

/** The parts of a candidate, each read only when asked for, in batches across a page. */
@Resolver(() => CandidateType)
export class CandidateFieldsResolver {
  constructor(
    private readonly candidateViews: CandidateViews,
    private readonly evaluationService: EvaluationService,
    private readonly certificateService: CertificateService,
  ) {}

  @FieldResolver(() => OrganismSummaryType)
  organism(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return organismSummary(ctx, candidate.organismId);
  }

  @FieldResolver(() => String, { description: "The referential version the person is evaluated against." })
  referentialVersion(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.referentialVersion(ctx, candidate);
  }

  @FieldResolver(() => String, { nullable: true, description: "The CPNE whose contextualised referential applies (CTX-4)." })
  context(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.context(ctx, candidate);
  }

  @FieldResolver(() => CandidatePersonType, { nullable: true })
  async person(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return (await evaluationLoaders(ctx).identityByCandidate.load(candidate.id)) ?? null;
  }

  @FieldResolver(() => [AccommodationType])
  accommodations(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.accommodations(ctx, candidate);
  }

  @FieldResolver(() => [TrainingType])
  trainings(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.trainings(ctx, candidate);
  }

  @FieldResolver(() => [EvaluationType])
  evaluations(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.evaluationService.ofCandidate(ctx, candidate.id);
  }

  @FieldResolver(() => PathStandingType, { description: "EVA-2, REF-4, EVA-9: where the person stands, today." })
  standing(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.standing(ctx, candidate);
  }

  @FieldResolver(() => JuryProposalType)
  juryProposal(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.juryProposal(ctx, candidate);
  }

  @FieldResolver(() => [JuryDecisionType])
  juryDecisions(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.juryDecisions(ctx, candidate);
  }

  @FieldResolver(() => String, { nullable: true, description: "EVA-7: the last day to send a request to the certifier." })
  resultsRequestDeadline(@Root() candidate: CandidateType) {
    return candidate.resultsCommunicatedOn ? resultsRequestDeadline(candidate.resultsCommunicatedOn) : null;
  }

  @FieldResolver(() => CertificateType, { nullable: true })
  certificate(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.certificateService.ofCandidate(ctx, candidate.id);
  }

  @FieldResolver(() => [ResultsRequestType])
  resultsRequests(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.certificateService.requestsOfCandidate(ctx, candidate.id);
  }

  @FieldResolver(() => ResultsMatrixType, { description: "EVA-4: per domain and competence, in the wording the person was evaluated against." })
  resultsMatrix(@Ctx() ctx: RequestContext, @Root() candidate: CandidateType) {
    return this.candidateViews.resultsMatrix(ctx, candidate);
  }

  @FieldResolver(() => String, { description: "EVA-4: GET path of the results matrix as a PDF (bearer token)." })
  resultsMatrixPdfPath(@Root() candidate: CandidateType) {
    return `/documents/candidates/${candidate.id}/results-matrix.pdf`;
  }
}
