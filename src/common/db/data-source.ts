import { DataSource, type MixedList } from "typeorm";
import { SnakeNamingStrategy } from "typeorm-naming-strategies";
import { CountingLogger } from "./query-counter";

export interface DataSourceOptions {
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  logErrors?: boolean;
  poolSize?: number;
}

/** A MySQL 8 / MariaDB connection pool: snake_case columns, UTC instants, DATE columns as YYYY-MM-DD strings. */
export function createDataSourceFor(url: string, options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "mysql",
    connectorPackage: "mysql2",
    url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    dateStrings: ["DATE"],
    poolSize: options.poolSize ?? 20,
    logger: new CountingLogger(options.logErrors ?? false),
  });
}
