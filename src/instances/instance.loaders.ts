import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { DelegationEntity } from "./delegation.entity";
import { InstanceEntity } from "./instance.entity";

export function createInstanceLoaders(db: DataSource) {
  return {
    instanceById: new DataLoader<number, InstanceEntity | undefined>(async (ids) => {
      const rows = await db.getRepository(InstanceEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    instanceByCode: new DataLoader<string, InstanceEntity | undefined>(async (codes) => {
      const rows = await db.getRepository(InstanceEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code));
    }),
    /** Active delegations of an instance, by instance id. */
    delegationsByInstance: new DataLoader<number, DelegationEntity[]>(async (ids) => {
      const rows = await db
        .getRepository(DelegationEntity)
        .createQueryBuilder("d")
        .where("d.instance_id IN (:...ids) AND d.revoked_on IS NULL", { ids: [...ids] })
        .getMany();
      return ids.map((id) => rows.filter((row) => row.instanceId === id));
    }),
  };
}
