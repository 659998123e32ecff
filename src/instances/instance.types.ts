import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum InstanceKindEnum {
  CERTIFIER = "CERTIFIER",
  CPNE = "CPNE",
}
registerEnumType(InstanceKindEnum, { name: "InstanceKind" });

export enum UserRoleEnum {
  DECISION_MAKER = "DECISION_MAKER",
  STAFF = "STAFF",
  PROVIDER = "PROVIDER",
  ORGANISM_ADMIN = "ORGANISM_ADMIN",
  MANDATAIRE = "MANDATAIRE",
}
registerEnumType(UserRoleEnum, {
  name: "UserRole",
  valuesConfig: {
    DECISION_MAKER: { description: "Takes the Instance's decisions (INS-1)." },
    STAFF: { description: "Service compétent de l'Instance: instructs, never decides (INS-2)." },
    PROVIDER: { description: "Prestataire working for the Instance: instructs, never decides (INS-2)." },
    ORGANISM_ADMIN: { description: "Member of an organism: sees and edits its own organism and applications." },
    MANDATAIRE: { description: "Files and follows applications for the organisms that gave it a mandate (HAB-2)." },
  },
});

@ObjectType("Instance", { simpleResolvers: true, description: "Certif Pro or a CPNE." })
export class InstanceType {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => InstanceKindEnum)
  kind: InstanceKindEnum;

  @Field(() => String, { nullable: true })
  professionalField: string | null;
}

@ObjectType("Viewer", { simpleResolvers: true, description: "The authenticated caller." })
export class Viewer {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => UserRoleEnum)
  role: UserRoleEnum;

  @Field(() => InstanceType, { nullable: true })
  instance: InstanceType | null;
}
