import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalServer, type LocalServer } from "../../../src/common/db/local-server";
import { buildPages } from "../../../scripts/build-pages";
import { ensureChromium } from "./chromium";

let server: LocalServer | undefined;
// A folder of its own: the integration project's server runs beside this one.
const name = `test-db/${process.pid}-browser`;

/** Chromium, the pages' bundles and a database server for the browser tests. */
export async function setup(project: TestProject) {
  project.provide("chromiumPath", ensureChromium());
  await buildPages();
  let url = process.env.DATABASE_URL;
  if (!url) {
    server = await startLocalServer({ name, database: "clea_test", fresh: true, log: () => {} });
    url = server.url;
  }
  project.provide("databaseUrl", url);
}

export async function teardown() {
  await server?.stop();
  if (server) rmSync(path.resolve(".data", name), { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}
