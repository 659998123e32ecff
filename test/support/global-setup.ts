import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalServer, type LocalServer } from "../../src/common/db/local-server";

let server: LocalServer | undefined;
// One folder per run, so that two runs on one machine never stop each other's server.
const name = `test-db/${process.pid}`;

/** One database server for the run: DATABASE_URL's, or a fresh local one. Each test file makes its own database. */
export async function setup(project: TestProject) {
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
    databaseUrl: string;
  }
}
