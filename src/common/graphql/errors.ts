import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { isDatabaseUnavailable } from "../db/unavailable";
import { SERVICE_UNAVAILABLE_MESSAGE } from "../errors";
import { logger } from "../observability/logger";
import { limitError } from "./limits";

/** Codes a client may see as they are; anything else is an internal fault and says nothing of its cause. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CONFLICT",
  "REFERENTIAL_STRUCTURE_VIOLATION",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "QUERY_TOO_COMPLEX",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "SERVICE_UNAVAILABLE",
]);

/** Apollo's own answers to a client's mistake that come without a code. */
const APOLLO_CLIENT_ERRORS = new Map([
  [
    "provided sha does not match query",
    {
      code: "PERSISTED_QUERY_HASH_MISMATCH",
      message: "L'empreinte persistedQuery.sha256Hash ne correspond pas au texte de la requête : envoyez le SHA-256 de la requête exacte.",
    },
  ],
  ["Unsupported persisted query version", { code: "BAD_REQUEST", message: "Version de requête persistée non prise en charge : seule la version 1 l'est." }],
]);

// graphql-js suggests close names of fields, arguments, enum values and types: in production they would reveal the schema.
const SUGGESTION = / ?Did you mean .+\?$/;

export interface ErrorFormatting {
  /** Hide schema details (suggestions) from messages. */
  production: boolean;
}

export function createFormatError(options: ErrorFormatting) {
  return function formatError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
    const { locations, path } = formatted;
    if (isDatabaseUnavailable(original)) {
      logger.error({ err: original }, "database unavailable");
      return { message: SERVICE_UNAVAILABLE_MESSAGE, locations, path, extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    const code = formatted.extensions?.code;
    const apollo = code === "INTERNAL_SERVER_ERROR" ? APOLLO_CLIENT_ERRORS.get(formatted.message) : undefined;
    if (apollo) return { message: apollo.message, extensions: { code: apollo.code } };
    const limit = limitError(code, formatted.message, original);
    if (limit) return { message: limit.message, locations, extensions: { code: limit.code } };
    if (typeof code === "string" && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const message = options.production ? formatted.message.replace(SUGGESTION, "") : formatted.message;
      return { ...formatted, message, extensions };
    }
    logger.error({ err: original }, "internal error");
    return {
      message: "Erreur interne : l'opération n'a pas abouti et rien n'a été modifié. Réessayez ou contactez le support.",
      locations,
      path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** An answer that carries SERVICE_UNAVAILABLE is a 503, whichever resolver or rule met the database down. */
export function serviceUnavailableStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          if (response.body.singleResult.errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}
