import type { RequestContext } from "../common/context";
import { ContextualisationEntity } from "./contextualisation.entity";

/** What other areas may ask about contextualisations. */

/** Whether the CPNE has a contextualised referential in force (published) for the certification. */
export async function hasPublishedContextualisation(ctx: RequestContext, instanceId: number, certificationCode: string): Promise<boolean> {
  return ctx.db.getRepository(ContextualisationEntity).existsBy({ instanceId, certificationCode, status: "PUBLISHED" });
}
