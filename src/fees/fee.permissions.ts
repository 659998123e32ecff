import type { AreaRules } from "../common/graphql/rules";

export const feeRules: AreaRules = {
  Query: {},
  Mutation: {},
};
