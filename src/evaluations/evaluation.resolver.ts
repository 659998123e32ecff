import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { CandidateType, EvaluationConnection, EvaluationType, SessionResultsType } from "./candidate.types";
import { EvaluationFilter, EvaluationInput, JuryDecisionInput, SessionResultRowInput } from "./evaluation.inputs";
import { EvaluationService } from "./evaluation.service";
import { JuryService } from "./jury.service";

@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly evaluationService: EvaluationService,
    private readonly juryService: JuryService,
  ) {}

  @Query(() => EvaluationConnection, { description: "GDPR-1: the organism's own candidates' evaluations, latest first (at most 100 a page)." })
  evaluations(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => EvaluationFilter, { nullable: true }) filter: EvaluationFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.evaluationService.list(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => EvaluationType, {
    description: "EVA-2, EVA-3, EVA-6, EVA-8, EVA-9: records and validates a preliminary or final evaluation; every reason it is refused is in extensions.refusals.",
  })
  recordEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg("candidate", () => ID) candidate: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("input", () => EvaluationInput) input: EvaluationInput,
  ) {
    return this.evaluationService.record(ctx, parseId(candidate), rowVersion, input);
  }

  @Mutation(() => SessionResultsType, {
    description: "A whole session at once (500 rows at most): every row checked, every bad row reported in extensions.rowErrors, all written or none.",
  })
  recordSessionResults(@Ctx() ctx: RequestContext, @Arg("organism") organism: string, @Arg("rows", () => [SessionResultRowInput]) rows: SessionResultRowInput[]) {
    return this.evaluationService.recordSession(ctx, organism.replace(/\s/g, ""), rows);
  }

  @Mutation(() => CandidateType, {
    description: "EVA-5: records the sovereign jury's decision; an award delivers the certificate in the person's chosen format, and the first under a habilitation is its use (HAB-6).",
  })
  recordJuryDecision(
    @Ctx() ctx: RequestContext,
    @Arg("candidate", () => ID) candidate: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("input", () => JuryDecisionInput) input: JuryDecisionInput,
  ) {
    return this.juryService.decide(ctx, parseId(candidate), rowVersion, input);
  }
}
