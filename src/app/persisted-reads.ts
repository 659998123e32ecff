import { logger } from "../common/observability/logger";
import { type ApolloServer, type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import type { Clock } from "../common/clock";
import { currentRequest } from "../common/observability/request-scope";
import type { RequestContext } from "../common/context";
import { type Encoding, type PrebuiltResponse, PrebuiltResponses, prebuild } from "../publications/prebuilt-responses";
import type { PublicationIndex } from "../referentials/publication-index";
import { type PublicRead, publicRead } from "../publications/public-operations";

/** Mutations after which what is in force may have changed: the process that ran one refreshes before answering. */
const PUBLISHING_MUTATIONS = new Set(["approveContextualisation", "publishReferentialVersion"]);

export interface PersistedReadsOptions {
  apollo: () => ApolloServer<RequestContext>;
  schema: GraphQLSchema;
  publications: PublicationIndex;
  clock: Clock;
  anonymousContext: () => Promise<RequestContext>;
  budgetBytes: number;
  maxAgeSeconds: number;
}

interface Registered {
  query: string;
  document: DocumentNode;
}

interface Plan {
  read: PublicRead;
  /** For the access line and the metrics, as the pipeline would record it. */
  operationName: string | undefined;
  /** Operation and variables: with the identity of what is read, the key of the bytes. */
  contentKey: string;
  search: string;
}

const NOT_PUBLIC = false;

/**
 * Persisted public reads: `GET /graphql?extensions={"persistedQuery":…}&variables=…` (Apollo's automatic persisted
 * queries) for an operation that reads only published content, anonymously, is answered from pre-built bytes before
 * the GraphQL pipeline. The bytes are those the pipeline gave an anonymous caller for the same publication, kept
 * under a key naming it, so they never need invalidating; which publication is in force comes from the in-memory
 * index and the clock. Anything else (a caller's token, drafts, mixed operations, unknown hashes) returns false.
 */
export function createPersistedReads(options: PersistedReadsOptions) {
  const { apollo, schema, publications, clock } = options;
  const registered = new LRUCache<string, Registered>({ max: 2000 });
  const plans = new LRUCache<string, Plan | typeof NOT_PUBLIC>({ max: 10_000 });
  const responses = new PrebuiltResponses(options.budgetBytes);
  const building = new Map<string, Promise<PrebuiltResponse | undefined>>();
  const cacheControl = `public, max-age=${options.maxAgeSeconds}`;
  const today = () => clock.today();

  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const operation = rc.operation;
          if (operation?.operation === "mutation" && operation.selectionSet.selections.some((s) => s.kind === "Field" && PUBLISHING_MUTATIONS.has(s.name.value))) {
            // The write has committed: a failed refresh is caught up by the timer, never a failure of the write.
            await publications.refresh().catch((error: unknown) => logger.warn({ err: error }, "publication index refresh after a publication failed"));
          }
          // Apollo has checked the hash against the text and validated the document.
          if (rc.request.extensions?.persistedQuery && rc.source && rc.document && rc.queryHash && operation && !rc.errors?.length) {
            if (!registered.has(rc.queryHash)) registered.set(rc.queryHash, { query: rc.source, document: rc.document });
          }
        },
      };
    },
  };

  function planFor(url: URL): Plan | typeof NOT_PUBLIC | undefined {
    const params = url.searchParams;
    if (params.has("query")) return undefined;
    const extensions = parseJson(params.get("extensions"));
    const hash = (extensions as { persistedQuery?: { version?: number; sha256Hash?: unknown } } | undefined)?.persistedQuery;
    if (!hash || hash.version !== 1 || typeof hash.sha256Hash !== "string") return undefined;
    const operation = registered.get(hash.sha256Hash);
    if (!operation) return undefined;
    const rawVariables = params.get("variables");
    const variables = rawVariables === null ? {} : parseJson(rawVariables);
    if (variables === undefined || typeof variables !== "object" || variables === null || Array.isArray(variables)) return NOT_PUBLIC;
    const operationName = params.get("operationName") ?? undefined;
    const read = publicRead(schema, operation.document, operationName, variables as Record<string, unknown>);
    if (!read) return NOT_PUBLIC;
    const search = new URLSearchParams({ query: operation.query, variables: JSON.stringify(variables) });
    if (operationName) search.set("operationName", operationName);
    return { read, operationName, contentKey: `${hash.sha256Hash}\u0000${operationName ?? ""}\u0000${JSON.stringify(variables)}`, search: `?${search}` };
  }

  async function build(key: string, identity: string, plan: Plan): Promise<PrebuiltResponse | undefined> {
    const response = await apollo().executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: "GET",
        headers: new HeaderMap([["apollo-require-preflight", "true"]]),
        search: plan.search,
        body: undefined,
      },
      context: options.anonymousContext,
    });
    if ((response.status ?? 200) !== 200 || response.body.kind !== "complete" || response.body.string.startsWith('{"errors"')) return undefined;
    const built = await prebuild(response.body.string, response.headers.get("content-type") ?? "application/json; charset=utf-8");
    // Stored only if what is in force did not move while the pipeline ran: the key must name these very bytes.
    if (plan.read.identify(publications.current(), today) === identity) responses.set(key, built);
    return built;
  }

  function send(req: IncomingMessage, res: ServerResponse, response: PrebuiltResponse, plan: Plan) {
    const record = currentRequest();
    if (record) Object.assign(record, { operation: plan.operationName, operationType: "query", outcome: "OK" });
    const encoding = acceptedEncoding(req.headers["accept-encoding"]);
    const etag = response.etags[encoding];
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch !== undefined && (ifNoneMatch.includes(response.tag) || ifNoneMatch.trim() === "*")) {
      res.writeHead(304, { etag, "cache-control": cacheControl, vary: "Accept-Encoding" }).end();
      return;
    }
    const headers: Record<string, string | number> = {
      "content-type": response.contentType,
      "content-length": response.bodies[encoding].length,
      etag,
      "cache-control": cacheControl,
      vary: "Accept-Encoding",
    };
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    res.writeHead(200, headers).end(response.bodies[encoding]);
  }

  /** Answers the request from pre-built bytes when it is a persisted public read; false leaves it to the pipeline. */
  function serve(req: IncomingMessage, res: ServerResponse, url: URL): boolean | Promise<boolean> {
    if (req.method !== "GET" || req.headers.authorization !== undefined || !publications.ready) return false;
    let plan = plans.get(url.search);
    if (plan === undefined) {
      const planned = planFor(url);
      if (planned === undefined) return false;
      plans.set(url.search, (plan = planned));
    }
    if (plan === NOT_PUBLIC) return false;
    const identity = plan.read.identify(publications.current(), today);
    if (!identity) return false;
    const key = `${identity}\u0000${plan.contentKey}`;
    const ready = responses.get(key);
    if (ready) {
      send(req, res, ready, plan);
      return true;
    }
    let pending = building.get(key);
    if (!pending) {
      pending = build(key, identity, plan).finally(() => building.delete(key));
      building.set(key, pending);
    }
    return pending.then((built) => {
      if (!built) return false;
      send(req, res, built, plan);
      return true;
    });
  }

  return { plugin, serve, responses };
}

export type PersistedReads = ReturnType<typeof createPersistedReads>;

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const encodingChoices = new LRUCache<string, Encoding>({ max: 200 });

/** Brotli, else gzip, else identity, as Accept-Encoding allows (q=0 refuses). */
export function acceptedEncoding(header: string | undefined): Encoding {
  if (!header) return "identity";
  let choice = encodingChoices.get(header);
  if (choice === undefined) {
    const accepted = new Set<string>();
    for (const part of header.toLowerCase().split(",")) {
      const [name, ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
      if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
    }
    choice = accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : "identity";
    encodingChoices.set(header, choice);
  }
  return choice;
}
