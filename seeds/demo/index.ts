import type { EntityManager } from "typeorm";
import { ContextualisationWordingEntity } from "../../src/contextualisations/contextualisation-wording.entity";
import { ContextualisationEntity } from "../../src/contextualisations/contextualisation.entity";
import { InstanceEntity } from "../../src/instances/instance.entity";
import { UserEntity } from "../../src/instances/user.entity";
import { ReferentialVersionEntity } from "../../src/referentials/referential-version.entity";
import { demoPublishedContextualisation, demoUsers } from "./accounts";
import { loadDemoEvaluations } from "./evaluations";
import { loadDemoOrganisms } from "./load-organisms";
import { loadOversightDemo } from "./oversight";
import { demoOrganismUsers } from "./organisms";

export interface DemoAccount {
  email: string;
  role: string;
}

/** Demo accounts, organisms and files, for development and tests only; returns the accounts. */
export async function loadDemoData(manager: EntityManager, today?: string): Promise<DemoAccount[]> {
  for (const user of demoUsers) {
    if (await manager.findOneBy(UserEntity, { email: user.email })) continue;
    const instanceId = (await manager.findOneByOrFail(InstanceEntity, { code: user.instance })).id;
    await manager.insert(UserEntity, { email: user.email, displayName: user.displayName, role: user.role, instanceId, active: true });
  }
  await loadPublishedContextualisation(manager);
  await loadDemoOrganisms(manager);
  await loadOversightDemo(manager, today);
  return [...demoUsers, ...demoOrganismUsers, ...(await loadDemoEvaluations(manager))].map(({ email, role }) => ({ email, role }));
}

async function loadPublishedContextualisation(manager: EntityManager): Promise<void> {
  const demo = demoPublishedContextualisation;
  const instanceId = (await manager.findOneByOrFail(InstanceEntity, { code: demo.instance })).id;
  if (await manager.findOneBy(ContextualisationEntity, { instanceId, certificationCode: demo.certification })) return;
  const base = await manager.findOneByOrFail(ReferentialVersionEntity, { certificationCode: demo.certification, version: demo.baseVersion });
  const creator = await manager.findOneByOrFail(UserEntity, { email: demo.createdBy });
  const approver = await manager.findOneByOrFail(UserEntity, { email: demo.approvedBy });
  const publishedAt = new Date("2023-06-01T09:00:00Z");
  const created = await manager.save(ContextualisationEntity, {
    instanceId,
    certificationCode: demo.certification,
    baseVersionId: base.id,
    status: "PUBLISHED",
    rowVersion: 1,
    createdByUserId: creator.id,
    submittedAt: new Date("2023-05-15T09:00:00Z"),
    decidedAt: publishedAt,
    decidedByUserId: approver.id,
    publishedAt,
  });
  await manager.insert(
    ContextualisationWordingEntity,
    Object.entries(demo.wordings).map(([itemCode, text]) => ({ contextualisationId: created.id, itemCode, text })),
  );
}
