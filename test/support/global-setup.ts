import type { TestProject } from "vitest/node";
import { testDatabase } from "./test-database";

const database = testDatabase(`test-db/${process.pid}`);

/** One database server for the run. Each test file makes its own database. */
export async function setup(project: TestProject) {
  await database.provide(project);
}

export async function teardown() {
  await database.stop();
}
