import type { Actor } from "../common/auth/actor";
import type { RequestContext } from "../common/graphql/context";
import { mandateInForce } from "./rules/mandate";

/** HAB-2: an organism acts itself (ORGANISM_ADMIN) or through a Mandataire holding a mandate valid today. */
export async function actsForOrganism(ctx: RequestContext, organismId: number): Promise<boolean> {
  const actor: Actor | null = ctx.actor;
  if (!actor) return false;
  if (actor.role === "ORGANISM_ADMIN") return actor.organismId === organismId;
  if (actor.role === "MANDATAIRE" && actor.mandataireId) {
    const today = ctx.clock.today();
    const mandates = await ctx.loaders.mandatesByMandataire.load(actor.mandataireId);
    return mandates.some((m) => m.organismId === organismId && mandateInForce(m, today));
  }
  return false;
}

/** The organisms the caller acts for (empty for Instance members and anonymous callers). */
export async function organismsActedFor(ctx: RequestContext): Promise<number[]> {
  const actor = ctx.actor;
  if (actor?.role === "ORGANISM_ADMIN" && actor.organismId) return [actor.organismId];
  if (actor?.role === "MANDATAIRE" && actor.mandataireId) {
    const today = ctx.clock.today();
    const mandates = await ctx.loaders.mandatesByMandataire.load(actor.mandataireId);
    return mandates.filter((m) => mandateInForce(m, today)).map((m) => m.organismId);
  }
  return [];
}
