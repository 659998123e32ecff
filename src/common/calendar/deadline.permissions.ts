import { allow } from "graphql-shield";
import type { AreaRules } from "../graphql/rules";

export const deadlineRules: AreaRules = { Query: { deadlineRules: allow }, Mutation: {} };
