import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";
import { currentRequest } from "./request-scope";

/** Tells the request's access line which operation ran, for whom (role and Instance only) and how it ended. */
export function operationRecorder(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const record = currentRequest();
      if (!record) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          record.operation = operationName ?? undefined;
          record.operationType = operation?.operation;
        },
        async willSendResponse({ response, contextValue }) {
          const actor = contextValue?.actor;
          if (actor) {
            record.role = actor.role;
            record.instance = actor.instanceCode;
          }
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : response.body.initialResult.errors;
          const code = errors?.[0]?.extensions?.code;
          record.outcome = errors?.length ? (typeof code === "string" ? code : "ERROR") : "OK";
        },
      };
    },
  };
}
