import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { PendingStepType } from "../common/graphql/pending-step";
import { OrganismSummaryType } from "../organisms/organism.types";
import { APPLICATION_ACTIONS, APPLICATION_STATES } from "./rules/application-lifecycle";

export const ApplicationStatusEnum = Object.fromEntries(APPLICATION_STATES.map((s) => [s, s])) as { [K in (typeof APPLICATION_STATES)[number]]: K };
registerEnumType(ApplicationStatusEnum, { name: "ApplicationStatus" });

export const ApplicationActionEnum = Object.fromEntries(APPLICATION_ACTIONS.map((a) => [a, a])) as { [K in (typeof APPLICATION_ACTIONS)[number]]: K };
registerEnumType(ApplicationActionEnum, { name: "ApplicationAction" });

export enum DecisionOutcome {
  ACCEPT = "ACCEPT",
  REFUSE = "REFUSE",
}
registerEnumType(DecisionOutcome, { name: "DecisionOutcome" });

export enum ApplicationOrder {
  FILED_ON = "FILED_ON",
  NEXT_DUE_ON = "NEXT_DUE_ON",
  CREATED = "CREATED",
}
registerEnumType(ApplicationOrder, { name: "ApplicationOrder" });

@ObjectType("Meeting", { simpleResolvers: true })
export class MeetingType {
  @Field(() => ID) id: number;
  @Field() meetsOn: string;
}

@ObjectType("Campaign", { simpleResolvers: true })
export class CampaignType {
  @Field(() => ID) id: number;
  @Field() name: string;
  @Field() certificationCode: string;
  @Field() opensOn: string;
  @Field() closesOn: string;
  @Field(() => Int, { nullable: true, description: "A CPNE's notification period: working days after a meeting (HAB-5)." })
  notificationWorkingDays: number | null;
  @Field(() => [MeetingType]) meetings: MeetingType[];
}

@ObjectType("HabilitationCriterion", { simpleResolvers: true, description: "A criterion of section II, or a CPNE's own (CTX-3)." })
export class HabilitationCriterionType {
  @Field() code: string;
  @Field() label: string;
  @Field({ description: "CONVENTION or CONTEXTUALISATION" }) origin: string;
}

@ObjectType("CriterionAssessment", { simpleResolvers: true })
export class CriterionAssessmentType {
  @Field() criterionCode: string;
  @Field() criterionLabel: string;
  @Field() met: boolean;
  @Field() reason: string;
}

@ObjectType("RefusedCriterion", { simpleResolvers: true })
export class RefusedCriterionType {
  @Field() code: string;
  @Field() label: string;
}

@ObjectType("StatedChange", { simpleResolvers: true })
export class StatedChangeType {
  @Field() criterionCode: string;
  @Field() criterionLabel: string;
  @Field() description: string;
}

@ObjectType("Application", { simpleResolvers: true, description: "An application for habilitation (HAB-2…HAB-8)." })
export class ApplicationType {
  @Field(() => ID) id: number;
  @Field(() => ApplicationStatusEnum) status: string;
  @Field() statusLabel: string;
  @Field(() => OrganismSummaryType) organism: OrganismSummaryType;
  @Field() instanceCode: string;
  @Field() certificationCode: string;
  @Field(() => CampaignType) campaign: CampaignType;
  @Field(() => String, { nullable: true }) professionalField: string | null;
  @Field(() => String, { nullable: true }) mandataireName: string | null;
  @Field(() => String, { nullable: true }) filedOn: string | null;
  @Field(() => String, { nullable: true, description: "Receipt issued on filing (HAB-2)." }) receiptNumber: string | null;
  @Field(() => String, { nullable: true }) complementRequest: string | null;
  @Field(() => String, { nullable: true }) completedOn: string | null;
  @Field(() => String, { nullable: true, description: "The deciding meeting." }) meetingOn: string | null;
  @Field(() => String, { nullable: true }) convocationOn: string | null;
  @Field(() => String, { nullable: true }) auditionOn: string | null;
  @Field(() => String, { nullable: true }) opinionOn: string | null;
  @Field(() => String, { nullable: true }) decidedOn: string | null;
  @Field(() => Int, { nullable: true }) durationMonths: number | null;
  @Field(() => String, { nullable: true }) notifiedOn: string | null;
  @Field(() => String, { nullable: true }) appealFiledOn: string | null;
  @Field(() => String, { nullable: true }) appealGrounds: string | null;
  @Field(() => String, { nullable: true }) appealAcknowledgedOn: string | null;
  @Field(() => String, { nullable: true, description: "The meeting at which the Instance decides on the appeal (HAB-8)." }) appealMeetingOn: string | null;
  @Field(() => String, { nullable: true }) appealDecidedOn: string | null;
  @Field(() => String, { nullable: true, description: "Notification of the decision on the appeal." }) appealNotifiedOn: string | null;
  @Field(() => [RefusedCriterionType], { description: "The criteria of the candidate's last refusal by this Instance, what changed must be stated for each (HAB-5)." })
  refusedBefore: RefusedCriterionType[];
  @Field(() => [StatedChangeType], { description: "What the candidate changed since that refusal." }) statedChanges: StatedChangeType[];
  @Field(() => [HabilitationCriterionType]) criteria: HabilitationCriterionType[];
  @Field(() => [CriterionAssessmentType], { description: "The opinion, criterion by criterion (HAB-4)." }) opinion: CriterionAssessmentType[];
  @Field(() => [CriterionAssessmentType], { description: "The decision's reasons, criterion by criterion (HAB-5)." }) decision: CriterionAssessmentType[];
  @Field(() => PendingStepType, { nullable: true }) pendingStep: PendingStepType | null;
  @Field(() => [ApplicationActionEnum], { description: "What the caller may do next." }) allowedActions: string[];
  @Field() updatedAt: Date;
}

export const ApplicationConnection = ConnectionType(ApplicationType, "Application");

@InputType()
export class ApplicationFilter {
  @Field(() => String, { nullable: true, description: "Instance code" }) instance?: string | null;
  @Field(() => [ApplicationStatusEnum], { nullable: true }) status?: string[] | null;
  @Field(() => String, { nullable: true, description: "SIREN" }) organism?: string | null;
  @Field(() => String, { nullable: true }) certification?: string | null;
  @Field(() => String, { nullable: true }) filedFrom?: string | null;
  @Field(() => String, { nullable: true }) filedTo?: string | null;
  @Field(() => String, { nullable: true, description: "Pending step due on or before this date" }) dueBefore?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Pending step past its due date" }) overdue?: boolean | null;
}

@InputType()
export class CriterionAssessmentInput {
  @Field() criterionCode: string;
  @Field() met: boolean;
  @Field() reason: string;
}

@InputType()
export class CampaignInput {
  @Field() instance: string;
  @Field() certification: string;
  @Field() name: string;
  @Field() opensOn: string;
  @Field() closesOn: string;
  @Field(() => [String]) meetings: string[];
  @Field(() => Int, { nullable: true, description: "CPNE only: working days after a meeting within which its decisions are notified." })
  notificationWorkingDays?: number | null;
}

@InputType()
export class StatedChangeInput {
  @Field() criterionCode: string;
  @Field() description: string;
}
