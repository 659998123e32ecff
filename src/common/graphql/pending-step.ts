import { Field, ObjectType } from "type-graphql";

@ObjectType("PendingStep", { simpleResolvers: true, description: "What the file waits for, when a rule sets its due date." })
export class PendingStepType {
  @Field({ description: "Deadline rule, e.g. HAB_OPINION_BEFORE_MEETING" }) rule: string;
  @Field() label: string;
  @Field() dueOn: string;
  @Field() overdue: boolean;
}
