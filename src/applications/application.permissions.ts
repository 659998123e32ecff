import { allow } from "graphql-shield";
import { isNumericId } from "../common/graphql/ids";
import { type AreaRules, forbidden, isAuthenticated, whenAuthenticated } from "../common/graphql/rules";
import { actsAsOrganism, isDecisionMakerOf } from "../instances/rules/roles";
import { organismLoaders } from "../organisms/organism.loaders";
import { actsForOrganism } from "../organisms/organism.queries";
import { applicationLoaders } from "./application.loaders";
import { actorKindFor } from "./application.queries";
import { type ApplicationAction, ACTION_ACTORS, transition } from "./rules/application-lifecycle";

/** Who may take an action on an application, whatever its state (the state is the state machine's check). */
const mayActOnApplication = (action: ApplicationAction) =>
  whenAuthenticated<{ application: string }>(async (_actor, args, ctx) => {
    if (!isNumericId(args.application)) return true;
    const application = await applicationLoaders(ctx).applicationById.load(Number(args.application));
    if (!application) return true;
    const kind = await actorKindFor(ctx, application);
    if (!kind) return forbidden("Ce dossier relève d'un autre organisme ou d'une autre Instance.");
    if (!ACTION_ACTORS[action].includes(kind)) {
      const refusal = transition(application.status, action, kind);
      return forbidden(refusal.ok ? "Action non autorisée." : refusal.reason);
    }
    return true;
  });

/** The organism itself, or its Mandataire, opens an application. */
const mayCreateApplication = whenAuthenticated<{ organism: string }>(async (actor, args, ctx) => {
  const organism = await organismLoaders(ctx).organismBySiren.load(args.organism.replace(/\s/g, ""));
  if (!organism) return actsAsOrganism(actor) ? true : forbidden("Seul l'organisme candidat, ou son mandataire, dépose une demande.");
  return (await actsForOrganism(ctx, organism.id)) ? true : forbidden("Seul l'organisme candidat, ou son mandataire muni d'un mandat, dépose une demande.");
});

/** An Instance's decision maker sets its campaigns and its own criteria. */
const isDeciderOf = whenAuthenticated<{ instance?: string; input?: { instance: string } }>((actor, args) => {
  const code = args.instance ?? args.input?.instance;
  return actor.instanceCode === code && isDecisionMakerOf(actor, actor.instanceId!)
    ? true
    : forbidden(`Seul un décideur de ${code} fixe ses campagnes et ses critères.`);
});

export const applicationRules: AreaRules = {
  Query: {
    applications: isAuthenticated,
    application: isAuthenticated,
    habilitationCriteria: allow,
    campaigns: allow,
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
    acknowledgeAppeal: mayActOnApplication("ACKNOWLEDGE_APPEAL"),
    scheduleAppealDecision: mayActOnApplication("SCHEDULE_APPEAL_DECISION"),
    stateChangesSinceRefusal: mayActOnApplication("FILE"),
    decideAppeal: mayActOnApplication("DECIDE_APPEAL_UPHOLD"),
    withdrawApplication: mayActOnApplication("WITHDRAW"),
  },
};
