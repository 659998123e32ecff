import { allow, rule } from "graphql-shield";
import type { RequestContext } from "../common/graphql/context";
import { type AreaRules, authenticationRequired, forbidden } from "../common/graphql/rules";
import { canSetTariff, feeScope } from "./rules/permissions";

const mayReadFees = rule({ cache: "no_cache" })((_parent, _args, ctx: RequestContext) => {
  if (!ctx.actor) return authenticationRequired();
  return feeScope(ctx.actor)
    ? true
    : forbidden("Les frais dus sont consultés par les décideurs et le service compétent de Certif Pro, et par chaque organisme (ou son mandataire) pour lui-même.");
});

const maySetTariff = rule({ cache: "no_cache" })((_parent, _args, ctx: RequestContext) => {
  if (!ctx.actor) return authenticationRequired();
  return canSetTariff(ctx.actor) ? true : forbidden("Seul un décideur de Certif Pro fixe les tarifs (FEE-4).");
});

export const feeRules: AreaRules = {
  Query: { tariffs: allow, feesDue: mayReadFees },
  Mutation: { setTariff: maySetTariff },
};
