import { Field, Float, ID, InputType, Int } from "type-graphql";
import { AccommodationKindEnum, CandidateStatusEnum, CertificateFormatEnum, EvaluationKindEnum, JuryOutcomeEnum } from "./candidate.types";
import { RequestChannelEnum, ResultsRequestKindEnum } from "./certificate.types";

@InputType({ description: "GDPR-1: the least the process needs: names, birth date, and one way to reach the person." })
export class CandidatePersonInput {
  @Field() lastName: string;
  @Field() firstNames: string;
  @Field({ description: "AAAA-MM-JJ" }) birthDate: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
}

@InputType()
export class EnrolCandidateInput {
  @Field() certification: string;
  @Field(() => String, { nullable: true, description: "The CPNE whose contextualised referential applies (CTX-4); none for Certif Pro's." }) context?: string | null;
  @Field({ description: "The organism's file number, never a name." }) reference: string;
  @Field(() => CandidatePersonInput) person: CandidatePersonInput;
  @Field({ description: "GDPR-1: the purpose of the processing was stated to the person (see processingRegister)." }) purposeStated: boolean;
  @Field({ description: "EVA-6: the name and contact of the disability referent were given to the person." }) disabilityReferentGiven: boolean;
}

@InputType()
export class AccommodationInput {
  @Field(() => AccommodationKindEnum) kind: string;
  @Field({ description: "What is provided (\"traducteur LSF\"), never the person's condition." }) description: string;
  @Field(() => Int, { nullable: true, description: "DURATION only: minutes added." }) extraMinutes?: number | null;
}

@InputType()
export class DatedMinutesInput {
  @Field() heldOn: string;
  @Field(() => Int) minutes: number;
}

@InputType()
export class AssessmentInput {
  @Field({ description: "A criterion code (1-1.1), or a competence code where it lists no criteria." }) code: string;
  @Field() acquired: boolean;
}

@InputType({ description: "EVA-8: every item is needed before a remote evaluation is validated." })
export class RemoteEvaluationInput {
  @Field(() => String, { nullable: true }) identityCheckedOn?: string | null;
  @Field(() => String, { nullable: true }) identityCheckMethod?: string | null;
  @Field(() => String, { nullable: true }) pathTraceability?: string | null;
  @Field(() => String, { nullable: true }) reinforcedSupport?: string | null;
  @Field(() => String, { nullable: true }) feasibilityCheckedOn?: string | null;
  @Field(() => [DatedMinutesInput], { nullable: true }) synchronousPhases?: DatedMinutesInput[] | null;
}

@InputType()
export class EvaluationInput {
  @Field(() => EvaluationKindEnum) kind: string;
  @Field(() => [DatedMinutesInput]) sittings: DatedMinutesInput[];
  @Field(() => [AssessmentInput]) assessments: AssessmentInput[];
  @Field(() => Float, { nullable: true }) scorePercent?: number | null;
  @Field(() => [ID]) evaluators: string[];
  @Field(() => RemoteEvaluationInput, { nullable: true, description: "Present for a remote evaluation." }) remote?: RemoteEvaluationInput | null;
}

@InputType({ description: "One candidate's evaluation in a session." })
export class SessionResultRowInput extends EvaluationInput {
  @Field() candidateReference: string;
}

@InputType({ description: "A member named by the organism: one of its intervenants, or someone from outside by name." })
export class JuryMemberInput {
  @Field(() => ID, { nullable: true }) intervenant?: string | null;
  @Field(() => String, { nullable: true }) fullName?: string | null;
}

@InputType()
export class JuryDepartureInput {
  @Field() domainCode: string;
  @Field() reason: string;
}

@InputType()
export class JuryDecisionInput {
  @Field(() => JuryOutcomeEnum) outcome: string;
  @Field() decidedOn: string;
  @Field(() => [String], { description: "The domains as the jury judges them." }) validatedDomains: string[];
  @Field(() => [JuryDepartureInput], { nullable: true }) departures?: JuryDepartureInput[] | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field() minutes: string;
  @Field(() => [JuryMemberInput]) members: JuryMemberInput[];
  @Field(() => CertificateFormatEnum, { nullable: true, description: "AWARDED: the person's choice of paper or PDF (EVA-5)." }) certificateFormat?: string | null;
}

@InputType()
export class ResultsRequestInput {
  @Field(() => ResultsRequestKindEnum) kind: string;
  @Field(() => RequestChannelEnum) channel: string;
  @Field({ description: "Postmark of the letter." }) sentOn: string;
  @Field() receivedOn: string;
}

@InputType()
export class CandidateFilter {
  @Field(() => String, { nullable: true }) certification?: string | null;
  @Field(() => String, { nullable: true, description: "A CPNE code; NONE for Certif Pro's referential." }) context?: string | null;
  @Field(() => CandidateStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => String, { nullable: true }) enrolledFrom?: string | null;
  @Field(() => String, { nullable: true }) enrolledTo?: string | null;
  @Field(() => String, { nullable: true, description: "File numbers starting with this." }) reference?: string | null;
  @Field(() => ID, { nullable: true }) habilitation?: string | null;
}

@InputType()
export class EvaluationFilter {
  @Field(() => ID, { nullable: true }) candidate?: string | null;
  @Field(() => EvaluationKindEnum, { nullable: true }) kind?: string | null;
  @Field(() => String, { nullable: true }) heldFrom?: string | null;
  @Field(() => String, { nullable: true }) heldTo?: string | null;
  @Field(() => ID, { nullable: true }) evaluator?: string | null;
  @Field(() => Boolean, { nullable: true }) remote?: boolean | null;
}

@InputType()
export class CertificateFilter {
  @Field(() => String, { nullable: true, description: "SIREN (Instances)." }) organism?: string | null;
  @Field(() => String, { nullable: true }) certification?: string | null;
  @Field(() => String, { nullable: true }) deliveredFrom?: string | null;
  @Field(() => String, { nullable: true }) deliveredTo?: string | null;
  @Field(() => Boolean, { nullable: true }) revoked?: boolean | null;
  @Field(() => ID, { nullable: true }) habilitation?: string | null;
}

@InputType()
export class ResultsRequestFilter {
  @Field(() => String, { nullable: true, description: "OPEN or DECIDED." }) status?: string | null;
  @Field(() => ResultsRequestKindEnum, { nullable: true }) kind?: string | null;
}
