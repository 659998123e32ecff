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

@ObjectType("Suspension", { simpleResolvers: true })
export class SuspensionType {
  @Field() startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
  @Field(() => String, { nullable: true, description: "Seen by the granting Instance and the organism only." }) reason: string | null;
}

@ObjectType("Renewal", { simpleResolvers: true, description: "HAB-6: renewed once, automatically, if used and neither suspended nor withdrawn." })
export class RenewalType {
  @Field() applies: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType("Habilitation", { simpleResolvers: true })
export class HabilitationType {
  @Field(() => ID) id: number;
  @Field(() => OrganismSummaryType) organism: OrganismSummaryType;
  @Field() instanceCode: string;
  @Field() certificationCode: string;
  @Field(() => String, { nullable: true }) professionalField: string | null;
  @Field() notifiedOn: string;
  @Field(() => String, { nullable: true }) firstUsedOn: string | null;
  @Field(() => HabilitationStatusEnum, { description: "Status today." }) status: HabilitationStatusEnum;
  @Field({ description: "Last day of the first 3-year period." }) firstPeriodEnd: string;
  @Field({ description: "Never beyond 6 years after notification." }) maximumEnd: string;
  @Field(() => RenewalType) renewal: RenewalType;
  @Field({ description: "Last day the habilitation may be used, as things stand." }) lastValidDay: string;
  @Field(() => [SuspensionType]) suspensions: SuspensionType[];
  @Field(() => String, { nullable: true }) withdrawnOn: string | null;
  @Field(() => String, { nullable: true }) renunciationReceivedOn: string | null;
  @Field(() => String, { nullable: true }) renunciationEffectiveOn: string | null;
}

export const HabilitationConnection = ConnectionType(HabilitationType, "Habilitation");

@ObjectType("EvaluationRight", { simpleResolvers: true, description: "May this organism evaluate under this referential on this date? (CTX-4, EVA-1)" })
export class EvaluationRightType {
  @Field() allowed: boolean;
  @Field({ description: "Why, in French." }) reason: string;
  @Field(() => HabilitationType, { nullable: true }) habilitation: HabilitationType | null;
}
