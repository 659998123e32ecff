import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import type { Config } from "../../config";
import { logger } from "../observability/logger";
import { operationRecorder } from "../observability/graphql-plugin";
import type { RequestContext } from "../context";
import { createFormatError, serviceUnavailableStatus } from "./errors";
import { queryLimits, variableNestingLimit } from "./limits";
import { textInputCheck } from "./text-input";

type GuardOptions = Pick<
  ApolloServerOptions<RequestContext>,
  "formatError" | "logger" | "parseOptions" | "validationRules" | "hideSchemaDetailsFromClientErrors"
>;

/**
 * Everything Apollo needs so that a client's mistake is a 4xx, the schema stays private in production, bad text is
 * refused, an unreachable database is a 503, and each operation reaches the access log.
 */
export function apolloGuards(config: Config): { options: GuardOptions; plugins: ApolloServerPlugin<RequestContext>[] } {
  const { validationRules, parseOptions } = queryLimits(config);
  return {
    options: {
      formatError: createFormatError({ production: config.production }),
      logger,
      parseOptions,
      validationRules,
      hideSchemaDetailsFromClientErrors: config.production,
    },
    plugins: [variableNestingLimit(), textInputCheck(), serviceUnavailableStatus(), operationRecorder()],
  };
}
