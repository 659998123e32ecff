import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { OrganismService } from "./organism.service";
import type { OrganismEntity } from "./organism.entity";
import { ContactsReportType, ContactType, EstablishmentType, IntervenantType, MandateType, OrganismConnection, OrganismType, SituationChangeType } from "./organism.types";

@Resolver(() => OrganismType)
export class OrganismResolver {
  constructor(private readonly organismService: OrganismService) {}

  @Query(() => OrganismType, {
    nullable: true,
    description: "Null when the organism does not exist or is not visible to the caller (anonymous callers see none).",
  })
  organism(@Ctx() ctx: RequestContext, @Arg("siren") siren: string) {
    return this.organismService.find(ctx, siren);
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
    return this.organismService.list(ctx, { first, after, search });
  }

  @FieldResolver(() => [EstablishmentType])
  establishments(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return this.organismService.establishments(ctx, root);
  }

  @FieldResolver(() => [ContactType], { nullable: true })
  contacts(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return this.organismService.contacts(ctx, root);
  }

  @FieldResolver(() => ContactsReportType, { nullable: true })
  contactsReport(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return this.organismService.contactsReport(ctx, root);
  }

  @FieldResolver(() => [IntervenantType], { nullable: true })
  intervenants(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return this.organismService.intervenants(ctx, root);
  }

  @FieldResolver(() => [MandateType])
  mandates(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return this.organismService.mandates(ctx, root);
  }

  @FieldResolver(() => [SituationChangeType])
  situationChanges(@Root() root: OrganismEntity, @Ctx() ctx: RequestContext) {
    return this.organismService.situationChanges(ctx, root);
  }
}
