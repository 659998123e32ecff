import { allow } from "graphql-shield";
import { isNumericId } from "../common/graphql/ids";
import { type AreaRules, forbidden, whenAuthenticated } from "../common/graphql/rules";
import { mayDecideContextualisation, mayEditContextualisation } from "../instances/rules/roles";
import { contextualisationLoaders } from "./contextualisation.loaders";

/** The owning CPNE's decision makers and staff start and edit; providers never. */
const mayStart = whenAuthenticated<{ context: string }>((actor, args) =>
  actor.instanceKind === "CPNE" && actor.instanceCode === args.context && mayEditContextualisation(actor, actor.instanceId!)
    ? true
    : forbidden(`Seuls les décideurs et le service compétent de ${args.context} contextualisent pour cette CPNE.`),
);

const mayEdit = whenAuthenticated<{ contextualisation: string }>(async (actor, args, ctx) => {
  // An id that names nothing is left to the resolver, which answers NOT_FOUND.
  if (!isNumericId(args.contextualisation)) return true;
  const found = await contextualisationLoaders(ctx).contextualisationById.load(Number(args.contextualisation));
  if (!found || mayEditContextualisation(actor, found.instanceId)) return true;
  return forbidden("Seuls les décideurs et le service compétent de la CPNE concernée modifient et soumettent sa contextualisation.");
});

const mayDecide = whenAuthenticated((actor) =>
  mayDecideContextualisation(actor) ? true : forbidden("Seul un décideur de Certif Pro approuve ou rejette une contextualisation."),
);

export const contextualisationRules: AreaRules = {
  Query: {
    referential: allow,
    contextualisation: allow,
    contextualisations: allow,
    checkContextualisationDocument: allow,
  },
  Mutation: {
    startContextualisation: mayStart,
    setWording: mayEdit,
    saveContextualisation: mayEdit,
    submitContextualisation: mayEdit,
    approveContextualisation: mayDecide,
    rejectContextualisation: mayDecide,
  },
};
