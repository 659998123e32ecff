import { Field, InputType } from "type-graphql";

@InputType({ description: "Only the fields given change; null clears an optional field." })
export class OrganismInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  legalForm?: string | null;

  @Field(() => String, { nullable: true, description: "11 digits; spaces accepted." })
  declarationNumber?: string | null;

  @Field(() => Boolean, { nullable: true })
  qualiopiCertified?: boolean | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; required while certified, cleared when not." })
  qualiopiSince?: string | null;
}

@InputType()
export class EstablishmentInput {
  @Field(() => String, { nullable: true, description: "14 digits under the organism's SIREN; omit for a site known by its distinct address." })
  siret?: string | null;

  @Field()
  name: string;

  @Field()
  address: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; today when omitted." })
  registeredFrom?: string | null;
}

@InputType()
export class ContactInput {
  @Field()
  fullName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  functionTitle?: string | null;
}

@InputType({ description: "An evaluator, a trainer or both (HAB-1)." })
export class IntervenantInput {
  @Field()
  fullName: string;

  @Field()
  evaluator: boolean;

  @Field()
  trainer: boolean;

  @Field()
  qualifications: string;

  @Field(() => Boolean, { defaultValue: false })
  remoteReady: boolean;
}
