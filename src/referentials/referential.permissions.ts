import { allow } from "graphql-shield";
import { type AreaRules, forbidden, whenAuthenticated } from "../common/graphql/rules";
import { mayManageReferentials } from "../instances/rules/roles";

const mayManage = whenAuthenticated((actor) =>
  mayManageReferentials(actor) ? true : forbidden("Seul un décideur de Certif Pro fait évoluer les référentiels."),
);

export const referentialRules: AreaRules = {
  Query: { certifications: allow, referentialVersions: allow, certificationOutcome: allow },
  Mutation: { draftReferentialVersion: mayManage, setReferentialWording: mayManage, publishReferentialVersion: mayManage },
};
