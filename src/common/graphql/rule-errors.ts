import { isDatabaseUnavailable } from "../db/unavailable";
import type { AreaRules, FieldRule } from "./rules";

interface ResolvableRule {
  resolve(...args: unknown[]): Promise<unknown>;
  getRules?: () => ResolvableRule[];
}

const surfaced = new WeakSet<object>();

/**
 * graphql-shield turns an exception inside a rule into a refusal (FORBIDDEN). An unreachable database is no
 * refusal: each leaf rule is made to rethrow it, so that shield hands it on as the field's error (a 503), while
 * every other exception still counts as "not allowed", as before.
 */
function surface(rule: ResolvableRule): void {
  if (surfaced.has(rule)) return;
  surfaced.add(rule);
  if (rule.getRules) {
    rule.getRules().forEach(surface);
    return;
  }
  const resolve = rule.resolve.bind(rule);
  rule.resolve = async (parent, args, ctx, info, options) => {
    try {
      // In debug mode a rule rethrows what it meets instead of answering false.
      return await resolve(parent, args, ctx, info, { ...(options as object), debug: true });
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      return false;
    }
  };
}

export function surfaceDatabaseErrors(tree: AreaRules): AreaRules {
  for (const rules of [tree.Query, tree.Mutation]) {
    for (const rule of Object.values(rules) as FieldRule[]) surface(rule as unknown as ResolvableRule);
  }
  return tree;
}
