import type { EntityManager } from "typeorm";
import type { IsoDate } from "../common/calendar/working-days";
import type { RequestContext } from "../common/context";
import type { HabilitationOversightEffects, OversightEffects } from "../habilitations/oversight-effects";
import { oversightLoaders } from "./oversight.loaders";
import { oversightFactsFor } from "./oversight.queries";
import { oversightEffects, type OversightFacts } from "./rules/habilitation-effects";

function effectsOf(facts: OversightFacts, today: IsoDate): HabilitationOversightEffects {
  const effects = oversightEffects(facts, today);
  return { suspensions: effects.suspensions, withdrawnOn: effects.withdrawal?.effectiveOn ?? null };
}

/** The habilitations area's port: a habilitation's suspensions and withdrawal, computed from its oversight files. */
export class OversightEffectsReader implements OversightEffects {
  async effectsFor(ctx: RequestContext, habilitationIds: readonly number[]): Promise<ReadonlyMap<number, HabilitationOversightEffects>> {
    const today = ctx.clock.today();
    const facts = await oversightLoaders(ctx).factsByHabilitation.loadMany([...habilitationIds]);
    return new Map(
      habilitationIds.map((id, index) => {
        const found = facts[index];
        if (found instanceof Error) throw found;
        return [id, effectsOf(found, today)];
      }),
    );
  }

  async effectsWithin(manager: EntityManager, habilitationIds: readonly number[], today: IsoDate): Promise<ReadonlyMap<number, HabilitationOversightEffects>> {
    const facts = await oversightFactsFor(manager, habilitationIds);
    return new Map(habilitationIds.map((id) => [id, effectsOf(facts.get(id)!, today)]));
  }
}
