import { Field, ID, ObjectType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { EdofAlertSourceEnum, WithdrawalActionEnum, WithdrawalCaseEnum, WithdrawalPhaseEnum } from "./oversight.enums";
import { OversightStepType } from "./oversight-step.types";

@ObjectType("EdofAlert", { simpleResolvers: true, description: "WDR-1: an alert about a non-compliant EDOF registration." })
export class EdofAlertType {
  @Field(() => EdofAlertSourceEnum) source: string;
  @Field() sourceLabel: string;
  @Field() reference: string;
  @Field({ description: "The sanction level the alert states." }) level: string;
  @Field() receivedOn: string;
}

@ObjectType("HabilitationWithdrawal", {
  simpleResolvers: true,
  description: "WDR-1: a withdrawal decided on its own (relapse, audit refusal, EDOF alert), binding once notified.",
})
export class HabilitationWithdrawalType {
  @Field(() => ID) id: number;
  @Field() instanceCode: string;
  @Field(() => WithdrawalCaseEnum) case: string;
  @Field() caseLabel: string;
  @Field(() => WithdrawalPhaseEnum) phase: string;
  @Field() decidedOn: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true }) notifiedOn: string | null;
  @Field(() => String, { nullable: true, description: "First day withdrawn: the notification, or the refusal of the audit." }) effectiveOn: string | null;
  @Field(() => String, { nullable: true }) refusedOn: string | null;
  @Field(() => String, { nullable: true }) findingOn: string | null;
  @Field(() => String, { nullable: true }) finding: string | null;
  @Field(() => EdofAlertType, { nullable: true }) edofAlert: EdofAlertType | null;
  @Field(() => OversightStepType, { nullable: true }) pendingStep: OversightStepType | null;
  @Field(() => [WithdrawalActionEnum]) allowedActions: string[];
  @Field() updatedAt: Date;
}

export interface WithdrawalView extends HabilitationWithdrawalType {
  habilitationId: number;
  organismId: number;
  auditId: number | null;
  relapseProcedureId: number | null;
}

export const HabilitationWithdrawalConnection = ConnectionType(HabilitationWithdrawalType, "HabilitationWithdrawal");
