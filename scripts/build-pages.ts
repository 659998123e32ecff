import { build, type BuildOptions } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";
import { BUILT_PAGES_DIR, projectRoot } from "../src/pages/built-assets";

const root = projectRoot(__dirname);
const fromRoot = (file: string) => path.join(root, file);

const common: BuildOptions = {
  bundle: true,
  minify: true,
  target: "es2022",
  outdir: BUILT_PAGES_DIR,
  entryNames: "[name]",
  assetNames: "[name]-[hash]",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
};

/** Bundles the pages' scripts, styles, fonts and Monaco's workers into dist/pages: nothing is loaded from elsewhere. */
export async function buildPages(): Promise<void> {
  rmSync(BUILT_PAGES_DIR, { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: {
        explorer: fromRoot("src/pages/client/explorer/main.tsx"),
        review: fromRoot("src/pages/client/review/main.tsx"),
      },
      format: "esm",
      jsx: "automatic",
      loader: { ".ttf": "file", ".woff2": "file" },
    }),
    build({
      ...common,
      entryPoints: {
        "editor.worker": fromRoot("node_modules/monaco-editor/esm/vs/editor/editor.worker.js"),
        "json.worker": fromRoot("node_modules/monaco-editor/esm/vs/language/json/json.worker.js"),
        "graphql.worker": fromRoot("node_modules/monaco-graphql/esm/graphql.worker.js"),
      },
      format: "iife",
    }),
  ]);
}

if (require.main === module) {
  const started = Date.now();
  buildPages()
    .then(() => console.log(`Pages built into ${path.relative(process.cwd(), BUILT_PAGES_DIR)} in ${Date.now() - started} ms`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
