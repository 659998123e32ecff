import type { DataSource } from "typeorm";
import { type DemoAccount, loadDemoData } from "./demo";
import { loadReferenceData } from "./reference";

/**
 * Reference data always (referentials, Instances, delegations, tariffs); demo accounts, organisms and files unless
 * `demo` is false (production). Running it again changes nothing. Returns the demo accounts loaded.
 */
export async function runSeeds(db: DataSource, options: { demo?: boolean } = {}): Promise<DemoAccount[]> {
  await db.transaction((manager) => loadReferenceData(manager));
  if (options.demo === false) return [];
  return db.transaction((manager) => loadDemoData(manager));
}
