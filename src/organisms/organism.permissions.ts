import type { AreaRules } from "../common/graphql/rules";

export const organismRules: AreaRules = {
  Query: {},
  Mutation: {},
};
