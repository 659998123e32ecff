import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/graphql/context";
import type { OrganismEntity } from "./organism.entity";
import { ContactType, EstablishmentType, IntervenantType, MandateType, OrganismConnection, OrganismType, SituationChangeType } from "./organism.types";

@Resolver(() => OrganismType)
export class OrganismResolver {
  @Query(() => OrganismType, {
    nullable: true,
    description: "Null when the organism does not exist or is not visible to the caller (anonymous callers see none).",
  })
  organism(@Ctx() ctx: RequestContext, @Arg("siren") siren: string) {
    return ctx.services.organisms.find(ctx, siren);
  }

  @Query(() => OrganismConnection, {
    description:
      "Organisms the caller sees, by name: its own (organism admin), those it holds a mandate in force for (Mandataire), " +
      "those that applied to its Instance (CPNE), all (Certif Pro). `search` matches the name or the start of the SIREN.",
  })
  organisms(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
  ) {
    return ctx.services.organisms.list(ctx, { first, after, search });
  }

  @FieldResolver(() => [EstablishmentType])
  establishments(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.organisms.establishments(ctx, root);
  }

  @FieldResolver(() => [ContactType], { nullable: true })
  contacts(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.organisms.contacts(ctx, root);
  }

  @FieldResolver(() => [IntervenantType], { nullable: true })
  intervenants(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.organisms.intervenants(ctx, root);
  }

  @FieldResolver(() => [MandateType])
  mandates(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.organisms.mandates(ctx, root);
  }

  @FieldResolver(() => [SituationChangeType])
  situationChanges(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.organisms.situationChanges(ctx, root);
  }
}
