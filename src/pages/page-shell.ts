import { escapeHtml } from "../common/http/html";
import { PAGE_CONFIG_ELEMENT_ID } from "./page-config";

export interface PageShell {
  title: string;
  /** Built asset names under /pages/, e.g. "review.js". */
  scripts: string[];
  styles: string[];
  config: unknown;
  /** For the explorer: Monaco's workers, and the inline styles it sets. */
  editor?: boolean;
}

/** Everything from this server: no other origin may be reached, even by mistake. */
export function contentSecurityPolicy(editor: boolean): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    editor ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    editor ? "worker-src 'self'" : "",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ]
    .filter(Boolean)
    .join("; ");
}

export function renderPage(page: PageShell): string {
  const styles = page.styles.map((name) => `<link rel="stylesheet" href="/pages/${escapeHtml(name)}">`).join("\n    ");
  const scripts = page.scripts.map((name) => `<script type="module" src="/pages/${escapeHtml(name)}"></script>`).join("\n    ");
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light">
    <title>${escapeHtml(page.title)}</title>
    <link rel="icon" href="data:,">
    ${styles}
    <script type="application/json" id="${PAGE_CONFIG_ELEMENT_ID}">${jsonForScript(page.config)}</script>
    ${scripts}
  </head>
  <body>
    <div id="root"><noscript>Cette page a besoin de JavaScript.</noscript></div>
  </body>
</html>
`;
}

/** JSON that cannot close its <script> element nor open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
