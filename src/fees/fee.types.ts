import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum FeeKindEnum {
  APPLICATION = "APPLICATION",
  SITE = "SITE",
  CERTIFICATE = "CERTIFICATE",
}
registerEnumType(FeeKindEnum, {
  name: "FeeKind",
  valuesConfig: {
    APPLICATION: { description: "FEE-1: per habilitation application filed to Certif Pro." },
    SITE: { description: "FEE-2: per registered site or establishment and per year, while habilitated." },
    CERTIFICATE: { description: "FEE-3: per certificate awarded." },
  },
});

@ObjectType("Tariff", { simpleResolvers: true, description: "Annexe 2 amounts, net of VAT, from a date until the next tariff (FEE-4)." })
export class TariffType {
  @Field()
  validFrom: string;

  @Field(() => String, { nullable: true, description: "Day before the next tariff; null for the latest." })
  validUntil: string | null;

  @Field(() => Int, { description: "FEE-1, in cents." })
  applicationCents: number;

  @Field({ description: 'FEE-1, formatted ("330,00 €").' })
  applicationAmount: string;

  @Field(() => Int, { description: "FEE-2, in cents." })
  siteAnnualCents: number;

  @Field()
  siteAnnualAmount: string;

  @Field(() => Int, { description: "FEE-3, in cents." })
  certificateCents: number;

  @Field()
  certificateAmount: string;
}

@ObjectType("FeeLine", { simpleResolvers: true, description: "One amount due, with the rule and the reason." })
export class FeeLineType {
  @Field(() => FeeKindEnum)
  kind: FeeKindEnum;

  @Field({ description: "FEE-1, FEE-2 or FEE-3." })
  rule: string;

  @Field({ description: "The day the amount falls due, which sets the tariff applied." })
  chargedOn: string;

  @Field(() => Int)
  amountCents: number;

  @Field({ description: 'Net of VAT, formatted ("330,00 €").' })
  amount: string;

  @Field({ description: "Why it is due, in French." })
  label: string;

  @Field(() => ID, { nullable: true, description: "The application (APPLICATION) or establishment (SITE) charged." })
  subjectId: string | null;
}

@ObjectType("OrganismFees", { simpleResolvers: true, description: "What one organism owes Certif Pro for a period, and why." })
export class OrganismFeesType {
  @Field()
  siren: string;

  @Field()
  organismName: string;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => [FeeLineType])
  lines: FeeLineType[];

  @Field(() => Int)
  totalCents: number;

  @Field()
  total: string;

  @Field()
  totalLabel: string;

  @Field()
  invoicedOn: string;

  @Field({ description: "FEE-4: 45 calendar days after the invoice." })
  paymentDueOn: string;

  @Field()
  paymentLabel: string;
}
