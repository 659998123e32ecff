import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { OrganismSummaryType } from "../organisms/organism.types";

export enum HabilitationStatusEnum {
  NOT_STARTED = "NOT_STARTED",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  EXPIRED = "EXPIRED",
  WITHDRAWN = "WITHDRAWN",
  RENOUNCED = "RENOUNCED",
}
registerEnumType(HabilitationStatusEnum, { name: "HabilitationStatus" });

@ObjectType("Suspension", {
  simpleResolvers: true,
  description: "WDR-1, CMP-1: a period the habilitation is suspended, under a compliance procedure (public dates; the procedure is not).",
})
export class SuspensionType {
  @Field() startsOn: string;
  @Field(() => String, { nullable: true, description: "Last day, inclusive; null while the procedure's outcome is unknown." }) endsOn: string | null;
}

@ObjectType("Renewal", { simpleResolvers: true, description: "HAB-6: renewed once, automatically, if used and neither suspended nor withdrawn." })
export class RenewalType {
  @Field() applies: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType("ReapplicationAdvice", { simpleResolvers: true, description: "HAB-6: when to apply again so that the next habilitation follows without gap." })
export class ReapplicationAdviceType {
  @Field({ description: "Opening of the campaign to apply in." }) advisedFrom: string;
  @Field({ description: "Last day to file in it for its meeting." }) fileBy: string;
  @Field() meetingOn: string;
  @Field({ description: "The day the new habilitation would start." }) newStartsOn: string;
}

@ObjectType("Habilitation", { simpleResolvers: true })
export class HabilitationType {
  @Field(() => ID) id: number;
  @Field(() => OrganismSummaryType) organism: OrganismSummaryType;
  @Field() instanceCode: string;
  @Field() certificationCode: string;
  @Field(() => String, { nullable: true }) professionalField: string | null;
  @Field() notifiedOn: string;
  @Field({ description: "First day: the notification, or the day after the previous habilitation ends (HAB-6)." }) startsOn: string;
  @Field({ description: "Granted under the CPNE's contextualised referential (CTX-4); false: the base referential, in the CPNE's field for a CPNE." })
  contextualised: boolean;
  @Field(() => String, { nullable: true, description: "HAB-6: the day of the first certificate decided under it (its evidence of use)." }) firstUsedOn: string | null;
  @Field(() => String, { nullable: true, description: "HAB-6: that first certificate's number." })
  firstUseCertificate: string | null;
  @Field(() => HabilitationStatusEnum, { description: "Status today." }) status: HabilitationStatusEnum;
  @Field({ description: "Last day of the first 3-year period." }) firstPeriodEnd: string;
  @Field({ description: "Never beyond 6 years after notification." }) maximumEnd: string;
  @Field(() => RenewalType) renewal: RenewalType;
  @Field({ description: "Last day the habilitation may be used, as things stand." }) lastValidDay: string;
  @Field(() => [SuspensionType], { description: "Computed from the compliance procedures (WDR-1): public, without their reasons (HAB-5)." })
  suspensions: SuspensionType[];
  @Field(() => String, { nullable: true, description: "First day withdrawn, computed from the procedures and withdrawal decisions as known today (WDR-1)." })
  withdrawnOn: string | null;
  @Field(() => String, { nullable: true, description: "The day the organism sent its renunciation (HAB-6)." }) renunciationSentOn: string | null;
  @Field(() => String, { nullable: true, description: "The day the Instance received it: the 3 months' notice runs from it." })
  renunciationReceivedOn: string | null;
  @Field(() => String, { nullable: true }) renunciationEffectiveOn: string | null;
  @Field(() => ReapplicationAdviceType, { nullable: true, description: "Null when the Instance's calendar has no campaign that fits." })
  reapplication: ReapplicationAdviceType | null;
}

export const HabilitationConnection = ConnectionType(HabilitationType, "Habilitation");

@ObjectType("EvaluationRight", { simpleResolvers: true, description: "May this organism evaluate under this referential on this date? (CTX-4, EVA-1)" })
export class EvaluationRightType {
  @Field() allowed: boolean;
  @Field({ description: "Why, in French." }) reason: string;
  @Field(() => HabilitationType, { nullable: true }) habilitation: HabilitationType | null;
}
