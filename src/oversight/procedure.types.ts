import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { SuspensionType } from "../habilitations/habilitation.types";
import { JustificationOutcomeEnum, NoticePeriodEnum, ProcedureActionEnum, ProcedureOriginEnum, ProcedurePhaseEnum, WithdrawalCaseEnum } from "./oversight.enums";
import { OversightStepType } from "./oversight-step.types";

@ObjectType("RoundDecision", { simpleResolvers: true, description: "CMP-4: the Instance's reasoned decision on the justification." })
export class RoundDecisionType {
  @Field(() => JustificationOutcomeEnum) kind: string;
  @Field() decidedOn: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true }) notifiedOn: string | null;
}

@ObjectType("FormalNoticeRound", { simpleResolvers: true, description: "CMP-1…CMP-4: one formal notice (initial or complementary period), its justification and the decision on it." })
export class FormalNoticeRoundType {
  @Field(() => Int) round: number;
  @Field(() => NoticePeriodEnum) period: string;
  @Field() periodLabel: string;
  @Field(() => [String]) failings: string[];
  @Field({ description: "Serious failing: suspended from the notification, for the period (CMP-1)." }) suspension: boolean;
  @Field({ description: "Withdrawal date without a justification in time (CMP-3)." }) withdrawalOn: string;
  @Field() issuedOn: string;
  @Field(() => String, { nullable: true }) notifiedOn: string | null;
  @Field(() => String, { nullable: true, description: "30 working days from the notification (CMP-2)." }) justificationDue: string | null;
  @Field(() => String, { nullable: true }) justifiedOn: string | null;
  @Field(() => String, { nullable: true }) justification: string | null;
  @Field(() => String, { nullable: true, description: "The Instance's 30 working days to notify its decision (CMP-4)." }) responseDue: string | null;
  @Field(() => RoundDecisionType, { nullable: true }) decision: RoundDecisionType | null;
}

@ObjectType("ComplianceProcedure", { simpleResolvers: true, description: "CMP-1…CMP-5: seen by the organism, its Mandataire, the granting Instance and Certif Pro (CTX-5)." })
export class ComplianceProcedureType {
  @Field(() => ID) id: number;
  @Field({ description: "The granting Instance, which takes every decision (INS-1)." }) instanceCode: string;
  @Field(() => ProcedureOriginEnum) origin: string;
  @Field(() => String, { nullable: true, description: "The reasoned finding behind a procedure opened outside an audit." }) finding: string | null;
  @Field() openedOn: string;
  @Field(() => ProcedurePhaseEnum, { description: "Today, from the dated facts: CMP-3 and CMP-4 need nobody to act." }) phase: string;
  @Field() phaseLabel: string;
  @Field(() => [FormalNoticeRoundType]) rounds: FormalNoticeRoundType[];
  @Field(() => [SuspensionType], { description: "The suspensions this procedure causes (WDR-1)." }) suspensions: SuspensionType[];
  @Field() suspendedToday: boolean;
  @Field(() => String, { nullable: true, description: "The day it ends, once certain (it may lie ahead)." }) endsOn: string | null;
  @Field({ description: "Ended with the habilitation kept: CMP-5's 12 months run from endsOn." }) habilitationKept: boolean;
  @Field(() => String, { nullable: true, description: "CMP-5: last day a new failing leads to a withdrawal." }) relapseWindowEnd: string | null;
  @Field(() => WithdrawalCaseEnum, { nullable: true }) withdrawalCase: string | null;
  @Field(() => String, { nullable: true }) withdrawalEffectiveOn: string | null;
  @Field(() => OversightStepType, { nullable: true }) pendingStep: OversightStepType | null;
  @Field(() => [ProcedureActionEnum], { description: "What the caller may do next." }) allowedActions: string[];
  @Field() updatedAt: Date;
}

export interface ProcedureView extends ComplianceProcedureType {
  habilitationId: number;
  organismId: number;
  auditId: number | null;
}

export const ComplianceProcedureConnection = ConnectionType(ComplianceProcedureType, "ComplianceProcedure");
