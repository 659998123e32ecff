import path from "node:path";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// type-graphql, graphql-shield and Apollo load graphql's CommonJS build; Vite would give the project's own files
// its ESM build, a second instance that fails graphql's `instanceof` checks. Every `graphql` import gets the first.
const graphqlCommonJs = path.resolve(__dirname, "node_modules/graphql/index.js");

export default defineConfig({
  // SWC emits decorator metadata, which type-graphql and TypeORM need (esbuild does not).
  plugins: [swc.vite({ module: { type: "es6" } })],
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
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
    ],
  },
});
