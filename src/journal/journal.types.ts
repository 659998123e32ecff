import { Field, ID, ObjectType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { UserRoleEnum } from "../instances/instance.types";

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
