import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { CHANGE_KINDS, CHANGE_LABELS, type ChangeKind } from "./rules/changes";

export const SituationChangeKindEnum = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, kind])) as { [K in ChangeKind]: K };
registerEnumType(SituationChangeKindEnum, {
  name: "SituationChangeKind",
  description: "Changes of situation an organism reports to its Instances within 30 days (HAB-7).",
  valuesConfig: Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, { description: CHANGE_LABELS[kind] }])),
});

@ObjectType("Establishment", { simpleResolvers: true, description: "An establishment (own SIRET) or a site (distinct address) of an organism (HAB-2, FEE-2)." })
export class EstablishmentType {
  @Field(() => ID)
  id: number;

  @Field(() => String, { nullable: true, description: "Null for a site known only by its distinct address." })
  siret: string | null;

  @Field()
  name: string;

  @Field()
  address: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field()
  registeredFrom: string;

  @Field(() => String, { nullable: true, description: "Closing date; null while open." })
  registeredUntil: string | null;
}

@ObjectType("Contact", { simpleResolvers: true, description: "A contact of the organism on the platform (HAB-9). Personal data (GDPR-1)." })
export class ContactType {
  @Field(() => ID)
  id: number;

  @Field()
  fullName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  functionTitle: string | null;

  @Field({ description: "When the organism last confirmed its contacts (HAB-9)." })
  updatedOn: string;

  @Field({ description: "The day the change happened." })
  changedOn: string;
}

@ObjectType("ContactsReport", { simpleResolvers: true, description: "HAB-9: contacts are updated on the platform within 5 days of a change." })
export class ContactsReportType {
  @Field() changedOn: string;
  @Field() reportedOn: string;
  @Field() dueOn: string;
  @Field() late: boolean;
}

@ObjectType("Intervenant", { simpleResolvers: true, description: "An evaluator and/or trainer of the organism (HAB-1). Personal data (GDPR-1)." })
export class IntervenantType {
  @Field(() => ID)
  id: number;

  @Field()
  fullName: string;

  @Field()
  evaluator: boolean;

  @Field()
  trainer: boolean;

  @Field()
  qualifications: string;

  @Field()
  remoteReady: boolean;
}

@ObjectType("Mandate", { simpleResolvers: true, description: "A Mandataire's mandate to act for the organism, with its proof (HAB-2)." })
export class MandateType {
  @Field(() => ID)
  id: number;

  @Field()
  mandataireName: string;

  @Field()
  proofReference: string;

  @Field()
  validFrom: string;

  @Field(() => String, { nullable: true })
  validUntil: string | null;

  @Field({ description: "True when the mandate is valid today." })
  inForce: boolean;
}

@ObjectType("SituationChange", { simpleResolvers: true, description: "A change of situation reported by the organism (HAB-7)." })
export class SituationChangeType {
  @Field(() => ID)
  id: number;

  @Field(() => SituationChangeKindEnum)
  kind: ChangeKind;

  @Field({ description: "The kind, in French." })
  kindLabel: string;

  @Field()
  changedOn: string;

  @Field()
  reportedOn: string;

  @Field({ description: "30 days after the change (HAB-7)." })
  dueOn: string;

  @Field({ description: "Reported after its due date." })
  late: boolean;

  @Field()
  description: string;
}

@ObjectType("Organism", { simpleResolvers: true, description: "A candidate or habilitated organism, identified by its SIREN (HAB-2)." })
export class OrganismType {
  @Field()
  siren: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  legalForm: string | null;

  @Field(() => String, { nullable: true, description: "Numéro de déclaration d'activité (11 digits)." })
  declarationNumber: string | null;

  @Field()
  qualiopiCertified: boolean;

  @Field(() => String, { nullable: true })
  qualiopiSince: string | null;

  @Field(() => [EstablishmentType], { description: "Open and closed, in registration order." })
  establishments: EstablishmentType[];

  @Field(() => [ContactType], {
    nullable: true,
    description: "Null unless the caller is the organism, its Mandataire or an Instance it applied to (GDPR-1).",
  })
  contacts: ContactType[] | null;

  @Field(() => ContactsReportType, {
    nullable: true,
    description: "The last contact change and whether it was reported late: for the organism and the Instances that hold its file.",
  })
  contactsReport: ContactsReportType | null;

  @Field(() => [IntervenantType], {
    nullable: true,
    description: "Null unless the caller is the organism, its Mandataire or an Instance it applied to (GDPR-1).",
  })
  intervenants: IntervenantType[] | null;

  @Field(() => [MandateType])
  mandates: MandateType[];

  @Field(() => [SituationChangeType])
  situationChanges: SituationChangeType[];
}

export const OrganismConnection = ConnectionType(OrganismType, "Organism");

@ObjectType("OrganismSummary", { simpleResolvers: true, description: "What anyone may know of an organism: its SIREN and name." })
export class OrganismSummaryType {
  @Field() siren: string;
  @Field() name: string;
}
