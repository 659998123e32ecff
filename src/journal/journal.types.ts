import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { InstanceType, UserRoleEnum } from "../instances/instance.types";
import { CertificationType } from "../referentials/referential.types";

@ObjectType("JournalEntry", { simpleResolvers: true, description: "One transition or decision, as it was recorded: never changed afterwards." })
export class JournalEntryType {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field({ description: "Who acted." })
  actorEmail: string;

  @Field(() => UserRoleEnum, { description: "In which role." })
  actorRole: UserRoleEnum;

  @Field(() => String, { nullable: true, description: "The Instance under which the actor acted." })
  actorInstance: string | null;

  @Field(() => String, { nullable: true, description: "The Instance the subject belongs to." })
  subjectInstance: string | null;

  @Field({ description: "CONTEXTUALISATION, REFERENTIAL_VERSION, TARIFF, APPLICATION…" })
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  fromState: string | null;

  @Field(() => String, { nullable: true })
  toState: string | null;

  @Field(() => String, { nullable: true, description: "Why, or what changed." })
  reason: string | null;
}

export const JournalEntryConnection = ConnectionType(JournalEntryType, "JournalEntry");

export enum DecisionOutcomeEnum {
  ACCEPTED = "ACCEPTED",
  REFUSED = "REFUSED",
}
registerEnumType(DecisionOutcomeEnum, { name: "PublicDecisionOutcome" });

@ObjectType("PublicDecision", {
  simpleResolvers: true,
  description: "A notified habilitation decision, as it may be made public (HAB-5): no reasons, no personal data.",
})
export class PublicDecisionType {
  @Field(() => ID)
  id: string;

  @Field()
  organismName: string;

  @Field()
  organismSiren: string;

  @Field(() => InstanceType, { description: "The Instance that decided." })
  instance: InstanceType;

  @Field(() => CertificationType)
  certification: CertificationType;

  @Field(() => DecisionOutcomeEnum)
  outcome: DecisionOutcomeEnum;

  @Field()
  outcomeLabel: string;

  @Field()
  notifiedOn: string;

  @Field(() => String, { nullable: true, description: "Acceptance by a CPNE: the professional field it covers." })
  professionalField: string | null;

  @Field(() => Int, { nullable: true, description: "Acceptance: the duration of the habilitation, in months." })
  durationMonths: number | null;
}

export const PublicDecisionConnection = ConnectionType(PublicDecisionType, "PublicDecision");
