import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

// SWC emits decorator metadata, which type-graphql and TypeORM need (esbuild does not).
const swcPlugin = () => swc.vite({ module: { type: "es6" } });

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [swcPlugin()],
        test: { name: "unit", include: ["test/unit/**/*.test.ts"] },
      },
      {
        plugins: [swcPlugin()],
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
