import "reflect-metadata";
import { openDatabase } from "../src/app/database";
import { readConfig } from "../src/config";
import { runSeeds } from "../seeds";

/** Migrates the database (DATABASE_URL, or the local development one) and loads the reference data; no demo data. */
async function migrate() {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, localName: "dev-db" });
  try {
    await runSeeds(database.dataSource, { demo: false });
    console.log("Database migrated; reference data loaded.");
  } finally {
    await database.close();
  }
}

migrate().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
