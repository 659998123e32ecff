import { allow } from "graphql-shield";
import { type AreaRules, forbidden, whenAuthenticated } from "../common/graphql/rules";
import { feeScope, maySetTariff } from "../instances/rules/roles";

const mayReadFees = whenAuthenticated((actor) =>
  feeScope(actor)
    ? true
    : forbidden("Les frais dus sont consultés par les décideurs et le service compétent de Certif Pro, et par chaque organisme (ou son mandataire) pour lui-même."),
);

const maySet = whenAuthenticated((actor) => (maySetTariff(actor) ? true : forbidden("Seul un décideur de Certif Pro fixe les tarifs.")));

export const feeRules: AreaRules = {
  Query: { tariffs: allow, feesDue: mayReadFees },
  Mutation: { setTariff: maySet },
};
