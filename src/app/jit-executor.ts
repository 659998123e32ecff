import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>["gateway"];

/** A document is compiled once it is run a second time: one-off queries are not worth the compilation. */
const COMPILE_AFTER_RUNS = 2;

/**
 * Apollo's executor hook (its gateway interface, with our own schema) running queries compiled by graphql-jit:
 * graphql-js interprets the document on every request, graphql-jit turns it into a function once. Mutations stay
 * with graphql-js, whose serial execution and error paths are the reference.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, number | CompiledQuery>>();

  function compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | undefined {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? "";
    const known = byOperation.get(key) ?? 0;
    if (typeof known !== "number") return known;
    if (known + 1 < COMPILE_AFTER_RUNS) {
      byOperation.set(key, known + 1);
      return undefined;
    }
    const query = compileQuery(schema, document, operationName ?? undefined);
    if (!isCompiledQuery(query)) {
      byOperation.set(key, Number.NEGATIVE_INFINITY);
      return undefined;
    }
    byOperation.set(key, query);
    return query;
  }

  const executor = async (rc: {
    document: DocumentNode;
    operation: OperationDefinitionNode;
    operationName: string | null;
    context: Record<string, unknown>;
    request: { variables?: Record<string, unknown> };
  }): Promise<ExecutionResult> => {
    const { document, operation, operationName, context } = rc;
    const variables = rc.request.variables ?? {};
    const query = operation.operation === "query" ? compiledFor(document, operationName) : undefined;
    if (!query) return execute({ schema, document, contextValue: context, variableValues: variables, operationName: operationName ?? undefined });
    // graphql-js's coercion errors carry the nodes Apollo needs to answer them as BAD_USER_INPUT.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  let publish: Parameters<Gateway["onSchemaLoadOrUpdate"]>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      publish = callback;
      return () => (publish = undefined);
    },
    async load() {
      publish?.({ apiSchema: schema, coreSupergraphSdl: "" });
      return { executor: executor as never };
    },
    async stop() {},
  };
}

/** graphql-jit's errors are not graphql-js's class: Apollo would drop their path and locations. */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const jitError = error as { message: string; path?: readonly (string | number)[]; originalError?: Error; extensions?: Record<string, unknown>; locations?: unknown };
  const converted = new GraphQLError(jitError.message, {
    path: jitError.path,
    originalError: jitError.originalError ?? undefined,
    extensions: jitError.extensions,
  });
  if (jitError.locations) Object.assign(converted, { locations: jitError.locations });
  return converted;
}
