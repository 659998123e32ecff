import { Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { DEADLINES } from "./deadlines";

@ObjectType("DeadlineRule", { simpleResolvers: true, description: "A deadline of the rules, as the engine computes it." })
export class DeadlineRuleType {
  @Field() id: string;
  @Field({ description: "Rule ID in the domain brief, e.g. HAB-8" }) rule: string;
  @Field({ description: "Where the figure stands in the convention" }) source: string;
  @Field() label: string;
  @Field(() => Int) amount: number;
  @Field({ description: "WORKING_DAYS (Monday to Friday less French public holidays), CALENDAR_DAYS, MONTHS or YEARS" }) unit: string;
  @Field({ description: "AFTER or BEFORE the anchor" }) direction: string;
  @Field() anchor: string;
}

@Resolver()
export class DeadlineResolver {
  @Query(() => [DeadlineRuleType], { description: "Every deadline of the rules, in Europe/Paris dates." })
  deadlineRules(): DeadlineRuleType[] {
    return DEADLINES.map((d) => ({ ...d }));
  }
}
