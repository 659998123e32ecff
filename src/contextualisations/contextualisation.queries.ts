import type { EntityManager } from "typeorm";
import { ContextualisationEntity } from "./contextualisation.entity";

/** What other areas may ask about contextualisations. */

/** The CPNE's contextualisation in force for the certification, read within the caller's transaction; null without one. */
export async function publishedContextualisationId(manager: EntityManager, instanceId: number, certificationCode: string): Promise<number | null> {
  const published = await manager.findOneBy(ContextualisationEntity, { instanceId, certificationCode, status: "PUBLISHED" });
  return published?.id ?? null;
}
