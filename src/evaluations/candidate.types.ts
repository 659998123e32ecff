import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { ACCOMMODATION_KINDS, ACCOMMODATION_LABELS } from "./rules/accommodations";

export enum CandidateStatusEnum {
  OPEN = "OPEN",
  AWARDED = "AWARDED",
}
registerEnumType(CandidateStatusEnum, { name: "CandidateStatus", description: "OPEN until the jury awards the certificate (EVA-5)." });

export const AccommodationKindEnum = Object.fromEntries(ACCOMMODATION_KINDS.map((kind) => [kind, kind])) as { [K in (typeof ACCOMMODATION_KINDS)[number]]: K };
registerEnumType(AccommodationKindEnum, {
  name: "AccommodationKind",
  description: "EVA-6: the accommodations art. 6 lists; none changes a criterion or the level required.",
  valuesConfig: Object.fromEntries(ACCOMMODATION_KINDS.map((kind) => [kind, { description: ACCOMMODATION_LABELS[kind] }])),
});

export enum EvaluationKindEnum {
  PRELIMINARY = "PRELIMINARY",
  FINAL = "FINAL",
}
registerEnumType(EvaluationKindEnum, { name: "EvaluationKind", description: "EVA-2: the preliminary evaluation positions the person; a final one covers only what is not yet acquired." });

export enum JuryOutcomeEnum {
  AWARDED = "AWARDED",
  NOT_AWARDED = "NOT_AWARDED",
}
registerEnumType(JuryOutcomeEnum, { name: "JuryOutcome" });

export enum CertificateFormatEnum {
  PAPER = "PAPER",
  PDF = "PDF",
}
registerEnumType(CertificateFormatEnum, { name: "CertificateFormat", description: "EVA-5: on paper or as a PDF, at the person's choice." });

export enum ProcessingLimitKindEnum {
  RESTRICTION = "RESTRICTION",
  OBJECTION = "OBJECTION",
}
registerEnumType(ProcessingLimitKindEnum, { name: "ProcessingLimitKind", description: "GDPR-1: the person's restriction of, or objection to, the processing of their data." });

@ObjectType("CandidatePerson", { simpleResolvers: true, description: "GDPR-1: the person's identity and contact, the least the process needs. Seen by their organism; by an Instance only with a reason, journaled." })
export class CandidatePersonType {
  @Field() lastName: string;
  @Field() firstNames: string;
  @Field() birthDate: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) postalAddress: string | null;
}

@ObjectType("Accommodation", { simpleResolvers: true, description: "EVA-6: what is provided, never the person's condition." })
export class AccommodationType {
  @Field(() => ID) id: number;
  @Field(() => AccommodationKindEnum) kind: string;
  @Field() label: string;
  @Field() description: string;
  @Field(() => Int, { nullable: true, description: "DURATION only: minutes added to each evaluation's maximum." }) extraMinutes: number | null;
}

@ObjectType("PersonOnPath", { simpleResolvers: true, description: "An intervenant of the organism (id null once they left it), or an outside jury member." })
export class PersonOnPathType {
  @Field(() => ID, { nullable: true }) intervenantId: number | null;
  @Field() fullName: string;
}

@ObjectType("Training", { simpleResolvers: true, description: "EVA-2: the training path after the preliminary evaluation; EVA-3: its trainer never evaluates the person nor sits on their jury." })
export class TrainingType {
  @Field(() => ID) id: number;
  @Field(() => PersonOnPathType) trainer: PersonOnPathType;
  @Field() startsOn: string;
}

@ObjectType("DatedMinutes", { simpleResolvers: true })
export class DatedMinutesType {
  @Field() heldOn: string;
  @Field(() => Int) minutes: number;
}

@ObjectType("Assessment", { simpleResolvers: true, description: "A criterion (or a competence without criteria) judged acquired or not." })
export class AssessmentType {
  @Field() code: string;
  @Field() acquired: boolean;
}

@ObjectType("RemoteEvaluationRecord", { simpleResolvers: true, description: "EVA-8: what a remote evaluation records." })
export class RemoteEvaluationRecordType {
  @Field(() => String, { nullable: true }) identityCheckedOn: string | null;
  @Field(() => String, { nullable: true, description: "How the identity was checked; never a copy of the document." }) identityCheckMethod: string | null;
  @Field(() => String, { nullable: true }) pathTraceability: string | null;
  @Field(() => String, { nullable: true }) reinforcedSupport: string | null;
  @Field(() => String, { nullable: true }) feasibilityCheckedOn: string | null;
  @Field(() => [DatedMinutesType]) synchronousPhases: DatedMinutesType[];
}

@ObjectType("Evaluation", { simpleResolvers: true, description: "EVA-2: a preliminary or final evaluation, validated when recorded." })
export class EvaluationType {
  @Field(() => ID) id: number;
  @Field(() => ID) candidateId: number;
  @Field(() => EvaluationKindEnum) kind: string;
  @Field({ description: "The day of its last sitting: its results stand from then." }) heldOn: string;
  @Field() recordedOn: string;
  @Field(() => Int) totalMinutes: number;
  @Field(() => Float, { nullable: true, description: "CléA: share of the points obtained (REF-4)." }) scorePercent: number | null;
  @Field() remote: boolean;
  @Field(() => [PersonOnPathType]) evaluators: PersonOnPathType[];
  @Field(() => [DatedMinutesType]) sittings: DatedMinutesType[];
  @Field(() => [AssessmentType]) assessments: AssessmentType[];
  @Field(() => RemoteEvaluationRecordType, { nullable: true }) remoteRecord: RemoteEvaluationRecordType | null;
}

