import type { DataSource } from "typeorm";

export function createHabilitationLoaders(_db: DataSource) {
  return {};
}
