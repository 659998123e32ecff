import type { AreaRules } from "../common/graphql/rules";

export const habilitationRules: AreaRules = {
  Query: {},
  Mutation: {},
};
