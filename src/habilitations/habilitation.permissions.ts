import { allow } from "graphql-shield";
import { isNumericId } from "../common/graphql/ids";
import { type AreaRules, forbidden, whenAuthenticated } from "../common/graphql/rules";
import { isDecisionMakerOf, isInstructorOf } from "../instances/rules/roles";
import { actsForOrganism } from "../organisms/organism.queries";
import { habilitationLoaders } from "./habilitation.loaders";

const REFUSALS = {
  ORGANISM: "Seul l'organisme habilité, ou son mandataire, renonce à l'habilitation.",
  INSTANCE: "Seule l'Instance qui a délivré l'habilitation (son secrétariat) enregistre la réception d'une renonciation.",
};

/** Who may act on a habilitation: its organism, or the granting Instance's members. */
const mayActOnHabilitation = (side: "ORGANISM" | "INSTANCE") =>
  whenAuthenticated<{ habilitation: string }>(async (actor, args, ctx) => {
    if (!isNumericId(args.habilitation)) return true;
    const habilitation = await habilitationLoaders(ctx).habilitationById.load(Number(args.habilitation));
    if (!habilitation) return true;
    if (side === "ORGANISM" && (await actsForOrganism(ctx, habilitation.organismId))) return true;
    if (side === "INSTANCE" && (isDecisionMakerOf(actor, habilitation.instanceId) || isInstructorOf(actor, habilitation.instanceId))) return true;
    return forbidden(REFUSALS[side]);
  });

export const habilitationRules: AreaRules = {
  Query: {
    habilitations: allow,
    habilitation: allow,
    evaluationRight: allow,
    publicDecisions: allow,
  },
  Mutation: {
    renounceHabilitation: mayActOnHabilitation("ORGANISM"),
    recordRenunciationReceipt: mayActOnHabilitation("INSTANCE"),
  },
};
