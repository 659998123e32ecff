import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { DataSource } from "typeorm";
import { DEFAULT_TOKEN_POLICY } from "../common/auth/jwt";
import { type Clock, systemClock } from "../common/clock";
import { type RequestContext, RequestMemo } from "../common/context";
import { AppError } from "../common/errors";
import { apolloGuards } from "../common/graphql/guards";
import { logger } from "../common/observability/logger";
import type { Config } from "../config";
import { isEvaluationPage, serveEvaluationPage } from "../evaluations/evaluation.pages";
import { authenticate } from "../instances/authenticate";
import { createPages } from "../pages/pages";
import { PublicationIndex } from "../referentials/publication-index";
import { composeResolvers, composeServices } from "./compose";
import { createDataSource } from "./data-source";
import { serveDevClock } from "./dev-clock";
import { withOperatorLayer } from "./http/operator-layer";
import { sendJson } from "./http/respond";
import { jitGateway } from "./jit-executor";
import { applyPermissions } from "./permissions";
import { createPersistedReads, type PersistedReads } from "./persisted-reads";
import { buildBareSchema } from "./schema";

const MAX_BODY_BYTES = 1_000_000;

export interface App {
  http: Server;
  apollo: ApolloServer<RequestContext>;
  persistedReads: PersistedReads;
  stop(): Promise<void>;
}

export async function createApp(db: DataSource, config: Config, clock: Clock = systemClock): Promise<App> {
  const publications = new PublicationIndex(db, config.publicationRefreshMs);
  await publications.start();
  const replica = config.databaseReadUrl ? await createDataSource(config.databaseReadUrl, { logErrors: true }).initialize() : undefined;
  const schema = applyPermissions(buildBareSchema(composeResolvers(composeServices(db, publications, replica))));
  const persistedReads = createPersistedReads({
    apollo: () => apollo,
    schema,
    publications,
    clock,
    anonymousContext: () => contextFor(undefined),
    budgetBytes: config.publishedBytesBudget,
    maxAgeSeconds: config.publicMaxAgeSeconds,
  });
  const guards = apolloGuards(config);
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitGateway(schema),
    ...guards.options,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // main.ts stops the HTTP server, Apollo and the database in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    // Cache-control hints are not used; the plugin would otherwise wrap every field.
    // Apollo's landing page loads from outside; the pages serve an explorer of their own.
    plugins: [...guards.plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), persistedReads.plugin],
  });
  await apollo.start();

  const contextFor = async (authorization: string | undefined): Promise<RequestContext> => {
    try {
      const actor = await authenticate(db, authorization, config.jwtSecret, {
        ...DEFAULT_TOKEN_POLICY,
        maxLifetimeSeconds: config.jwtMaxLifetimeSeconds,
      });
      return { actor, clock, db, memo: new RequestMemo() };
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(error.extensions.code as "UNAUTHENTICATED", error.message, { http: { status: 401 } });
      }
      throw error;
    }
  };

  const pages = createPages(db, config);

  const http = createServer(withOperatorLayer(db, (req, res) => {
    handle(req, res).catch((error) => {
      logger.error({ err: error }, "request failed");
      const body = { errors: [{ message: "Erreur interne.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] };
      if (res.headersSent) res.end();
      else sendJson(res, 500, body);
    });
  }));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (await serveDevClock(req, res, url.pathname, clock, config.production)) return;
    if (url.pathname === "/graphql") {
      const served = persistedReads.serve(req, res, url);
      if (served === true || (served !== false && (await served))) return;
    }
    if (await pages.serve(req, res, url)) return;
    if (isEvaluationPage(url.pathname)) return serveEvaluationPage(req, res, url, apollo, () => contextFor(req.headers.authorization));
    if (url.pathname !== "/graphql") {
      sendJson(res, 404, { error: "Not found: the API is at /graphql" });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const raw = await readBody(req);
      if (raw === undefined) {
        sendJson(res, 413, { errors: [{ message: "Corps de requête trop volumineux.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        sendJson(res, 400, { errors: [{ message: "Corps JSON invalide.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => contextFor(req.headers.authorization),
    });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of response.headers) outHeaders[key] = value;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return {
    http,
    apollo,
    persistedReads,
    async stop() {
      publications.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
      await replica?.destroy();
    },
  };
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
