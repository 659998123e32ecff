import type { AreaRules } from "../common/graphql/rules";

export const journalRules: AreaRules = {
  Query: {},
  Mutation: {},
};
