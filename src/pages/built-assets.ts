import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** The project's root: the nearest folder above this file with a package.json (src/pages or dist/src/pages). */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Where `npm run build` writes the bundled scripts, styles and fonts of the pages. */
export const BUILT_PAGES_DIR = path.join(projectRoot(), "dist", "pages");

/** Serves one file of the build, by exact name; false when there is none. */
export async function serveBuiltAsset(req: IncomingMessage, res: ServerResponse, name: string): Promise<boolean> {
  const type = CONTENT_TYPES[path.extname(name)];
  if (!type || !/^[\w.-]+$/.test(name) || name.startsWith(".")) return false;
  const file = path.join(BUILT_PAGES_DIR, name);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const etag = `"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}"`;
  const headers = { "content-type": type, "cache-control": "no-cache", etag, "x-content-type-options": "nosniff" };
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  const body = req.method === "HEAD" ? undefined : await readFile(file);
  res.writeHead(200, { ...headers, "content-length": String(info.size) }).end(body);
  return true;
}

export function pagesAreBuilt(): boolean {
  return existsSync(path.join(BUILT_PAGES_DIR, "review.js")) && existsSync(path.join(BUILT_PAGES_DIR, "explorer.js"));
}
