import type { EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import { ContextualisationEntity } from "./contextualisation.entity";

/** What other areas may ask about contextualisations. */

/** Whether the CPNE has a contextualised referential in force (published) for the certification. */
export async function hasPublishedContextualisation(ctx: RequestContext, instanceId: number, certificationCode: string): Promise<boolean> {
  return ctx.db.getRepository(ContextualisationEntity).existsBy({ instanceId, certificationCode, status: "PUBLISHED" });
}

/** The CPNE's contextualisation in force for the certification, read within the caller's transaction; null without one. */
export async function publishedContextualisationId(manager: EntityManager, instanceId: number, certificationCode: string): Promise<number | null> {
  const published = await manager.findOneBy(ContextualisationEntity, { instanceId, certificationCode, status: "PUBLISHED" });
  return published?.id ?? null;
}
