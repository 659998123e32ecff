import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { OrganismEdits } from "./organism-edits";
import type { ChangeKind } from "./rules/changes";
import { ContactInput, EstablishmentInput, IntervenantInput, OrganismInput } from "./organism.inputs";
import { OrganismType, SituationChangeKindEnum } from "./organism.types";

/** Every mutation answers the organism as it now is. */
@Resolver()
export class OrganismMutationResolver {
  constructor(private readonly organismEdits: OrganismEdits) {}

  @Mutation(() => OrganismType, { description: "Name, legal form, activity declaration number, Qualiopi status." })
  updateOrganism(@Ctx() ctx: RequestContext, @Arg("siren") siren: string, @Arg("input", () => OrganismInput) input: OrganismInput) {
    return this.organismEdits.update(ctx, siren, input);
  }

  @Mutation(() => OrganismType, {
    description: "An establishment under the organism's SIREN joins without a new application; another SIREN's is refused (HAB-7).",
  })
  addEstablishment(@Ctx() ctx: RequestContext, @Arg("siren") siren: string, @Arg("input", () => EstablishmentInput) input: EstablishmentInput) {
    return this.organismEdits.addEstablishment(ctx, siren, input);
  }

  @Mutation(() => OrganismType, { description: "Closes an establishment or site; it stays in the history." })
  closeEstablishment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("closedOn") closedOn: string) {
    return this.organismEdits.closeEstablishment(ctx, id, closedOn);
  }

  @Mutation(() => OrganismType, { description: "Replaces the organism's contacts, reported today; a change reported more than 5 days after it happened is flagged late (HAB-9)." })
  setContacts(
    @Ctx() ctx: RequestContext,
    @Arg("siren") siren: string,
    @Arg("contacts", () => [ContactInput]) contacts: ContactInput[],
    @Arg("changedOn", () => String, { nullable: true, description: "The day the change happened (YYYY-MM-DD); today by default. Due within 5 days (HAB-9)." })
    changedOn: string | null,
  ) {
    return this.organismEdits.setContacts(ctx, siren, contacts, changedOn ?? null);
  }

  @Mutation(() => OrganismType)
  addIntervenant(@Ctx() ctx: RequestContext, @Arg("siren") siren: string, @Arg("input", () => IntervenantInput) input: IntervenantInput) {
    return this.organismEdits.addIntervenant(ctx, siren, input);
  }

  @Mutation(() => OrganismType)
  updateIntervenant(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string, @Arg("input", () => IntervenantInput) input: IntervenantInput) {
    return this.organismEdits.updateIntervenant(ctx, id, input);
  }

  @Mutation(() => OrganismType, { description: "Erases the intervenant's record (GDPR-1)." })
  removeIntervenant(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return this.organismEdits.removeIntervenant(ctx, id);
  }

  @Mutation(() => OrganismType, { description: "Due within 30 days of the change; a late report is accepted and flagged late (HAB-7)." })
  reportSituationChange(
    @Ctx() ctx: RequestContext,
    @Arg("siren") siren: string,
    @Arg("kind", () => SituationChangeKindEnum) kind: ChangeKind,
    @Arg("changedOn") changedOn: string,
    @Arg("description") description: string,
  ) {
    return this.organismEdits.reportSituationChange(ctx, siren, kind, changedOn, description);
  }

  @Mutation(() => OrganismType, { description: "The organism's admin registers or renews a Mandataire's mandate; the proof is required (HAB-2)." })
  registerMandate(
    @Ctx() ctx: RequestContext,
    @Arg("siren") siren: string,
    @Arg("mandataireName") mandataireName: string,
    @Arg("proofReference") proofReference: string,
    @Arg("validFrom") validFrom: string,
    @Arg("validUntil", () => String, { nullable: true }) validUntil: string | null,
  ) {
    return this.organismEdits.registerMandate(ctx, siren, { mandataireName, proofReference, validFrom, validUntil });
  }
}
