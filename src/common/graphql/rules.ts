import { and, rule } from "graphql-shield";
import type { Actor } from "../auth/actor";
import type { RequestContext } from "../context";
import { authenticationRequired, forbidden } from "../errors";

/** Shared shield rules. Rules never cache: "contextual" caching ignores arguments. */


type Verdict = boolean | Error;

/** A rule for authenticated callers: anonymous ones are asked to authenticate, others are judged by `check`. */
export const whenAuthenticated = <A = Record<string, unknown>>(check: (actor: Actor, args: A, ctx: RequestContext) => Verdict | Promise<Verdict>) =>
  rule({ cache: "no_cache" })((_parent, args: A, ctx: RequestContext) => (ctx.actor ? check(ctx.actor, args, ctx) : authenticationRequired()));

export const isAuthenticated = whenAuthenticated(() => true);

export { forbidden };

/** A rule on one field, as graphql-shield takes it. */
export type FieldRule = Parameters<typeof and>[number];

/** An area's rules for its root fields; merged into the schema's rule tree, deny by default. */
export interface AreaRules {
  Query: Record<string, FieldRule>;
  Mutation: Record<string, FieldRule>;
}
