import { describe, expect, it } from "vitest";
import { ruleTree } from "../../../src/app/permissions";

interface AnyRule {
  constructor: { name: string };
  getRules?: () => AnyRule[];
}

function kinds(rule: AnyRule): string[] {
  return [rule.constructor.name, ...(rule.getRules?.() ?? []).flatMap(kinds)];
}

describe("permission rules and the Node versions", () => {
  it("no rule uses graphql-shield's chain() or race(): they call util.isUndefined, which Node 23 removed", () => {
    const used = new Set([...Object.values(ruleTree.Query), ...Object.values(ruleTree.Mutation)].flatMap((rule) => kinds(rule as unknown as AnyRule)));
    expect(used.has("RuleChain")).toBe(false);
    expect(used.has("RuleRace")).toBe(false);
    expect(used.size).toBeGreaterThan(1);
  });
});
