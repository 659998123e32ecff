import type { TestProject } from "vitest/node";
import { startLocalServer, type LocalServer } from "../../src/common/db/local-server";

let server: LocalServer | undefined;

/** One database server for the run: DATABASE_URL's, or a fresh local one. Each test file makes its own database. */
export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    server = await startLocalServer({ name: "test-db", database: "clea_test", fresh: true, log: () => {} });
    url = server.url;
  }
  project.provide("databaseUrl", url);
}

export async function teardown() {
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
