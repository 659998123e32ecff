import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../common/graphql/connection";
import { OrganismSummaryType } from "../organisms/organism.types";
import { CertificateFormatEnum } from "./candidate.types";

export enum ResultsRequestKindEnum {
  CONSULT_MINUTES = "CONSULT_MINUTES",
  CONTEST_RESULTS = "CONTEST_RESULTS",
}
registerEnumType(ResultsRequestKindEnum, { name: "ResultsRequestKind", description: "EVA-7: consulting the jury minutes, or contesting the results." });

export enum RequestChannelEnum {
  REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT = "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT",
  OTHER = "OTHER",
}
registerEnumType(RequestChannelEnum, { name: "RequestChannel", description: "EVA-7, art. 7: in writing, by registered letter with acknowledgement." });

export enum ResultsRequestOutcomeEnum {
  GRANTED = "GRANTED",
  UPHELD = "UPHELD",
  DISMISSED = "DISMISSED",
}
registerEnumType(ResultsRequestOutcomeEnum, { name: "ResultsRequestOutcome", description: "GRANTED: a consultation; UPHELD or DISMISSED: a contest." });

@ObjectType("Certificate", { simpleResolvers: true, description: "EVA-5: a certificate. Its verification code and holder's initials are shown to the organism only." })
export class CertificateType {
  @Field() number: string;
  @Field() certificationCode: string;
  @Field() certificationName: string;
  @Field() referentialVersion: string;
  @Field(() => String, { nullable: true, description: "The CPNE whose contextualised referential was used." }) context: string | null;
  @Field(() => String, { nullable: true }) contextName: string | null;
  @Field() deliveredOn: string;
  @Field({ description: "Certif Pro, or the delegated CPNE." }) deliveredInNameOf: string;
  @Field(() => OrganismSummaryType) organism: OrganismSummaryType;
  @Field(() => CertificateFormatEnum) format: string;
  @Field(() => String, { nullable: true }) revokedOn: string | null;
  @Field(() => String, { nullable: true }) revocationReason: string | null;
  @Field(() => Int) rowVersion: number;
  @Field(() => String, { nullable: true }) verificationCode: string | null;
  @Field(() => String, { nullable: true }) holderInitials: string | null;
  @Field(() => ID, { nullable: true, description: "Null once the holder's data is erased (the stub stays)." }) candidateId: number | null;
  @Field(() => String, { nullable: true, description: "GET path of the certificate PDF (bearer token of the organism)." }) pdfPath: string | null;
}

export const CertificateConnection = ConnectionType(CertificateType, "Certificate");

@ObjectType("CertificateVerification", { simpleResolvers: true, description: "EVA-5, GDPR-1: whether a certificate exists and is valid; the holder's initials only with its verification code." })
export class CertificateVerificationType {
  @Field() found: boolean;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => String, { nullable: true }) certificationName: string | null;
  @Field(() => String, { nullable: true }) referentialVersion: string | null;
  @Field(() => String, { nullable: true }) deliveredOn: string | null;
  @Field(() => String, { nullable: true }) deliveredInNameOf: string | null;
  @Field(() => Boolean, { nullable: true }) valid: boolean | null;
  @Field(() => String, { nullable: true }) statusLabel: string | null;
  @Field(() => String, { nullable: true }) holderInitials: string | null;
  @Field() message: string;
}

@ObjectType("ResultsRequest", { simpleResolvers: true, description: "EVA-7: a request to the certifier, and its decision." })
export class ResultsRequestType {
  @Field(() => ID) id: number;
  @Field(() => ID, { nullable: true, description: "Null once the person's data is erased." }) candidateId: number | null;
  @Field(() => OrganismSummaryType) organism: OrganismSummaryType;
  @Field(() => ResultsRequestKindEnum) kind: string;
  @Field(() => RequestChannelEnum) channel: string;
  @Field() sentOn: string;
  @Field() receivedOn: string;
  @Field() resultsCommunicatedOn: string;
  @Field({ description: "The last day it could be sent: one month after the results were communicated." }) deadline: string;
  @Field() addressedTo: string;
  @Field() certifier: string;
  @Field() status: string;
  @Field(() => ResultsRequestOutcomeEnum, { nullable: true }) outcome: string | null;
  @Field(() => String, { nullable: true }) reasons: string | null;
  @Field(() => String, { nullable: true }) decidedOn: string | null;
  @Field(() => Int) rowVersion: number;
}

export const ResultsRequestConnection = ConnectionType(ResultsRequestType, "ResultsRequest");

@ObjectType("ProcessingActivity", { simpleResolvers: true, description: "GDPR-1: one entry of the organism's register of processing." })
export class ProcessingActivityType {
  @Field() code: string;
  @Field() name: string;
  @Field() controller: string;
  @Field() purpose: string;
  @Field() dataSubjects: string;
  @Field(() => [String]) data: string[];
  @Field(() => [String]) recipients: string[];
  @Field() retention: string;
}

@ObjectType("ErasureReport", { simpleResolvers: true, description: "GDPR-1: what an erasure removed, and what the certifier keeps." })
export class ErasureReportType {
  @Field(() => [String]) erased: string[];
  @Field(() => [String]) kept: string[];
  @Field({ description: "The path was still open: the erasure ends it." }) endedPath: boolean;
  @Field(() => String, { nullable: true, description: "The certificate whose verification stub is kept." }) certificateNumber: string | null;
}

@ObjectType("DeferredCandidate", { simpleResolvers: true, description: "HAB-6: carried to the end of the path after a renunciation; destroyed once it closes." })
export class DeferredCandidateType {
  @Field(() => ID) candidateId: number;
  @Field() enrolledOn: string;
}

@ObjectType("DestructionReport", { simpleResolvers: true, description: "GDPR-1: what Certif Pro's instruction destroyed." })
export class DestructionReportType {
  @Field(() => Int) destroyed: number;
  @Field(() => [DeferredCandidateType]) deferred: DeferredCandidateType[];
  @Field(() => Int, { description: "Verification stubs of certificates kept." }) certificatesKept: number;
  @Field(() => [String]) erased: string[];
  @Field(() => [String]) kept: string[];
}
