import type { DataSource } from "typeorm";
import { type DemoAccount, loadDemoData } from "./demo";
import { loadSampleFiles, SAMPLE_MANDATAIRE } from "./demo/sample-files";
import { loadReferenceData } from "./reference";

/**
 * Reference data always (referentials, Instances, delegations, tariffs); demo accounts, organisms and files unless
 * `demo` is false (production), with the sample files in every state unless `samples` is false (most tests, which
 * bring their own). Running it again changes nothing. Returns the demo accounts loaded.
 */
export async function runSeeds(db: DataSource, options: { demo?: boolean; samples?: boolean; today?: string } = {}): Promise<DemoAccount[]> {
  await db.transaction((manager) => loadReferenceData(manager));
  if (options.demo === false) return [];
  const accounts = await db.transaction((manager) => loadDemoData(manager, options.today));
  if (options.samples === false) return accounts;
  await loadSampleFiles(db);
  return [...accounts, { email: SAMPLE_MANDATAIRE, role: "MANDATAIRE" }];
}
