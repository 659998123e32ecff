import { Field, ID, InputType } from "type-graphql";
import {
  AnomalySeverityEnum,
  AuditorKindEnum,
  AuditPhaseEnum,
  EdofAlertSourceEnum,
  ProcedureOriginEnum,
  ProcedurePhaseEnum,
  WithdrawalCaseEnum,
} from "./oversight.enums";

@InputType({ description: "AUD-1: a user of the platform (by e-mail) or a named outside person, not both." })
export class AuditorInput {
  @Field(() => AuditorKindEnum) kind: string;
  @Field(() => String, { nullable: true }) userEmail?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType()
export class AnomalyInput {
  @Field() description: string;
  @Field(() => AnomalySeverityEnum) severity: string;
}

@InputType({ description: "CMP-1: the failings, whether the habilitation is suspended (serious failing), the withdrawal date." })
export class FormalNoticeInput {
  @Field(() => [String]) failings: string[];
  @Field() suspension: boolean;
  @Field() withdrawalOn: string;
}

@InputType()
export class EdofAlertInput {
  @Field(() => EdofAlertSourceEnum) source: string;
  @Field() reference: string;
  @Field() level: string;
  @Field() receivedOn: string;
}

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: "Instance code: the granting or the ordering one" }) instance?: string | null;
  @Field(() => String, { nullable: true, description: "SIREN" }) organism?: string | null;
  @Field(() => ID, { nullable: true }) habilitation?: string | null;
  @Field(() => [AuditPhaseEnum], { nullable: true, description: "Phases today" }) phase?: string[] | null;
  @Field(() => String, { nullable: true, description: "Pending step due on or before this date" }) dueBefore?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Pending step past its due date" }) overdue?: boolean | null;
}

@InputType()
export class ProcedureFilter {
  @Field(() => String, { nullable: true, description: "Instance code (the granting one)" }) instance?: string | null;
  @Field(() => String, { nullable: true, description: "SIREN" }) organism?: string | null;
  @Field(() => ID, { nullable: true }) habilitation?: string | null;
  @Field(() => [ProcedurePhaseEnum], { nullable: true, description: "Phases today" }) phase?: string[] | null;
  @Field(() => ProcedureOriginEnum, { nullable: true }) origin?: string | null;
  @Field(() => String, { nullable: true, description: "Pending step due on or before this date" }) dueBefore?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Pending step past its due date" }) overdue?: boolean | null;
}

@InputType()
export class WithdrawalFilter {
  @Field(() => String, { nullable: true, description: "Instance code (the granting one)" }) instance?: string | null;
  @Field(() => String, { nullable: true, description: "SIREN" }) organism?: string | null;
  @Field(() => ID, { nullable: true }) habilitation?: string | null;
  @Field(() => [WithdrawalCaseEnum], { nullable: true }) case?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "Notified (binding) or still to notify" }) notified?: boolean | null;
}
