import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { HabilitationService } from "./habilitation.service";
import { EvaluationRightType, HabilitationConnection, HabilitationType } from "./habilitation.types";
import { PublicDecisionService } from "./public-decision.service";
import { PublicDecisionConnection } from "./public-decision.types";

@Resolver()
export class HabilitationResolver {
  constructor(
    private readonly habilitationService: HabilitationService,
    private readonly publicDecisionService: PublicDecisionService,
  ) {}

  @Query(() => PublicDecisionConnection, {
    description: "Notified habilitation decisions, as they may be made public (HAB-5), newest notification first (at most 100 a page).",
  })
  publicDecisions(
    @Ctx() ctx: RequestContext,
    @Arg("instance", () => String, { nullable: true }) instance: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.publicDecisionService.list(ctx, { instance, first, after });
  }

  @Query(() => HabilitationConnection, { description: "Notified habilitations (public decisions, HAB-5), with their validity (HAB-6)." })
  habilitations(
    @Ctx() ctx: RequestContext,
    @Arg("organism", () => String, { nullable: true }) organism: string | null,
    @Arg("instance", () => String, { nullable: true }) instance: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.habilitationService.list(ctx, { organism, instance }, first, after);
  }

  @Query(() => HabilitationType)
  habilitation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return this.habilitationService.viewOf(ctx, parseId(id));
  }

  @Query(() => EvaluationRightType, {
    description: "May this organism (SIREN) evaluate this certification, under this CPNE's contextualised referential (or none), on this date? (CTX-4, EVA-1)",
  })
  evaluationRight(
    @Ctx() ctx: RequestContext,
    @Arg("organism") organism: string,
    @Arg("certification") certification: string,
    @Arg("date") date: string,
    @Arg("context", () => String, { nullable: true }) context: string | null,
  ) {
    return this.habilitationService.evaluationRight(ctx, organism.replace(/\s/g, ""), certification, context, date);
  }

  @Mutation(() => HabilitationType, { description: "HAB-6: the organism records a use (renewal needs one)." })
  recordHabilitationUse(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("usedOn") usedOn: string) {
    return this.habilitationService.recordUse(ctx, parseId(id), usedOn);
  }

  @Mutation(() => HabilitationType, { description: "HAB-6: written renunciation, effective 3 months after receipt." })
  renounceHabilitation(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) id: string,
    @Arg("noticeSentOn") noticeSentOn: string,
    @Arg("noticeReceivedOn") noticeReceivedOn: string,
  ) {
    return this.habilitationService.renounce(ctx, parseId(id), noticeSentOn, noticeReceivedOn);
  }

  @Mutation(() => HabilitationType, { description: "INS-1: the granting Instance suspends (no extension of the duration)." })
  suspendHabilitation(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) id: string,
    @Arg("startsOn") startsOn: string,
    @Arg("reason") reason: string,
    @Arg("endsOn", () => String, { nullable: true }) endsOn: string | null,
  ) {
    return this.habilitationService.suspend(ctx, parseId(id), startsOn, endsOn ?? null, reason);
  }

  @Mutation(() => HabilitationType)
  liftSuspension(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("endsOn") endsOn: string) {
    return this.habilitationService.liftSuspension(ctx, parseId(id), endsOn);
  }

  @Mutation(() => HabilitationType, { description: "INS-1, WDR-1: the granting Instance withdraws." })
  withdrawHabilitation(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("withdrawnOn") withdrawnOn: string, @Arg("reason") reason: string) {
    return this.habilitationService.withdraw(ctx, parseId(id), withdrawnOn, reason);
  }
}
