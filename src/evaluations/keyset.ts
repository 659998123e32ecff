import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";

/** Newest first by a date column, the id breaking ties: the total, then one page and one row more. Two statements. */
export async function newestFirst<T extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<T>,
  column: string,
  keyOf: (row: T) => string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<T>> {
  const size = pageSize(first);
  const alias = query.alias;
  const total = await query.clone().getCount();
  const page = query.clone().orderBy(`${alias}.${column}`, "DESC").addOrderBy(`${alias}.id`, "DESC").take(size + 1);
  if (after) {
    const cursor = decodeCursor(after);
    page.andWhere(new Brackets((q) => q.where(`${alias}.${column} < :afterKey`).orWhere(`(${alias}.${column} = :afterKey AND ${alias}.id < :afterId)`)), {
      afterKey: cursor.key,
      afterId: cursor.id,
    });
  }
  const rows = await page.getMany();
  return toConnection(rows, size, total, (row) => encodeCursor(keyOf(row), row.id));
}

