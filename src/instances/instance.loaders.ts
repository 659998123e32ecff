import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { DelegationEntity } from "./delegation.entity";
import { InstanceEntity } from "./instance.entity";
import { UserEntity } from "./user.entity";

export const instanceLoaders = perRequest((db: DataSource) => {
  // Each loader primes the other, so an Instance read by code is not read again by id.
  const instanceById: DataLoader<number, InstanceEntity | undefined> = new DataLoader(async (ids) => {
    const rows = await db.getRepository(InstanceEntity).findBy({ id: In([...ids]) });
    for (const row of rows) instanceByCode.prime(row.code, row);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  });
  const instanceByCode: DataLoader<string, InstanceEntity | undefined> = new DataLoader(async (codes) => {
    const rows = await db.getRepository(InstanceEntity).findBy({ code: In([...codes]) });
    for (const row of rows) instanceById.prime(row.id, row);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code));
  });
  return {
    userById: new DataLoader<number, UserEntity | undefined>(async (ids) => {
      const rows = await db.getRepository(UserEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id));
    }),
    instanceById,
    instanceByCode,
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
});
