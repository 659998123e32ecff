import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalServer, type LocalServer } from "../../src/common/db/local-server";

/**
 * One database server for a test project: DATABASE_URL's, or a fresh local one in a folder of its own (one per run
 * and project, so that two runs or two projects on one machine never stop each other's server).
 */
export function testDatabase(name: string) {
  let server: LocalServer | undefined;
  return {
    async provide(project: TestProject) {
      let url = process.env.DATABASE_URL;
      if (!url) {
        server = await startLocalServer({ name, database: "clea_test", fresh: true, log: () => {} });
        url = server.url;
      }
      project.provide("databaseUrl", url);
    },
    async stop() {
      await server?.stop();
      if (server) rmSync(path.resolve(".data", name), { recursive: true, force: true });
    },
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
