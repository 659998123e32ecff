import type { DataSource } from "typeorm";
import { startLocalServer, type LocalServer } from "../common/db/local-server";
import { createDataSource } from "./data-source";

export interface Database {
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the project's own local server under `.data/<name>`. */
export async function openDatabase(options: { databaseUrl?: string; localName: string; log?: (line: string) => void }): Promise<Database> {
  let local: LocalServer | undefined;
  let url = options.databaseUrl;
  if (!url) {
    local = await startLocalServer({ name: options.localName, database: "clea", log: options.log, supervise: true });
    url = local.url;
  }
  const dataSource = createDataSource(url, { logErrors: true });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  return {
    url,
    dataSource,
    async close() {
      await dataSource.destroy();
      await local?.stop();
    },
  };
}
