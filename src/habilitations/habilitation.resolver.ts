import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/graphql/context";
import { parseId } from "../common/graphql/ids";
import { EvaluationRightType, HabilitationConnection, HabilitationType } from "./habilitation.types";

@Resolver()
export class HabilitationResolver {
  @Query(() => HabilitationConnection, { description: "Notified habilitations (public decisions, HAB-5), with their validity (HAB-6)." })
  habilitations(
    @Ctx() ctx: RequestContext,
    @Arg("organism", () => String, { nullable: true }) organism: string | null,
    @Arg("instance", () => String, { nullable: true }) instance: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return ctx.services.habilitations.list(ctx, { organism, instance }, first, after);
  }

  @Query(() => HabilitationType)
  async habilitation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return ctx.services.habilitations.view(ctx, await ctx.services.habilitations.get(ctx, parseId(id)));
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
    return ctx.services.habilitations.evaluationRight(ctx, organism.replace(/\s/g, ""), certification, context, date);
  }

  @Mutation(() => HabilitationType, { description: "HAB-6: the organism records a use (renewal needs one)." })
  recordHabilitationUse(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("usedOn") usedOn: string) {
    return ctx.services.habilitations.recordUse(ctx, parseId(id), usedOn);
  }

  @Mutation(() => HabilitationType, { description: "HAB-6: written renunciation, effective 3 months after receipt." })
  renounceHabilitation(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) id: string,
    @Arg("noticeSentOn") noticeSentOn: string,
    @Arg("noticeReceivedOn") noticeReceivedOn: string,
  ) {
    return ctx.services.habilitations.renounce(ctx, parseId(id), noticeSentOn, noticeReceivedOn);
  }

  @Mutation(() => HabilitationType, { description: "INS-1: the granting Instance suspends (no extension of the duration)." })
  suspendHabilitation(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) id: string,
    @Arg("startsOn") startsOn: string,
    @Arg("reason") reason: string,
    @Arg("endsOn", () => String, { nullable: true }) endsOn: string | null,
  ) {
    return ctx.services.habilitations.suspend(ctx, parseId(id), startsOn, endsOn ?? null, reason);
  }

  @Mutation(() => HabilitationType)
  liftSuspension(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("endsOn") endsOn: string) {
    return ctx.services.habilitations.liftSuspension(ctx, parseId(id), endsOn);
  }

  @Mutation(() => HabilitationType, { description: "INS-1, WDR-1: the granting Instance withdraws." })
  withdrawHabilitation(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) id: string, @Arg("withdrawnOn") withdrawnOn: string, @Arg("reason") reason: string) {
    return ctx.services.habilitations.withdraw(ctx, parseId(id), withdrawnOn, reason);
  }
}
