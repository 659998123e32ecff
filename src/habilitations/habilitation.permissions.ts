import { allow, rule } from "graphql-shield";
import type { RequestContext } from "../common/graphql/context";
import { type AreaRules, authenticationRequired, forbidden } from "../common/graphql/rules";
import { actsForOrganism } from "../organisms/organism.access";
import { actorKindFor } from "./application.access";
import { type ApplicationAction, ACTION_ACTORS, transition } from "./rules/application-lifecycle";

const NUMERIC_ID = /^\d{1,10}$/;

/** INS-1, INS-2: who may take an action on an application, whatever its state (the state is the service's check). */
const mayActOnApplication = (action: ApplicationAction) =>
  rule({ cache: "no_cache" })(async (_parent, args: { application: string }, ctx: RequestContext) => {
    if (!ctx.actor) return authenticationRequired();
    if (!NUMERIC_ID.test(args.application.trim())) return true;
    const application = await ctx.loaders.applicationById.load(Number(args.application));
    if (!application) return true;
    const kind = await actorKindFor(ctx, application);
    if (!kind) return forbidden("Ce dossier relève d'un autre organisme ou d'une autre Instance.");
    if (!ACTION_ACTORS[action].includes(kind)) {
      const refusal = transition(application.status, action, kind);
      return forbidden(refusal.ok ? "Action non autorisée." : refusal.reason);
    }
    return true;
  });

const mayAcknowledgeAppeal = rule({ cache: "no_cache" })(async (_parent, args: { application: string }, ctx: RequestContext) => {
  if (!ctx.actor) return authenticationRequired();
  if (!NUMERIC_ID.test(args.application.trim())) return true;
  const application = await ctx.loaders.applicationById.load(Number(args.application));
  if (!application) return true;
  const kind = await actorKindFor(ctx, application);
  return kind === "INSTRUCTOR" || kind === "DECIDER" ? true : forbidden("Seule l'Instance, son service compétent ou un prestataire accuse réception d'un recours.");
});

/** HAB-2: the organism itself, or its Mandataire, opens an application. */
const mayCreateApplication = rule({ cache: "no_cache" })(async (_parent, args: { organism: string }, ctx: RequestContext) => {
  if (!ctx.actor) return authenticationRequired();
  const organism = await ctx.loaders.organismBySiren.load(args.organism.replace(/\s/g, ""));
  if (!organism) return ctx.actor.role === "ORGANISM_ADMIN" || ctx.actor.role === "MANDATAIRE" ? true : forbidden("Seul l'organisme candidat, ou son mandataire, dépose une demande.");
  return (await actsForOrganism(ctx, organism.id)) ? true : forbidden("Seul l'organisme candidat, ou son mandataire muni d'un mandat, dépose une demande (HAB-2).");
});

/** INS-1: an Instance's decision maker sets its campaigns and its own criteria. */
const isDeciderOf = rule({ cache: "no_cache" })((_parent, args: { instance?: string; input?: { instance: string } }, ctx: RequestContext) => {
  const actor = ctx.actor;
  if (!actor) return authenticationRequired();
  const code = args.instance ?? args.input?.instance;
  return actor.role === "DECISION_MAKER" && actor.instanceCode === code ? true : forbidden(`Seul un décideur de ${code} fixe ses campagnes et ses critères.`);
});

const mayActOnHabilitation = (side: "ORGANISM" | "DECIDER") =>
  rule({ cache: "no_cache" })(async (_parent, args: { habilitation: string }, ctx: RequestContext) => {
    if (!ctx.actor) return authenticationRequired();
    if (!NUMERIC_ID.test(args.habilitation.trim())) return true;
    try {
      return await ctx.services.habilitations.requireActor(ctx, Number(args.habilitation), side);
    } catch (error) {
      return error as Error;
    }
  });

const isAuthenticatedRule = rule({ cache: "no_cache" })((_parent, _args, ctx: RequestContext) => (ctx.actor ? true : authenticationRequired()));

export const habilitationRules: AreaRules = {
  Query: {
    applications: isAuthenticatedRule,
    application: isAuthenticatedRule,
    habilitationCriteria: allow,
    campaigns: allow,
    habilitations: allow,
    habilitation: allow,
    evaluationRight: allow,
    deadlineRules: allow,
  },
  Mutation: {
    createCampaign: isDeciderOf,
    addHabilitationCriterion: isDeciderOf,
    createApplication: mayCreateApplication,
    fileApplication: mayActOnApplication("FILE"),
    requestComplement: mayActOnApplication("REQUEST_COMPLEMENT"),
    provideComplement: mayActOnApplication("PROVIDE_COMPLEMENT"),
    declareComplete: mayActOnApplication("DECLARE_COMPLETE"),
    startInstruction: mayActOnApplication("START_INSTRUCTION"),
    scheduleAudition: mayActOnApplication("SCHEDULE_AUDITION"),
    rescheduleInstruction: mayActOnApplication("RESCHEDULE"),
    issueOpinion: mayActOnApplication("ISSUE_OPINION"),
    decideApplication: mayActOnApplication("DECIDE_ACCEPT"),
    notifyDecision: mayActOnApplication("NOTIFY"),
    appealDecision: mayActOnApplication("APPEAL"),
    acknowledgeAppeal: mayAcknowledgeAppeal,
    decideAppeal: mayActOnApplication("DECIDE_APPEAL_UPHOLD"),
    withdrawApplication: mayActOnApplication("WITHDRAW"),
    recordHabilitationUse: mayActOnHabilitation("ORGANISM"),
    renounceHabilitation: mayActOnHabilitation("ORGANISM"),
    suspendHabilitation: mayActOnHabilitation("DECIDER"),
    liftSuspension: mayActOnHabilitation("DECIDER"),
    withdrawHabilitation: mayActOnHabilitation("DECIDER"),
  },
};
