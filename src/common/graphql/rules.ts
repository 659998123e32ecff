import { and, rule } from "graphql-shield";
import { AppError, forbidden } from "../errors";
import type { RequestContext } from "./context";

/** Shared shield rules. Rules never cache: "contextual" caching ignores arguments. */

export const authenticationRequired = () =>
  new AppError("FORBIDDEN", "Authentification requise : envoyez un jeton dans l'en-tête Authorization.");

export const isAuthenticated = rule({ cache: "no_cache" })((_parent, _args, ctx: RequestContext) =>
  ctx.actor ? true : authenticationRequired(),
);

export { forbidden };

/** A rule on one field, as graphql-shield takes it. */
export type FieldRule = Parameters<typeof and>[number];

/** An area's rules for its root fields; merged into the schema's rule tree, deny by default. */
export interface AreaRules {
  Query: Record<string, FieldRule>;
  Mutation: Record<string, FieldRule>;
}
