import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { AppError } from "../errors";

/** Refuses operations whose estimated cost exceeds the limit, before anything runs. */
export function complexityLimit(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maximum) {
            throw new AppError("QUERY_TOO_COMPLEX" as never, `Requête trop coûteuse (${complexity} > ${maximum}) : demandez moins de champs.`);
          }
        },
      };
    },
  };
}
