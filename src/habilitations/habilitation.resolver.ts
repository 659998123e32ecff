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

  @Mutation(() => HabilitationType, {
    description: "HAB-6: the organism records the day it sent its written renunciation; people enrolled by then are carried to the end.",
  })
  renounceHabilitation(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("noticeSentOn") noticeSentOn: string) {
    return this.habilitationService.renounce(ctx, parseId(id), noticeSentOn);
  }

  @Mutation(() => HabilitationType, {
    description: "HAB-6: the granting Instance records the day it received the renunciation; it takes effect 3 months later, without refund.",
  })
  recordRenunciationReceipt(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("noticeReceivedOn") noticeReceivedOn: string) {
    return this.habilitationService.recordRenunciationReceipt(ctx, parseId(id), noticeReceivedOn);
  }
}
