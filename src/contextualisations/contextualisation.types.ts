import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { InstanceType } from "../instances/instance.types";
import { CertificationType, ReferentialType } from "../referentials/referential.types";
import { MAX_WORDING_LENGTH } from "../referentials/rules/wording";

export enum ContextualisationStatusEnum {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  PUBLISHED = "PUBLISHED",
  REJECTED = "REJECTED",
  SUPERSEDED = "SUPERSEDED",
}
registerEnumType(ContextualisationStatusEnum, { name: "ContextualisationStatus" });

export enum StructureViolationKindEnum {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
  DUPLICATED = "DUPLICATED",
  MISPLACED = "MISPLACED",
}
registerEnumType(StructureViolationKindEnum, {
  name: "StructureViolationKind",
  description: "Kinds listed in extensions.violations of a REFERENTIAL_STRUCTURE_VIOLATION error (CTX-2).",
});

export enum BaseChangeKindEnum {
  CHANGED = "CHANGED",
  ADDED = "ADDED",
  REMOVED = "REMOVED",
}
registerEnumType(BaseChangeKindEnum, { name: "BaseChangeKind" });

@ObjectType("BaseItemChange", { simpleResolvers: true, description: "A base item that changed between the pinned version and the one in force." })
export class BaseItemChange {
  @Field()
  code: string;

  @Field(() => BaseChangeKindEnum)
  kind: BaseChangeKindEnum;

  @Field(() => String, { nullable: true })
  previousText: string | null;

  @Field(() => String, { nullable: true })
  currentText: string | null;
}

@ObjectType("Contextualisation", { simpleResolvers: true, description: "A CPNE's contextualised wording of a referential version (CTX-1, CTX-2)." })
export class ContextualisationType {
  @Field(() => ID)
  id: string;

  @Field(() => ContextualisationStatusEnum)
  status: ContextualisationStatusEnum;

  @Field(() => InstanceType)
  context: InstanceType;

  @Field(() => CertificationType)
  certification: CertificationType;

  @Field({ description: "The base version the wording is written against." })
  baseVersion: string;

  @Field(() => ReferentialType)
  referential: ReferentialType;

  @Field({ description: "True when the base version is no longer the one in force." })
  outdated: boolean;

  @Field(() => [BaseItemChange], { description: "Base items changed since the pinned version (empty when up to date)." })
  baseChanges: BaseItemChange[];

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  supersededAt: Date | null;
}

@InputType()
export class CriterionWordingInput {
  @Field()
  code: string;

  @Field({ description: `At most ${MAX_WORDING_LENGTH} characters, never blank.` })
  text: string;
}

@InputType()
export class CompetenceWordingInput {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => [CriterionWordingInput])
  criteria: CriterionWordingInput[];
}

@InputType()
export class DomainWordingInput {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => [CompetenceWordingInput])
  competences: CompetenceWordingInput[];
}

@InputType({ description: "The whole contextualised wording: every base item exactly once (CTX-2)." })
export class ContextualisationDocumentInput {
  @Field(() => [DomainWordingInput])
  domains: DomainWordingInput[];
}

@ObjectType("StructureViolation", { simpleResolvers: true, description: "One way a document departs from the referential's structure (CTX-2)." })
export class StructureViolationType {
  @Field(() => StructureViolationKindEnum)
  kind: StructureViolationKindEnum;

  @Field()
  code: string;

  @Field()
  message: string;
}