export const EvaluationConnection = ConnectionType(EvaluationType, "Evaluation");

@ObjectType("CompetenceStanding", { simpleResolvers: true })
export class CompetenceStandingType {
  @Field() code: string;
  @Field() domainCode: string;
  @Field() acquired: boolean;
  @Field(() => String, { nullable: true }) acquiredOn: string | null;
  @Field(() => EvaluationKindEnum, { nullable: true }) acquiredIn: string | null;
}

@ObjectType("PathStanding", { simpleResolvers: true, description: "EVA-2, REF-4, EVA-9: where the person stands and what is left to validate." })
export class PathStandingType {
  @Field(() => String, { nullable: true }) preliminaryOn: string | null;
  @Field(() => String, { nullable: true, description: "EVA-9 (CléA, CléA numérique): last day of the 5-year path." }) pathEndsOn: string | null;
  @Field({ description: "EVA-9: the path ended without every domain validated; partial validation is no longer kept." }) lapsed: boolean;
  @Field(() => [String]) validatedDomains: string[];
  @Field(() => [String]) remainingDomains: string[];
  @Field(() => [String]) remainingCompetences: string[];
  @Field(() => Float, { nullable: true }) scorePercent: number | null;
  @Field(() => [CompetenceStandingType]) competences: CompetenceStandingType[];
}

@ObjectType("JuryProposal", { simpleResolvers: true, description: "EVA-5: computed for the jury, information only: the jury decides, nothing is decided automatically." })
export class JuryProposalType {
  @Field() allDomainsValidated: boolean;
  @Field(() => [String]) validatedDomains: string[];
  @Field(() => [String]) missingDomains: string[];
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() notice: string;
}

@ObjectType("JuryDeparture", { simpleResolvers: true, description: "A domain the jury judged otherwise than the evaluations, and why." })
export class JuryDepartureType {
  @Field() domainCode: string;
  @Field() reason: string;
}

@ObjectType("JuryDecision", { simpleResolvers: true, description: "EVA-5: the sovereign jury's decision, its members and minutes." })
export class JuryDecisionType {
  @Field(() => ID) id: number;
  @Field(() => JuryOutcomeEnum) outcome: string;
  @Field() decidedOn: string;
  @Field(() => [String]) validatedDomains: string[];
  @Field(() => [JuryDepartureType]) departures: JuryDepartureType[];
  @Field(() => [PersonOnPathType]) members: PersonOnPathType[];
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() minutes: string;
}

@ObjectType("MatrixCompetence", { simpleResolvers: true })
export class MatrixCompetenceType {
  @Field() code: string;
  @Field() title: string;
  @Field({ description: "Worded by the CPNE's contextualisation." }) contextualised: boolean;
  @Field(() => String, { nullable: true }) acquiredOn: string | null;
}

@ObjectType("MatrixDomain", { simpleResolvers: true })
export class MatrixDomainType {
  @Field() code: string;
  @Field() title: string;
  @Field() contextualised: boolean;
  @Field(() => String, { nullable: true }) validatedOn: string | null;
  @Field(() => [MatrixCompetenceType]) competences: MatrixCompetenceType[];
}

@ObjectType("ResultsMatrix", { simpleResolvers: true, description: "EVA-4: the results per domain and competence, in the wording the person was evaluated against." })
export class ResultsMatrixType {
  @Field() certification: string;
  @Field() certificationName: string;
  @Field() referentialVersion: string;
  @Field(() => String, { nullable: true, description: "The CPNE whose contextualised wording was used." }) context: string | null;
  @Field(() => String, { nullable: true }) contextName: string | null;
  @Field(() => [MatrixDomainType]) domains: MatrixDomainType[];
}

/** A candidate as the resolvers receive it: the row, plus the ids the field resolvers follow. */
@ObjectType("Candidate", { simpleResolvers: true, description: "One person's enrolment with an organism for one certification, and their path." })
export class CandidateType {
  @Field(() => ID) id: number;
  @Field({ description: "The organism's file number." }) reference: string;
  @Field() enrolledOn: string;
  @Field(() => CandidateStatusEnum) status: string;
  @Field(() => Int) rowVersion: number;
  @Field() certificationCode: string;
  @Field(() => ID, { description: "The habilitation that gave the right on the enrolment day (EVA-1)." }) habilitationId: number;
  @Field(() => String, { nullable: true }) resultsCommunicatedOn: string | null;
  @Field(() => String, { nullable: true }) restrictedSince: string | null;
  @Field(() => String, { nullable: true }) objectedSince: string | null;
  organismId: number;
  referentialVersionId: number;
  contextualisationId: number | null;
  contextInstanceId: number | null;
}

export const CandidateConnection = ConnectionType(CandidateType, "Candidate");

@ObjectType("SessionResults", { simpleResolvers: true, description: "A whole session recorded at once: every row, or none." })
export class SessionResultsType {
  @Field(() => Int) recorded: number;
  @Field(() => [EvaluationType]) evaluations: EvaluationType[];
}
