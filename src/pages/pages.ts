import type { IncomingMessage, ServerResponse } from "node:http";
import Negotiator from "negotiator";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { pagesAreBuilt, serveBuiltAsset } from "./built-assets";
import { demoAccounts } from "./demo-accounts";
import { EXPLORER_EXAMPLES } from "./explorer-examples";
import type { DemoAccount, ExplorerConfig, ReviewConfig } from "./page-config";
import { escapeHtml } from "../common/http/html";
import { contentSecurityPolicy, renderPage, type PageShell } from "./page-shell";

export const GRAPHQL_PATH = "/graphql";
const REVIEW_PATH = /^\/review(?:\/(\d{1,18})?)?$/;
const ASSET_PATH = /^\/pages\/([^/]+)$/;

export interface Pages {
  /** Answers the pages' requests (explorer, review page, their assets); false leaves the request to the API. */
  serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
}

export function createPages(db: DataSource, config: Pick<Config, "production" | "explorer" | "jwtSecret" | "jwtSecretIsDefault">): Pages {
  // Demo accounts are offered on a development server only: one that signs with the development secret, whose
  // tokens are worth nothing elsewhere; a server given a secret of its own never hands tokens out.
  const offersDemoAccounts = !config.production && config.jwtSecretIsDefault;
  const accounts = (): Promise<DemoAccount[]> => (offersDemoAccounts ? demoAccounts(db, config.jwtSecret) : Promise.resolve([]));
  const explorerOn = !config.production || config.explorer;

  return {
    async serve(req, res, url) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const asset = ASSET_PATH.exec(url.pathname);
      if (asset) return serveBuiltAsset(req, res, asset[1]);
      if (url.pathname === GRAPHQL_PATH && isBrowserNavigation(req)) {
        if (!explorerOn) return sendHtml(res, 404, plainPage("Explorateur désactivé", "L'explorateur de l'API n'est pas activé sur ce serveur (variable EXPLORER)."));
        const explorer: ExplorerConfig = { endpoint: GRAPHQL_PATH, demoAccounts: await accounts(), examples: EXPLORER_EXAMPLES };
        return sendPage(res, { title: "Explorateur de l'API CléA management", scripts: ["explorer.js"], styles: ["explorer.css"], config: explorer, editor: true });
      }
      if (REVIEW_PATH.test(url.pathname)) {
        const review: ReviewConfig = { endpoint: GRAPHQL_PATH, demoAccounts: await accounts() };
        return sendPage(res, { title: "Relecture des contextualisations — CléA management", scripts: ["review.js"], styles: ["review.css"], config: review });
      }
      return false;
    },
  };
}

/** A browser opening the URL, rather than a GraphQL client's GET (which asks for JSON). */
export function isBrowserNavigation(req: IncomingMessage): boolean {
  const preferred = new Negotiator(req).mediaType(["application/json", "application/graphql-response+json", "text/html"]);
  return preferred === "text/html";
}

function sendPage(res: ServerResponse, page: PageShell): true {
  if (!pagesAreBuilt()) {
    return sendHtml(res, 503, plainPage("Pages non construites", "Les scripts des pages ne sont pas construits : lancez « npm run build »."));
  }
  return sendHtml(res, 200, renderPage(page), contentSecurityPolicy(page.editor ?? false));
}

function sendHtml(res: ServerResponse, status: number, html: string, csp = contentSecurityPolicy(false)): true {
  res
    .writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": csp,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    })
    .end(html);
  return true;
}

function plainPage(title: string, message: string): string {
  return `<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>\n`;
}
