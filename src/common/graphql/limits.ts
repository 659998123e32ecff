import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import { AppError } from "../errors";

/** Limits the README explains, value by value. Depth and cost come from the configuration. */
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 20;
export const MAX_TOKENS = 5000;
export const MAX_VARIABLE_DEPTH = 32;

export interface QueryLimits {
  maxQueryDepth: number;
  maxQueryComplexity: number;
}

const TOO_COMPLEX = "QUERY_TOO_COMPLEX";

/** graphql-armor's rejection, as a French message with the figures it found. */
function reportAs(describe: (limit: string, found: string) => string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const [, limit = "?", found = "?"] = /limit of (\d+) exceeded, found (\d+)/.exec(error.message) ?? [];
    // Apollo wraps validation errors as GRAPHQL_VALIDATION_FAILED (HTTP 400); formatError restores this code.
    context?.reportError(new GraphQLError(describe(limit, found), { extensions: { code: TOO_COMPLEX } }));
  };
}

/**
 * Depth, cost, aliases and directives are checked during validation (graphql-armor), so an over-limit query is a
 * 400 before anything runs; tokens are counted by graphql's parser itself. Every limit answers QUERY_TOO_COMPLEX.
 */
export function queryLimits(limits: QueryLimits): { validationRules: ValidationRule[]; parseOptions: ParseOptions } {
  const { validationRules } = new ApolloArmor({
    maxDepth: {
      n: limits.maxQueryDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs((limit, found) => `Requête trop profonde (${found} niveaux > ${limit}) : imbriquez moins de champs.`)],
    },
    costLimit: {
      maxCost: limits.maxQueryComplexity,
      // One point a field, as the limit is documented; a literal `first: n` multiplies what it selects.
      objectCost: 1,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs((limit, found) => `Requête trop coûteuse (${found} > ${limit}) : demandez moins de champs.`)],
    },
    maxAliases: {
      n: MAX_ALIASES,
      propagateOnRejection: false,
      onReject: [reportAs((limit, found) => `Trop d'alias dans la requête (${found} > ${limit}).`)],
    },
    maxDirectives: {
      n: MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: [reportAs((limit, found) => `Trop de directives dans la requête (${found} > ${limit}).`)],
    },
    // graphql's parser counts tokens itself (parseOptions below) and fails as a syntax error, a 400.
    maxTokens: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors and formatError take suggestions out in production.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules: validationRules as ValidationRule[], parseOptions: { maxTokens: MAX_TOKENS } };
}

// graphql-js writes "more that" (sic) in the versions we use.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** The code and message a limit error gets, or undefined when the error is not one. */
export function limitError(formattedCode: unknown, message: string, original: unknown): { code: string; message: string } | undefined {
  if (formattedCode === "GRAPHQL_PARSE_FAILED") {
    const tokens = TOKEN_LIMIT.exec(message);
    return tokens ? { code: TOO_COMPLEX, message: `Requête trop longue (plus de ${tokens[1]} éléments) : demandez moins de champs.` } : undefined;
  }
  if (formattedCode !== "GRAPHQL_VALIDATION_FAILED") return undefined;
  const inner = (original as { originalError?: unknown } | undefined)?.originalError;
  return inner instanceof GraphQLError && inner.extensions?.code === TOO_COMPLEX ? { code: TOO_COMPLEX, message } : undefined;
}

/** How deep a JSON value nests, counted without recursion (a client may send a 100,000-level array). */
export function nestingDepth(value: unknown, stopAbove: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > stopAbove) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** Variables nested deeper than any input of the schema are refused (400) before anything walks them. */
export function variableNestingLimit(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          if (nestingDepth(request.variables ?? {}, MAX_VARIABLE_DEPTH) > MAX_VARIABLE_DEPTH) {
            throw new AppError("BAD_USER_INPUT", `Variables trop imbriquées : ${MAX_VARIABLE_DEPTH} niveaux au plus.`, { http: { status: 400 } });
          }
        },
      };
    },
  };
}
