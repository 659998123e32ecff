import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { InstanceType } from "../instances/instance.types";
import { CertificationType } from "../referentials/referential.types";

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
