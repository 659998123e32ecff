import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { InstanceType } from "../instances/instance.types";

export enum CriterionKindEnum {
  CERTIFICATION = "CERTIFICATION",
  ASSOCIATED = "ASSOCIATED",
}
registerEnumType(CriterionKindEnum, { name: "CriterionKind", description: "Certification criterion, or « Critère associé »." });

export enum ReferentialVersionStatusEnum {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(ReferentialVersionStatusEnum, { name: "ReferentialVersionStatus" });

export enum DiffSegmentKindEnum {
  EQUAL = "EQUAL",
  ADDED = "ADDED",
  REMOVED = "REMOVED",
}
registerEnumType(DiffSegmentKindEnum, { name: "DiffSegmentKind" });

@ObjectType("Certification", { simpleResolvers: true, description: "CLEA, CLEA_NUMERIQUE or CLEA_MANAGEMENT." })
export class CertificationType {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType("WordingDiffSegment", { simpleResolvers: true, description: "One word-level change from the base wording to the contextualised one." })
export class WordingDiffSegment {
  @Field(() => DiffSegmentKindEnum)
  kind: DiffSegmentKindEnum;

  @Field()
  text: string;
}

@ObjectType("Criterion", { simpleResolvers: true, description: "A certification criterion, with its base and contextualised wording." })
export class CriterionType {
  @Field()
  code: string;

  @Field(() => CriterionKindEnum)
  kind: CriterionKindEnum;

  @Field({ description: "Wording served: the contextualised one where there is one, else the base." })
  text: string;

  @Field()
  baseText: string;

  @Field()
  contextualised: boolean;

  @Field(() => [WordingDiffSegment], { description: "Word-level diff from the base text; empty when not contextualised." })
  wordingDiff: WordingDiffSegment[];
}

@ObjectType("Competence", { simpleResolvers: true })
export class CompetenceType {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: "Short label of the matrix (REF-2)." })
  shortTitle: string | null;

  @Field()
  baseTitle: string;

  @Field()
  contextualised: boolean;

  @Field({ description: "Part of the transversal dimension « Contribuer à l'amélioration continue »." })
  transversal: boolean;

  @Field(() => String, { nullable: true, description: "Lead-in of the criteria, e.g. « Le candidat : »." })
  criteriaLead: string | null;

  @Field()
  domainCode: string;

  @Field(() => [CriterionType])
  criteria: CriterionType[];

  @Field(() => [WordingDiffSegment], { description: "Word-level diff from the base title; empty when not contextualised." })
  wordingDiff: WordingDiffSegment[];
}

@ObjectType("Domain", { simpleResolvers: true })
export class DomainType {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field()
  baseTitle: string;

  @Field()
  contextualised: boolean;

  @Field(() => [CompetenceType])
  competences: CompetenceType[];

  @Field(() => [WordingDiffSegment], { description: "Word-level diff from the base title; empty when not contextualised." })
  wordingDiff: WordingDiffSegment[];
}

@ObjectType("Referential", { simpleResolvers: true, description: "A referential version, base or as contextualised by a CPNE." })
export class ReferentialType {
  @Field(() => CertificationType)
  certification: CertificationType;

  @Field()
  version: string;

  @Field(() => ReferentialVersionStatusEnum)
  status: ReferentialVersionStatusEnum;

  @Field({ description: "Date from which this version is in force (YYYY-MM-DD)." })
  effectiveFrom: string;

  @Field({ description: "Source document the base wording comes from." })
  source: string;

  @Field(() => InstanceType, { nullable: true, description: "The CPNE whose contextualisation this is; null for the base." })
  context: InstanceType | null;

  @Field(() => ID, { nullable: true, description: "The contextualisation served, when context is set." })
  contextualisationId: string | null;

  @Field(() => [DomainType])
  domains: DomainType[];

  @Field(() => String, { nullable: true })
  transversalTitle: string | null;

  @Field(() => [CompetenceType], { description: "Competences of the transversal dimension; they stay in their domains." })
  transversalCompetences: CompetenceType[];
}

@ObjectType("ReferentialVersion", { simpleResolvers: true })
export class ReferentialVersionInfo {
  @Field()
  version: string;

  @Field(() => ReferentialVersionStatusEnum)
  status: ReferentialVersionStatusEnum;

  @Field()
  effectiveFrom: string;

  @Field({ description: "True for the version in force today." })
  inForce: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType("CertificationOutcome", { simpleResolvers: true, description: "Whether the validated domains obtain the certificate (REF-4)." })
export class CertificationOutcomeType {
  @Field()
  obtained: boolean;

  @Field(() => [String])
  missingDomains: string[];

  @Field(() => String, { nullable: true })
  reason: string | null;
}
