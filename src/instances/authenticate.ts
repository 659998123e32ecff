import type { DataSource } from "typeorm";
import { InstanceEntity } from "./instance.entity";
import { UserEntity } from "./user.entity";
import { AppError } from "../common/errors";
import type { Actor } from "../common/auth/actor";
import { bearerToken, verifyToken } from "../common/auth/jwt";

/** Resolves the Authorization header to an Actor, or null when there is none (anonymous). */
export async function authenticate(
  dataSource: DataSource,
  authorization: string | undefined,
  secret: string,
): Promise<Actor | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const email = await verifyToken(token, secret);
  const row = await dataSource
    .createQueryBuilder(UserEntity, "u")
    .leftJoin(InstanceEntity, "i", "i.id = u.instance_id")
    .select(["u.id AS id", "u.email AS email", "u.role AS role", "u.instance_id AS instanceId"])
    .addSelect(["u.organism_id AS organismId", "u.mandataire_id AS mandataireId"])
    .addSelect(["i.code AS instanceCode", "i.kind AS instanceKind"])
    .where("u.email = :email AND u.active = 1", { email })
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
