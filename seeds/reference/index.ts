import type { EntityManager } from "typeorm";
import { TariffEntity } from "../../src/fees/tariff.entity";
import { DelegationEntity } from "../../src/instances/delegation.entity";
import { InstanceEntity } from "../../src/instances/instance.entity";
import { CertificationEntity } from "../../src/referentials/certification.entity";
import { ReferentialItemEntity } from "../../src/referentials/referential-item.entity";
import { ReferentialVersionEntity } from "../../src/referentials/referential-version.entity";
import { certifications, delegations, instances, tariffs } from "./instances";
import { referentialSeeds } from "./referentials";
import type { ReferentialSeed } from "./referentials/types";

/** Referentials, Instances, delegations and Annexe 2's tariffs: what every database holds, production included. */
export async function loadReferenceData(manager: EntityManager): Promise<void> {
  for (const certification of certifications) {
    if (!(await manager.findOneBy(CertificationEntity, { code: certification.code }))) await manager.insert(CertificationEntity, certification);
  }
  for (const seed of referentialSeeds) await loadReferential(manager, seed);
  for (const instance of instances) {
    if (!(await manager.findOneBy(InstanceEntity, { code: instance.code }))) await manager.insert(InstanceEntity, { ...instance });
  }
  for (const delegation of delegations) {
    const instanceId = (await manager.findOneByOrFail(InstanceEntity, { code: delegation.instance })).id;
    if (!(await manager.findOneBy(DelegationEntity, { instanceId, certificationCode: delegation.certification }))) {
      await manager.insert(DelegationEntity, { instanceId, certificationCode: delegation.certification, grantedOn: delegation.grantedOn, revokedOn: null });
    }
  }
  for (const tariff of tariffs) {
    if (!(await manager.findOneBy(TariffEntity, { validFrom: tariff.validFrom }))) await manager.insert(TariffEntity, tariff);
  }
}

async function loadReferential(manager: EntityManager, seed: ReferentialSeed): Promise<void> {
  // A published version never changes: one loaded is left as it is.
  if (await manager.findOneBy(ReferentialVersionEntity, { certificationCode: seed.certification, version: seed.version })) return;
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
