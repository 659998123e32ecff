import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { conflict } from "../errors";

/**
 * Writes `values` only if the row still has the version that was read; bumps the version.
 * Zero rows affected means another write got there first: CONFLICT. (TypeORM's @VersionColumn does not check.)
 */
export async function updateIfUnchanged<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, rowVersion: () => "row_version + 1" } as never)
    .where("id = :id AND row_version = :expectedVersion", { id, expectedVersion })
    .execute();
  if (!result.affected) throw conflict();
}

export function isDuplicateKey(error: unknown, index?: string): boolean {
  const e = error as { code?: string; driverError?: { code?: string; sqlMessage?: string }; message?: string };
  const code = e.code ?? e.driverError?.code;
  if (code !== "ER_DUP_ENTRY") return false;
  const message = e.driverError?.sqlMessage ?? e.message ?? "";
  return !index || message.includes(index);
}
