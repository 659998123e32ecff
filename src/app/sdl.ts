import { lexicographicSortSchema, printSchema } from "graphql";
import { buildBareSchema } from "./schema";

/** The SDL checked in as schema/schema.graphql. */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(buildBareSchema()))}\n`;
}
