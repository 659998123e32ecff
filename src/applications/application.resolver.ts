import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { PendingStepType } from "../common/graphql/pending-step";
import { instanceLoaders } from "../instances/instance.loaders";
import { organismLoaders } from "../organisms/organism.loaders";
import { organismSummary } from "../organisms/organism.queries";
import { OrganismSummaryType } from "../organisms/organism.types";
import type { ApplicationEntity } from "./application.entity";
import { applicationLoaders } from "./application.loaders";
import { ApplicationService } from "./application.service";
import { CampaignService } from "./campaign.service";
import {
  ApplicationActionEnum,
  ApplicationConnection,
  ApplicationFilter,
  ApplicationOrder,
  ApplicationType,
  CampaignInput,
  CampaignType,
  CriterionAssessmentInput,
  CriterionAssessmentType,
  DecisionOutcome,
  HabilitationCriterionType,
  MeetingType,
  RefusedCriterionType,
  StatedChangeInput,
  StatedChangeType,
} from "./application.types";
import { STATE_LABELS } from "./rules/application-lifecycle";

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  constructor(
    private readonly applicationService: ApplicationService,
    private readonly campaignService: CampaignService,
  ) {}

  @Query(() => ApplicationConnection, { description: "Applications the caller may see: its own (organism), or those made to its Instance." })
  applications(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ApplicationFilter, { nullable: true }) filter: ApplicationFilter | null,
    @Arg("orderBy", () => ApplicationOrder, { nullable: true }) orderBy: ApplicationOrder | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.applicationService.list(ctx, filter ?? {}, orderBy ?? ApplicationOrder.CREATED, first, after);
  }

  @Query(() => ApplicationType, { nullable: true })
  async application(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return (await this.applicationService.find(ctx, parseId(id))) ?? null;
  }

  @Query(() => [HabilitationCriterionType], { description: "The criteria an Instance's opinions and decisions are reasoned on (HAB-1, CTX-3)." })
  habilitationCriteria(@Ctx() ctx: RequestContext, @Arg("instance") instance: string) {
    return this.applicationService.criteriaOf(ctx, instance);
  }

  @Query(() => [CampaignType], { description: "Application campaigns and their deciding meetings (public)." })
  campaigns(@Ctx() ctx: RequestContext, @Arg("instance", () => String, { nullable: true }) instance: string | null) {
    return this.campaignService.list(ctx, instance);
  }

  @Mutation(() => CampaignType)
  createCampaign(@Ctx() ctx: RequestContext, @Arg("input", () => CampaignInput) input: CampaignInput) {
    return this.campaignService.create(ctx, input);
  }

  @Mutation(() => [HabilitationCriterionType], { description: "CTX-3: a CPNE adds a habilitation criterion of its own." })
  addHabilitationCriterion(@Ctx() ctx: RequestContext, @Arg("instance") instance: string, @Arg("code") code: string, @Arg("label") label: string) {
    return this.campaignService.addCriterion(ctx, instance, code, label);
  }

  @Mutation(() => ApplicationType, { description: "HAB-2: the organism (or its Mandataire) opens its application under a campaign." })
  createApplication(@Ctx() ctx: RequestContext, @Arg("organism") siren: string, @Arg("campaign", () => ID) campaign: string) {
    return this.applicationService.create(ctx, siren.replace(/\s/g, ""), parseId(campaign));
  }

  @Mutation(() => ApplicationType, { description: "HAB-2: filing issues the receipt and means accepting the convention." })
  fileApplication(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string) {
    return this.applicationService.file(ctx, parseId(id));
  }

  @Mutation(() => ApplicationType)
  requestComplement(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("request") request: string) {
    return this.applicationService.requestComplement(ctx, parseId(id), request);
  }

  @Mutation(() => ApplicationType)
  provideComplement(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("note") note: string) {
    return this.applicationService.provideComplement(ctx, parseId(id), note);
  }

  @Mutation(() => ApplicationType)
  declareComplete(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string) {
    return this.applicationService.declareComplete(ctx, parseId(id));
  }

  @Mutation(() => ApplicationType, { description: "HAB-3: only a complete file is instructed, for a meeting of its campaign." })
  startInstruction(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("meeting", () => ID) meeting: string) {
    return this.applicationService.startInstruction(ctx, parseId(id), parseId(meeting));
  }

  @Mutation(() => ApplicationType, { description: "HAB-4: moves a file under instruction to a later meeting of its campaign." })
  rescheduleInstruction(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("meeting", () => ID) meeting: string) {
    return this.applicationService.reschedule(ctx, parseId(id), parseId(meeting));
  }

  @Mutation(() => ApplicationType, { description: "HAB-4: the convocation, sent today, is at least 8 working days before the audition." })
  scheduleAudition(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("auditionOn") auditionOn: string) {
    return this.applicationService.scheduleAudition(ctx, parseId(id), auditionOn);
  }

  @Mutation(() => ApplicationType, { description: "HAB-4: reasoned per criterion, at least 5 working days before the meeting." })
  issueOpinion(
    @Ctx() ctx: RequestContext,
    @Arg("application", () => ID) id: string,
    @Arg("assessments", () => [CriterionAssessmentInput]) assessments: CriterionAssessmentInput[],
  ) {
    return this.applicationService.issueOpinion(ctx, parseId(id), assessments);
  }

  @Mutation(() => ApplicationType, { description: "HAB-5, INS-1: the Instance's decision maker decides, reasoned per criterion." })
  decideApplication(
    @Ctx() ctx: RequestContext,
    @Arg("application", () => ID) id: string,
    @Arg("outcome", () => DecisionOutcome) outcome: DecisionOutcome,
    @Arg("assessments", () => [CriterionAssessmentInput]) assessments: CriterionAssessmentInput[],
    @Arg("durationMonths", () => Int, { nullable: true }) durationMonths: number | null,
  ) {
    return this.applicationService.decide(ctx, parseId(id), outcome, assessments, durationMonths);
  }

  @Mutation(() => ApplicationType, { description: "HAB-5: notification; an acceptance starts the habilitation (HAB-6)." })
  notifyDecision(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string) {
    return this.applicationService.notify(ctx, parseId(id));
  }

  @Mutation(() => ApplicationType, { description: "HAB-8: within 30 working days of the refusal's notification." })
  appealDecision(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("grounds") grounds: string) {
    return this.applicationService.appeal(ctx, parseId(id), grounds);
  }

  @Mutation(() => ApplicationType, { description: "HAB-8: acknowledged within 10 working days of receipt." })
  acknowledgeAppeal(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string) {
    return this.applicationService.acknowledgeAppeal(ctx, parseId(id));
  }

  @Mutation(() => ApplicationType, { description: "HAB-8: puts an acknowledged appeal to a coming meeting of the Instance, where it is decided." })
  scheduleAppealDecision(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("meeting", () => ID) meeting: string) {
    return this.applicationService.scheduleAppealDecision(ctx, parseId(id), parseId(meeting));
  }

  @Mutation(() => ApplicationType, { description: "HAB-5: before filing again after a refusal, what changed for each criterion the refusal named." })
  stateChangesSinceRefusal(
    @Ctx() ctx: RequestContext,
    @Arg("application", () => ID) id: string,
    @Arg("changes", () => [StatedChangeInput]) changes: StatedChangeInput[],
  ) {
    return this.applicationService.stateChanges(ctx, parseId(id), changes);
  }

  @Mutation(() => ApplicationType, { description: "HAB-8: the Instance re-examines the contested arguments and decides, at the meeting the appeal was put to." })
  decideAppeal(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string, @Arg("upheld") upheld: boolean, @Arg("reason") reason: string) {
    return this.applicationService.decideAppeal(ctx, parseId(id), upheld, reason);
  }

  @Mutation(() => ApplicationType)
  withdrawApplication(@Ctx() ctx: RequestContext, @Arg("application", () => ID) id: string) {
    return this.applicationService.withdraw(ctx, parseId(id));
  }

  @FieldResolver(() => String)
  statusLabel(@Root() root: ApplicationEntity) {
    return STATE_LABELS[root.status];
  }

  @FieldResolver(() => OrganismSummaryType)
  organism(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return organismSummary(ctx, root.organismId);
  }

  @FieldResolver(() => String)
  async instanceCode(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return (await instanceLoaders(ctx).instanceById.load(root.instanceId))!.code;
  }

  @FieldResolver(() => CampaignType)
  campaign(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return applicationLoaders(ctx).campaignById.load(root.campaignId);
  }

  @FieldResolver(() => String, { nullable: true })
  async mandataireName(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return root.mandataireId ? ((await organismLoaders(ctx).mandataireById.load(root.mandataireId))?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async meetingOn(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return root.meetingId ? ((await applicationLoaders(ctx).meetingById.load(root.meetingId))?.meetsOn ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async appealMeetingOn(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return root.appealMeetingId ? ((await applicationLoaders(ctx).meetingById.load(root.appealMeetingId))?.meetsOn ?? null) : null;
  }

  @FieldResolver(() => [RefusedCriterionType])
  refusedBefore(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return this.applicationService.refusedCriteria(ctx, root);
  }

  @FieldResolver(() => [StatedChangeType])
  statedChanges(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return applicationLoaders(ctx).changesByApplication.load(root.id);
  }

  @FieldResolver(() => [HabilitationCriterionType])
  criteria(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return this.applicationService.criteria(ctx, root.instanceId);
  }

  @FieldResolver(() => [CriterionAssessmentType])
  async opinion(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return (await applicationLoaders(ctx).assessmentsByApplication.load(root.id)).filter((a) => a.stage === "OPINION");
  }

  @FieldResolver(() => [CriterionAssessmentType])
  async decision(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return (await applicationLoaders(ctx).assessmentsByApplication.load(root.id)).filter((a) => a.stage === "DECISION");
  }

  @FieldResolver(() => PendingStepType, { nullable: true })
  pendingStep(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return this.applicationService.pendingStep(ctx, root);
  }

  @FieldResolver(() => [ApplicationActionEnum])
  allowedActions(@Root() root: ApplicationEntity, @Ctx() ctx: RequestContext) {
    return this.applicationService.allowedActions(ctx, root);
  }
}

@Resolver(() => CampaignType)
export class CampaignResolver {
  @FieldResolver(() => [MeetingType])
  meetings(@Root() root: CampaignType, @Ctx() ctx: RequestContext) {
    return applicationLoaders(ctx).meetingsByCampaign.load(root.id);
  }
}
