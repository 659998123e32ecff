import { rule } from "graphql-shield";
import type { RequestContext } from "../common/graphql/context";
import { authenticationRequired, forbidden } from "../common/graphql/rules";
import { canDecide, canEdit, canManageReferentials } from "./rules/permissions";

const NUMERIC_ID = /^\d{1,10}$/;

/** CTX-1, INS-2: the owning CPNE's decision makers and staff start and edit; providers never. */
export const mayStartContextualisation = rule({ cache: "no_cache" })((_parent, args: { context: string }, ctx: RequestContext) => {
  const actor = ctx.actor;
  if (!actor) return authenticationRequired();
  if (actor.instanceKind === "CPNE" && actor.instanceCode === args.context && canEdit(actor, actor.instanceId!)) return true;
  return forbidden(`Seuls les décideurs et le service compétent de ${args.context} contextualisent pour cette CPNE.`);
});

export const mayEditContextualisation = rule({ cache: "no_cache" })(
  async (_parent, args: { contextualisation: string }, ctx: RequestContext) => {
    const actor = ctx.actor;
    if (!actor) return authenticationRequired();
    // An id that names nothing is left to the resolver, which answers NOT_FOUND.
    if (!NUMERIC_ID.test(args.contextualisation.trim())) return true;
    const found = await ctx.loaders.contextualisationById.load(Number(args.contextualisation));
    if (!found) return true;
    if (canEdit(actor, found.instanceId)) return true;
    return forbidden("Seuls les décideurs et le service compétent de la CPNE concernée modifient et soumettent sa contextualisation.");
  },
);

/** CTX-5, INS-1: approving or rejecting is Certif Pro's decision. */
export const mayDecideContextualisation = rule({ cache: "no_cache" })((_parent, _args, ctx: RequestContext) => {
  if (!ctx.actor) return authenticationRequired();
  return canDecide(ctx.actor) ? true : forbidden("Seul un décideur de Certif Pro approuve ou rejette une contextualisation.");
});

/** REF-3: Certif Pro alone updates the referentials. */
export const mayManageReferentials = rule({ cache: "no_cache" })((_parent, _args, ctx: RequestContext) => {
  if (!ctx.actor) return authenticationRequired();
  return canManageReferentials(ctx.actor) ? true : forbidden("Seul un décideur de Certif Pro fait évoluer les référentiels.");
});
