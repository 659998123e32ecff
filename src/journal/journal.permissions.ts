import { allow, rule } from "graphql-shield";
import type { RequestContext } from "../common/graphql/context";
import { type AreaRules, authenticationRequired, forbidden } from "../common/graphql/rules";
import { canReadJournal } from "./rules/visibility";

const mayReadJournal = rule({ cache: "no_cache" })((_parent, args: { instance: string }, ctx: RequestContext) => {
  if (!ctx.actor) return authenticationRequired();
  return canReadJournal(ctx.actor, args.instance)
    ? true
    : forbidden("Le journal d'une Instance est réservé à ses membres, et aux membres de Certif Pro, qui reste responsable du certificat (CTX-5).");
});

export const journalRules: AreaRules = {
  Query: { journal: mayReadJournal, publicDecisions: allow },
  Mutation: {},
};
