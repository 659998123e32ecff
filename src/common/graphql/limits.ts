import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { AppError } from "../errors";

/** Refuses operations whose estimated cost exceeds the limit, before anything runs. */
export function complexityLimit(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  // Apollo hands back the same parsed document for the same query text, so the cost is computed once per
  // document, operation and variables.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const complexityOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined) => {
    const key = `${operationName ?? ""}\u0000${JSON.stringify(variables ?? {})}`;
    let byKey = known.get(document);
    if (!byKey) known.set(document, (byKey = new Map()));
    let complexity = byKey.get(key);
    if (complexity === undefined) {
      try {
        complexity = getComplexity({
          schema,
          operationName,
          query: document,
          variables,
          estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
        });
      } catch (error) {
        // The estimator coerces the variables itself: a variable of the wrong type is the caller's error.
        throw new AppError("BAD_USER_INPUT", (error as Error).message, { http: { status: 400 } });
      }
      if (byKey.size < 100) byKey.set(key, complexity);
    }
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = complexityOf(document, request.operationName ?? undefined, request.variables);
          if (complexity > maximum) {
            throw new AppError("QUERY_TOO_COMPLEX" as never, `Requête trop coûteuse (${complexity} > ${maximum}) : demandez moins de champs.`);
          }
        },
      };
    },
  };
}
