import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { EXPLORER_EXAMPLES } from "../../../src/pages/explorer-examples";

const schema = buildSchema(readFileSync(path.resolve("schema/schema.graphql"), "utf8"));

describe("the explorer's example operations", () => {
  it.each(EXPLORER_EXAMPLES.map((example) => [example.title, example.query]))("%s is valid against the schema", (_title, query) => {
    expect(validate(schema, parse(query))).toEqual([]);
  });

});
