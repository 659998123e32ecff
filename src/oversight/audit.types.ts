import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { AnomalySeverityEnum, AuditActionEnum, AuditModeEnum, AuditOpinionEnum, AuditOutcomeEnum, AuditorKindEnum, AuditPhaseEnum, RefusalKindEnum } from "./oversight.enums";
import { OversightStepType } from "./oversight-step.types";

@ObjectType("Auditor", { simpleResolvers: true, description: "AUD-1: a member of Certif Pro, of a CPNE, of the Instance's staff, or a provider." })
export class AuditorType {
  @Field(() => AuditorKindEnum) kind: string;
  @Field() kindLabel: string;
  @Field({ description: "The user's name, or the outside person's." }) name: string;
  @Field(() => String, { nullable: true, description: "When the auditor is a user of the platform." }) userEmail: string | null;
}

@ObjectType("Anomaly", { simpleResolvers: true })
export class AnomalyType {
  @Field(() => Int) position: number;
  @Field() description: string;
  @Field(() => AnomalySeverityEnum) severity: string;
}

@ObjectType("AuditReport", { simpleResolvers: true, description: "AUD-2, AUD-3: presented to the organism the day it is recorded." })
export class AuditReportType {
  @Field(() => AuditOpinionEnum) opinion: string;
  @Field() opinionLabel: string;
  @Field(() => [AnomalyType]) anomalies: AnomalyType[];
  @Field() presentedOn: string;
  @Field({ description: "Last day for the organism's written observations (15 working days)." }) observationsDue: string;
}

@ObjectType("AuditRefusal", { simpleResolvers: true, description: "WDR-1: a withdrawal case, from this date." })
export class AuditRefusalType {
  @Field(() => RefusalKindEnum) kind: string;
  @Field() on: string;
}

@ObjectType("AuditObservations", { simpleResolvers: true })
export class AuditObservationsType {
  @Field() sentOn: string;
  @Field() text: string;
}

@ObjectType("AuditDecision", { simpleResolvers: true, description: "AUD-3: taken at a meeting, notified within 15 working days of it." })
export class AuditDecisionType {
  @Field(() => AuditOutcomeEnum) outcome: string;
  @Field() meetingOn: string;
  @Field() decidedOn: string;
  @Field() reason: string;
  @Field({ description: "False when the Instance departs from the auditor's opinion (it is sovereign)." }) followsOpinion: boolean;
  @Field() notificationDue: string;
  @Field(() => String, { nullable: true }) notifiedOn: string | null;
  @Field(() => Boolean, { nullable: true }) late: boolean | null;
}

@ObjectType("Audit", { simpleResolvers: true, description: "AUD-1…AUD-3: an audit of a habilitated organism; seen by the organism, its Mandataire, the Instances concerned and the auditor." })
export class AuditType {
  @Field(() => ID) id: number;
  @Field() grantingInstanceCode: string;
  @Field({ description: "The granting Instance, or Certif Pro auditing a CPNE's habilitation (CTX-5)." }) orderingInstanceCode: string;
  @Field(() => AuditModeEnum) mode: string;
  @Field() modeLabel: string;
  @Field() orderedOn: string;
  @Field() scheduledOn: string;
  @Field(() => AuditorType) auditor: AuditorType;
  @Field(() => AuditPhaseEnum, { description: "Today, from the dated facts." }) phase: string;
  @Field() phaseLabel: string;
  @Field(() => AuditRefusalType, { nullable: true }) refusal: AuditRefusalType | null;
  @Field(() => AuditReportType, { nullable: true }) report: AuditReportType | null;
  @Field(() => AuditObservationsType, { nullable: true }) observations: AuditObservationsType | null;
  @Field(() => AuditDecisionType, { nullable: true }) decision: AuditDecisionType | null;
  @Field(() => String, { nullable: true }) cancelledOn: string | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field(() => OversightStepType, { nullable: true }) pendingStep: OversightStepType | null;
  @Field(() => [AuditActionEnum], { description: "What the caller may do next." }) allowedActions: string[];
  @Field() updatedAt: Date;
}

/** An audit as the resolvers hand it out: the fields, and the ids the nested fields are read by. */
export interface AuditView extends AuditType {
  habilitationId: number;
  organismId: number;
  refusalWithdrawalId: number | null;
}

export const AuditConnection = ConnectionType(AuditType, "Audit");
