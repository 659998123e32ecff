import type { DataSource } from "typeorm";
import { signToken } from "../common/auth/jwt";
import { InstanceEntity } from "../instances/instance.entity";
import { UserEntity } from "../instances/user.entity";
import type { DemoAccount } from "./page-config";

const MAX_ACCOUNTS = 50;

/** Development only: the active demo users (their e-mails end in `.demo`), each with a token signed for it. */
export async function demoAccounts(db: DataSource, jwtSecret: string): Promise<DemoAccount[]> {
  const rows = await db
    .createQueryBuilder(UserEntity, "u")
    .leftJoin(InstanceEntity, "i", "i.id = u.instance_id")
    .select(["u.email AS email", "u.display_name AS displayName", "u.role AS role"])
    .addSelect(["i.code AS instanceCode", "i.name AS instanceName"])
    .where("u.active = 1 AND u.email LIKE '%.demo'")
    .orderBy("i.code IS NULL")
    .addOrderBy("i.code")
    .addOrderBy("u.email")
    .limit(MAX_ACCOUNTS)
    .getRawMany<Omit<DemoAccount, "token">>();
  return Promise.all(rows.map(async (row) => ({ ...row, token: await signToken(row.email, jwtSecret) })));
}
