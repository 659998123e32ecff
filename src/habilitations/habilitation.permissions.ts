import { allow } from "graphql-shield";
import { isNumericId } from "../common/graphql/ids";
import { type AreaRules, forbidden, whenAuthenticated } from "../common/graphql/rules";
import { isDecisionMakerOf } from "../instances/rules/roles";
import { actsForOrganism } from "../organisms/organism.queries";
import { habilitationLoaders } from "./habilitation.loaders";

/** Who may act on a habilitation: its organism (use, renunciation) or the granting Instance's decision maker. */
const mayActOnHabilitation = (side: "ORGANISM" | "DECIDER") =>
  whenAuthenticated<{ habilitation: string }>(async (actor, args, ctx) => {
    if (!isNumericId(args.habilitation)) return true;
    const habilitation = await habilitationLoaders(ctx).habilitationById.load(Number(args.habilitation));
    if (!habilitation) return true;
    if (side === "ORGANISM" && (await actsForOrganism(ctx, habilitation.organismId))) return true;
    if (side === "DECIDER" && isDecisionMakerOf(actor, habilitation.instanceId)) return true;
    return forbidden(
      side === "ORGANISM"
        ? "Seul l'organisme habilité, ou son mandataire, déclare la mise en œuvre ou renonce à l'habilitation."
        : "Seule l'Instance qui a délivré l'habilitation la suspend ou la retire, par son décideur.",
    );
  });

export const habilitationRules: AreaRules = {
  Query: {
    habilitations: allow,
    habilitation: allow,
    evaluationRight: allow,
    publicDecisions: allow,
  },
  Mutation: {
    recordHabilitationUse: mayActOnHabilitation("ORGANISM"),
    renounceHabilitation: mayActOnHabilitation("ORGANISM"),
    suspendHabilitation: mayActOnHabilitation("DECIDER"),
    liftSuspension: mayActOnHabilitation("DECIDER"),
    withdrawHabilitation: mayActOnHabilitation("DECIDER"),
  },
};
