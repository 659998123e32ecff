import "reflect-metadata";
import { readFileSync } from "node:fs";
import path from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import type { GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { printSdl } from "../../../src/app/sdl";
import { ruleTree } from "../../../src/app/permissions";
import { buildBareSchema } from "../../../src/app/schema";

const root = path.resolve(__dirname, "../../..");

describe("checked-in GraphQL artefacts", () => {
  it("schema/schema.graphql is the SDL the code emits (run `npm run schema:emit`)", () => {
    expect(readFileSync(path.join(root, "schema/schema.graphql"), "utf8")).toBe(printSdl());
  });

  it("test/generated/graphql.ts is what codegen.yml generates (run `npm run codegen`)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, "codegen.yml") });
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    const [output] = outputs as { filename: string; content: string }[];
    expect(readFileSync(path.join(root, output.filename), "utf8")).toBe(output.content);
  }, 60_000);

  it("INS-1: every root field has an explicit permission rule (deny is only the fallback)", () => {
    const schema = buildBareSchema();
    for (const typeName of ["Query", "Mutation"] as const) {
      const fields = Object.keys((schema.getType(typeName) as GraphQLObjectType).getFields()).sort();
      expect(Object.keys(ruleTree[typeName]).sort(), typeName).toEqual(fields);
    }
  });
});
