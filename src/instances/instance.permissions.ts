import { allow } from "graphql-shield";
import { type AreaRules, isAuthenticated } from "../common/graphql/rules";

export const instanceRules: AreaRules = {
  Query: { instances: allow, me: isAuthenticated },
  Mutation: {},
};
