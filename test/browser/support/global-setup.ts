import type { TestProject } from "vitest/node";
import { buildPages } from "../../../scripts/build-pages";
import { testDatabase } from "../../support/test-database";
import { ensureChromium } from "./chromium";

// A folder of its own: the integration project's server runs beside this one.
const database = testDatabase(`test-db/${process.pid}-browser`);

/** Chromium, the pages' bundles and a database server for the browser tests. */
export async function setup(project: TestProject) {
  project.provide("chromiumPath", ensureChromium());
  await buildPages();
  await database.provide(project);
}

export async function teardown() {
  await database.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}
