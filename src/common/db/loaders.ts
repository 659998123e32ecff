import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";

/** One row per key of a unique column, in one statement per batch. */
export function loaderByKey<T extends ObjectLiteral, K extends number | string>(db: DataSource, entity: EntityTarget<T>, column: keyof T & string) {
  return new DataLoader<K, T | undefined>(async (keys) => {
    const rows = await db.getRepository(entity).findBy({ [column]: In([...keys]) } as never);
    const found = new Map(rows.map((row) => [row[column] as K, row]));
    return keys.map((key) => found.get(key));
  });
}

/** Every row for each key of a column, in the order given, in one statement per batch. */
export function loaderGroupedBy<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: Record<string, "ASC" | "DESC"> = { id: "ASC" },
) {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await db.getRepository(entity).find({ where: { [column]: In([...keys]) } as never, order: order as never });
    const grouped = new Map<number, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) grouped.get(row[column] as number)?.push(row);
    return keys.map((key) => grouped.get(key)!);
  });
}
