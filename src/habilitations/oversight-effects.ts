import type { EntityManager } from "typeorm";
import type { IsoDate } from "../common/calendar/working-days";
import type { RequestContext } from "../common/context";
import type { SuspensionPeriod } from "./rules/validity";

/** What audits, compliance procedures and withdrawals make of a habilitation (V.3): computed, never typed in. */
export interface HabilitationOversightEffects {
  readonly suspensions: readonly SuspensionPeriod[];
  /** The first day it is withdrawn, as known today; null if no withdrawal binds. */
  readonly withdrawnOn: IsoDate | null;
}

export const NO_OVERSIGHT: HabilitationOversightEffects = { suspensions: [], withdrawnOn: null };

/**
 * Provided by the oversight area (above this one) and wired in `app/compose.ts`. Calls made in the same tick are
 * batched into one SQL statement.
 */
export interface OversightEffects {
  /** As known on the request's day. */
  effectsFor(ctx: RequestContext, habilitationIds: readonly number[]): Promise<ReadonlyMap<number, HabilitationOversightEffects>>;
  /** Read inside a write's transaction, as known on `today`. */
  effectsWithin(manager: EntityManager, habilitationIds: readonly number[], today: IsoDate): Promise<ReadonlyMap<number, HabilitationOversightEffects>>;
}
