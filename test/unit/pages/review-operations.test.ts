import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import * as operations from "../../../src/pages/client/review/operations";

const schema = buildSchema(readFileSync(path.resolve("schema/schema.graphql"), "utf8"));

describe("the review page's operations", () => {
  it.each(Object.entries(operations))("%s is valid against the schema", (_name, query) => {
    expect(validate(schema, parse(query))).toEqual([]);
  });
});
