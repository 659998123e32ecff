import { type AreaRules, forbidden, whenAuthenticated } from "../common/graphql/rules";
import { mayReadJournal } from "../instances/rules/roles";

const mayRead = whenAuthenticated<{ instance: string }>((actor, args) =>
  mayReadJournal(actor, args.instance)
    ? true
    : forbidden("Le journal d'une Instance est réservé à ses membres, et aux membres de Certif Pro, qui reste responsable du certificat."),
);

export const journalRules: AreaRules = {
  Query: { journal: mayRead },
  Mutation: {},
};
