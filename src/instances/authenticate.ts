import type { DataSource } from "typeorm";
import { InstanceEntity } from "./instance.entity";
import { UserEntity } from "./user.entity";
import { isDatabaseUnavailable } from "../common/db/unavailable";
import { AppError, ServiceUnavailableError } from "../common/errors";
import type { Actor } from "../common/auth/actor";
import { bearerToken, DEFAULT_TOKEN_POLICY, type TokenPolicy, verifyToken } from "../common/auth/jwt";

/**
 * Resolves the Authorization header to an Actor, or null when there is none (anonymous). The token's subject must
 * be a user's e-mail exactly as stored (normalised, compared byte for byte). An unreachable database is a 503.
 */
export async function authenticate(
  dataSource: DataSource,
  authorization: string | undefined,
  secret: string,
  policy: TokenPolicy = DEFAULT_TOKEN_POLICY,
): Promise<Actor | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const email = await verifyToken(token, secret, policy);
  const row = await findActiveUser(dataSource, email);
  if (!row) throw new AppError("UNAUTHENTICATED", "Utilisateur inconnu ou désactivé.");
  return {
    userId: Number(row.id),
    email: row.email,
    role: row.role,
    instanceId: row.instanceId === null ? null : Number(row.instanceId),
    instanceCode: row.instanceCode,
    instanceKind: row.instanceKind,
    organismId: row.organismId === null ? null : Number(row.organismId),
    mandataireId: row.mandataireId === null ? null : Number(row.mandataireId),
  };
}

async function findActiveUser(dataSource: DataSource, email: string) {
  try {
    return await dataSource
    .createQueryBuilder(UserEntity, "u")
    .leftJoin(InstanceEntity, "i", "i.id = u.instance_id")
    .select(["u.id AS id", "u.email AS email", "u.role AS role", "u.instance_id AS instanceId"])
    .addSelect(["u.organism_id AS organismId", "u.mandataire_id AS mandataireId"])
    .addSelect(["i.code AS instanceCode", "i.kind AS instanceKind"])
    // The column's collation ignores case and trailing spaces (and finds the row by its index); the bytes must match too.
    .where("u.email = :email AND CAST(u.email AS BINARY) = CAST(:email AS BINARY) AND u.active = 1", { email })
    .getRawOne<{
      id: number;
      email: string;
      role: Actor["role"];
      instanceId: number | null;
      instanceCode: string | null;
      instanceKind: Actor["instanceKind"];
      organismId: number | null;
      mandataireId: number | null;
    }>();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new ServiceUnavailableError(error);
    throw error;
  }
}
