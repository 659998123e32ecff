import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { CertificationEntity } from "./certification.entity";
import { ReferentialItemEntity } from "./referential-item.entity";
import { ReferentialVersionEntity } from "./referential-version.entity";
import type { BaseItem } from "./rules/referential-tree";

export function toBaseItem(row: ReferentialItemEntity): BaseItem {
  return {
    code: row.code,
    kind: row.kind,
    parentCode: row.parentCode,
    position: row.position,
    text: row.text,
    shortTitle: row.shortTitle,
    criterionKind: row.criterionKind,
    transversal: !!row.transversal,
    criteriaLead: row.criteriaLead,
  };
}

export const referentialLoaders = perRequest((db: DataSource) => {
  return {
    certificationByCode: new DataLoader<string, CertificationEntity | undefined>(async (codes) => {
      const rows = await db.getRepository(CertificationEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code));
    }),
    versionsByCertification: new DataLoader<string, ReferentialVersionEntity[]>(async (codes) => {
      const rows = await db
        .getRepository(ReferentialVersionEntity)
        .find({ where: { certificationCode: In([...codes]) }, order: { effectiveFrom: "ASC", id: "ASC" } });
      return codes.map((code) => rows.filter((row) => row.certificationCode === code));
    }),
    versionById: new DataLoader<number, ReferentialVersionEntity | undefined>(async (ids) => {
      const rows = await db.getRepository(ReferentialVersionEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    itemsByVersion: new DataLoader<number, BaseItem[]>(async (ids) => {
      const rows = await db
        .getRepository(ReferentialItemEntity)
        .find({ where: { referentialVersionId: In([...ids]) }, order: { position: "ASC" } });
      const byVersion = new Map<number, BaseItem[]>(ids.map((id) => [id, []]));
      for (const row of rows) byVersion.get(row.referentialVersionId)!.push(toBaseItem(row));
      return ids.map((id) => byVersion.get(id)!);
    }),
  };
});
