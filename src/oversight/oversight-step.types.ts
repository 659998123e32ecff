import { Field, ObjectType } from "type-graphql";
import { AutomaticOutcomeKindEnum, OversightPartyEnum } from "./oversight.enums";

@ObjectType("AutomaticOutcome", { simpleResolvers: true, description: "What happens by itself on a date if nobody acts (CMP-3, CMP-4)." })
export class AutomaticOutcomeType {
  @Field() on: string;
  @Field(() => AutomaticOutcomeKindEnum) outcome: string;
  @Field() label: string;
}

@ObjectType("OversightStep", {
  simpleResolvers: true,
  description: "What an audit, procedure or withdrawal waits for: an application's pending step (rule, label, dueOn, overdue), plus who it waits for and what happens by itself. dueOn is null where the convention sets no date.",
})
export class OversightStepType {
  @Field({ description: "Deadline rule, e.g. CMP_JUSTIFICATION" }) rule: string;
  @Field() label: string;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field() overdue: boolean;
  @Field(() => OversightPartyEnum) waitingFor: string;
  @Field(() => AutomaticOutcomeType, { nullable: true }) automatic: AutomaticOutcomeType | null;
}
