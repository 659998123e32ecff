import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { DataSource } from "typeorm";
import { authenticate } from "../common/auth/authenticate";
import { DEFAULT_TOKEN_POLICY } from "../common/auth/jwt";
import { type Clock, systemClock } from "../common/clock";
import { AppError } from "../common/errors";
import { createLoaders, type RequestContext } from "../common/graphql/context";
import { apolloGuards } from "../common/graphql/guards";
import { applyPermissions } from "../common/graphql/permissions";
import { buildBareSchema } from "../common/graphql/schema";
import { createServices } from "../common/services";
import { logger } from "../common/observability/logger";
import type { Config } from "../config";
import { withOperatorLayer } from "./http/operator-layer";

const MAX_BODY_BYTES = 1_000_000;

export interface App {
  http: Server;
  apollo: ApolloServer<RequestContext>;
  stop(): Promise<void>;
}

export async function createApp(db: DataSource, config: Config, clock: Clock = systemClock): Promise<App> {
  const schema = applyPermissions(buildBareSchema());
  const services = createServices(db);
  const guards = apolloGuards(config);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...guards.options,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // main.ts stops the HTTP server, Apollo and the database in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    // Cache-control hints are not used; the plugin would otherwise wrap every field.
    plugins: [...guards.plugins, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const contextFor = async (req: IncomingMessage): Promise<RequestContext> => {
    try {
      const actor = await authenticate(db, req.headers.authorization, config.jwtSecret, {
        ...DEFAULT_TOKEN_POLICY,
        maxLifetimeSeconds: config.jwtMaxLifetimeSeconds,
      });
      return { actor, clock, db, loaders: createLoaders(db), services };
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(error.extensions.code as "UNAUTHENTICATED", error.message, { http: { status: 401 } });
      }
      throw error;
    }
  };

  const http = createServer(withOperatorLayer(db, (req, res) => {
    handle(req, res).catch((error) => {
      logger.error({ err: error }, "request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Erreur interne.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
    });
  }));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== "/graphql") {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "Not found: the API is at /graphql" }));
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
        res.writeHead(413, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: "Corps de requête trop volumineux.", extensions: { code: "BAD_REQUEST" } }] }));
        return;
      }
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: "Corps JSON invalide.", extensions: { code: "BAD_REQUEST" } }] }));
        return;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => contextFor(req),
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
    async stop() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
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
