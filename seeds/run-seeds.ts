import type { DataSource, EntityManager } from "typeorm";
import { ContextualisationWordingEntity } from "../src/contextualisations/contextualisation-wording.entity";
import { ContextualisationEntity } from "../src/contextualisations/contextualisation.entity";
import { DelegationEntity } from "../src/instances/delegation.entity";
import { InstanceEntity } from "../src/instances/instance.entity";
import { UserEntity } from "../src/instances/user.entity";
import { CertificationEntity } from "../src/referentials/certification.entity";
import { ReferentialItemEntity } from "../src/referentials/referential-item.entity";
import { ReferentialVersionEntity } from "../src/referentials/referential-version.entity";
import {
  demoCertifications,
  demoDelegations,
  demoInstances,
  demoPublishedContextualisation,
  demoUsers,
} from "./demo";
import { referentialSeeds } from "./referentials";
import { seedOrganisms } from "./run-organism-seeds";
import type { ReferentialSeed } from "./referentials/types";

/**
 * Loads the referentials, the Instances and, unless `demo` is false (production), the demo accounts and
 * organisms; running it again changes nothing.
 */
export async function runSeeds(db: DataSource, options: { demo?: boolean } = {}): Promise<void> {
  const demo = options.demo ?? true;
  await db.transaction(async (manager) => {
    for (const certification of demoCertifications) {
      if (!(await manager.findOneBy(CertificationEntity, { code: certification.code }))) {
        await manager.insert(CertificationEntity, certification);
      }
    }
    for (const seed of referentialSeeds) await seedReferential(manager, seed);
    const instanceIds = new Map<string, number>();
    for (const instance of demoInstances) {
      const existing = await manager.findOneBy(InstanceEntity, { code: instance.code });
      instanceIds.set(instance.code, existing ? existing.id : (await manager.save(InstanceEntity, { ...instance })).id);
    }
    for (const delegation of demoDelegations) {
      const instanceId = instanceIds.get(delegation.instance)!;
      if (!(await manager.findOneBy(DelegationEntity, { instanceId, certificationCode: delegation.certification }))) {
        await manager.insert(DelegationEntity, {
          instanceId,
          certificationCode: delegation.certification,
          grantedOn: delegation.grantedOn,
          revokedOn: null,
        });
      }
    }
    if (!demo) return;
    for (const user of demoUsers) {
      if (!(await manager.findOneBy(UserEntity, { email: user.email }))) {
        await manager.insert(UserEntity, {
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          instanceId: instanceIds.get(user.instance)!,
          active: true,
        });
      }
    }
    await seedPublishedContextualisation(manager, instanceIds);
    await seedOrganisms(manager);
  });
}

async function seedReferential(manager: EntityManager, seed: ReferentialSeed): Promise<void> {
  const existing = await manager.findOneBy(ReferentialVersionEntity, {
    certificationCode: seed.certification,
    version: seed.version,
  });
  if (existing) return; // REF-3: a published version never changes.
  const version = await manager.save(ReferentialVersionEntity, {
    certificationCode: seed.certification,
    version: seed.version,
    status: "PUBLISHED",
    effectiveFrom: seed.effectiveFrom,
    source: seed.source,
    transversalTitle: seed.transversalTitle ?? null,
    publishedAt: new Date(`${seed.effectiveFrom}T00:00:00Z`),
    publishedByUserId: null,
    rowVersion: 1,
  });
  const rows: Partial<ReferentialItemEntity>[] = [];
  const push = (row: Omit<Partial<ReferentialItemEntity>, "referentialVersionId" | "position">) =>
    rows.push({ ...row, referentialVersionId: version.id, position: rows.length + 1 });
  for (const domain of seed.domains) {
    push({ code: domain.code, kind: "DOMAIN", parentCode: null, text: domain.title, shortTitle: domain.shortTitle ?? null });
    for (const competence of domain.competences) {
      push({
        code: competence.code,
        kind: "COMPETENCE",
        parentCode: domain.code,
        text: competence.title,
        shortTitle: competence.shortTitle ?? null,
        transversal: competence.transversal ?? false,
        criteriaLead: competence.criteriaLead ?? null,
      });
      for (const criterion of competence.criteria) {
        push({ code: criterion.code, kind: "CRITERION", parentCode: competence.code, text: criterion.text, criterionKind: criterion.kind });
      }
    }
  }
  await manager.insert(ReferentialItemEntity, rows);
}

async function seedPublishedContextualisation(manager: EntityManager, instanceIds: Map<string, number>): Promise<void> {
  const demo = demoPublishedContextualisation;
  const instanceId = instanceIds.get(demo.instance)!;
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
