import type { RequestContext } from "../common/context";
import { badInput, notFound } from "../common/errors";
import { actsForOrganism as actsFor } from "../instances/rules/roles";
import { organismLoaders } from "./organism.loaders";
import type { OrganismEntity } from "./organism.entity";
import { validateSiren } from "./rules/identifiers";
import { mandateInForce } from "./rules/mandate";

/** What other areas may ask about organisms. */

/** The organisms a Mandataire holds a mandate in force for, today. */
async function mandatedOrganisms(ctx: RequestContext): Promise<number[]> {
  const actor = ctx.actor;
  if (actor?.role !== "MANDATAIRE" || !actor.mandataireId) return [];
  const today = ctx.clock.today();
  const mandates = await organismLoaders(ctx).mandatesByMandataire.load(actor.mandataireId);
  return mandates.filter((m) => mandateInForce(m, today)).map((m) => m.organismId);
}

/** An organism acts itself (ORGANISM_ADMIN) or through a Mandataire holding a mandate valid today. */
export async function actsForOrganism(ctx: RequestContext, organismId: number): Promise<boolean> {
  return actsFor(ctx.actor, organismId, await mandatedOrganisms(ctx));
}

/** The organisms the caller acts for (empty for Instance members and anonymous callers). */
export async function organismsActedFor(ctx: RequestContext): Promise<number[]> {
  const actor = ctx.actor;
  if (actor?.role === "ORGANISM_ADMIN" && actor.organismId) return [actor.organismId];
  return mandatedOrganisms(ctx);
}

/** The organism's public identity, as applications and habilitations show it. */
export async function organismSummary(ctx: RequestContext, organismId: number): Promise<{ siren: string; name: string }> {
  const organism = (await organismLoaders(ctx).organismById.load(organismId))!;
  return { siren: organism.siren, name: organism.name };
}

/** The organism a SIREN argument names: BAD_USER_INPUT when the SIREN is not one, NOT_FOUND when no organism has it. */
export async function organismBySiren(ctx: RequestContext, siren: string): Promise<OrganismEntity> {
  const valid = validateSiren(siren);
  if (!valid.ok) throw badInput(valid.reason);
  const organism = await organismLoaders(ctx).organismBySiren.load(valid.value);
  if (!organism) throw notFound(`Organisme de SIREN ${siren}`);
  return organism;
}
