import path from "node:path";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// type-graphql, graphql-shield and Apollo load graphql's CommonJS build; Vite would give the project's own files
// (and the dual-build packages it loads) graphql's ESM build, a second instance that fails graphql's `instanceof`
// checks. These imports get the CommonJS builds, so that one graphql instance serves everything.
const commonJs = (pkg: string, entry: string) => ({ find: new RegExp(`^${pkg}$`), replacement: path.resolve(__dirname, "node_modules", pkg, entry) });
// graphql-shield's ESM build imports `isUndefined` from node:util, which Node 23 removed; its CommonJS build only
// calls it in chain() and race(), which the rules do not use.
const commonJsBuilds = [commonJs("graphql", "index.js"), commonJs("graphql-shield", "cjs/index.js")];

export default defineConfig({
  // SWC emits decorator metadata, which type-graphql and TypeORM need (esbuild does not).
  plugins: [swc.vite({ module: { type: "es6" } })],
  resolve: { alias: commonJsBuilds },
  test: {
    // Access lines would drown the test report; warnings and errors still show.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
