import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

/** EVA-6: what is provided, never the person's condition. */
export type Accommodation = {
  __typename?: 'Accommodation';
  description: Scalars['String']['output'];
  /** DURATION only: minutes added to each evaluation's maximum. */
  extraMinutes?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: AccommodationKind;
  label: Scalars['String']['output'];
};

export type AccommodationInput = {
  /** What is provided ("traducteur LSF"), never the person's condition. */
  description: Scalars['String']['input'];
  /** DURATION only: minutes added. */
  extraMinutes?: InputMaybe<Scalars['Int']['input']>;
  kind: AccommodationKind;
};

/** EVA-6: the accommodations art. 6 lists; none changes a criterion or the level required. */
export type AccommodationKind =
  /** Accessibilité des locaux */
  | 'ACCESSIBLE_PREMISES'
  /** Adaptation de la durée */
  | 'DURATION'
  /** Aide humaine */
  | 'HUMAN_AID'
  /** Aide matérielle */
  | 'MATERIAL_AID'
  /** Aide technique */
  | 'TECHNICAL_AID';

export type Anomaly = {
  __typename?: 'Anomaly';
  description: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  severity: AnomalySeverity;
};

export type AnomalyInput = {
  description: Scalars['String']['input'];
  severity: AnomalySeverity;
};

export type AnomalySeverity =
  | 'BLOCKING'
  | 'MINOR';

/** An application for habilitation (HAB-2…HAB-8). */
export type Application = {
  __typename?: 'Application';
  /** What the caller may do next. */
  allowedActions: Array<ApplicationAction>;
  appealAcknowledgedOn?: Maybe<Scalars['String']['output']>;
  appealDecidedOn?: Maybe<Scalars['String']['output']>;
  appealFiledOn?: Maybe<Scalars['String']['output']>;
  appealGrounds?: Maybe<Scalars['String']['output']>;
  /** The meeting at which the Instance decides on the appeal (HAB-8). */
  appealMeetingOn?: Maybe<Scalars['String']['output']>;
  /** Notification of the decision on the appeal. */
  appealNotifiedOn?: Maybe<Scalars['String']['output']>;
  auditionOn?: Maybe<Scalars['String']['output']>;
  campaign: Campaign;
  certificationCode: Scalars['String']['output'];
  complementRequest?: Maybe<Scalars['String']['output']>;
  completedOn?: Maybe<Scalars['String']['output']>;
  convocationOn?: Maybe<Scalars['String']['output']>;
  criteria: Array<HabilitationCriterion>;
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** The decision's reasons, criterion by criterion (HAB-5). */
  decision: Array<CriterionAssessment>;
  durationMonths?: Maybe<Scalars['Int']['output']>;
  filedOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  instanceCode: Scalars['String']['output'];
  mandataireName?: Maybe<Scalars['String']['output']>;
  /** The deciding meeting. */
  meetingOn?: Maybe<Scalars['String']['output']>;
  notifiedOn?: Maybe<Scalars['String']['output']>;
  /** The opinion, criterion by criterion (HAB-4). */
  opinion: Array<CriterionAssessment>;
  opinionOn?: Maybe<Scalars['String']['output']>;
  organism: OrganismSummary;
  pendingStep?: Maybe<PendingStep>;
  professionalField?: Maybe<Scalars['String']['output']>;
  /** Receipt issued on filing (HAB-2). */
  receiptNumber?: Maybe<Scalars['String']['output']>;
  /** The criteria of the candidate's last refusal by this Instance, what changed must be stated for each (HAB-5). */
  refusedBefore: Array<RefusedCriterion>;
  /** What the candidate changed since that refusal. */
  statedChanges: Array<StatedChange>;
  status: ApplicationStatus;
  statusLabel: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ApplicationAction =
  | 'ACKNOWLEDGE_APPEAL'
  | 'APPEAL'
  | 'DECIDE_ACCEPT'
  | 'DECIDE_APPEAL_DISMISS'
  | 'DECIDE_APPEAL_UPHOLD'
  | 'DECIDE_REFUSE'
  | 'DECLARE_COMPLETE'
  | 'FILE'
  | 'ISSUE_OPINION'
  | 'NOTIFY'
  | 'PROVIDE_COMPLEMENT'
  | 'REQUEST_COMPLEMENT'
  | 'RESCHEDULE'
  | 'SCHEDULE_APPEAL_DECISION'
  | 'SCHEDULE_AUDITION'
  | 'START_INSTRUCTION'
  | 'WITHDRAW';

export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  edges: Array<ApplicationEdge>;
  nodes: Array<Application>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type ApplicationFilter = {
  certification?: InputMaybe<Scalars['String']['input']>;
  /** Pending step due on or before this date */
  dueBefore?: InputMaybe<Scalars['String']['input']>;
  filedFrom?: InputMaybe<Scalars['String']['input']>;
  filedTo?: InputMaybe<Scalars['String']['input']>;
  /** Instance code */
  instance?: InputMaybe<Scalars['String']['input']>;
  /** SIREN */
  organism?: InputMaybe<Scalars['String']['input']>;
  /** Pending step past its due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<ApplicationStatus>>;
};

export type ApplicationOrder =
  | 'CREATED'
  | 'FILED_ON'
  | 'NEXT_DUE_ON';

export type ApplicationStatus =
  | 'APPEALED'
  | 'APPEAL_DISMISSED'
  | 'APPEAL_DISMISSED_NOTIFIED'
  | 'APPEAL_UPHELD'
  | 'AUDITION_SCHEDULED'
  | 'COMPLEMENT_REQUESTED'
  | 'COMPLETE'
  | 'DECIDED_ACCEPTED'
  | 'DECIDED_REFUSED'
  | 'DRAFT'
  | 'FILED'
  | 'NOTIFIED_ACCEPTED'
  | 'NOTIFIED_REFUSED'
  | 'OPINION_ISSUED'
  | 'UNDER_INSTRUCTION'
  | 'WITHDRAWN_BY_APPLICANT';

/** A criterion (or a competence without criteria) judged acquired or not. */
export type Assessment = {
  __typename?: 'Assessment';
  acquired: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
};

export type AssessmentInput = {
  acquired: Scalars['Boolean']['input'];
  /** A criterion code (1-1.1), or a competence code where it lists no criteria. */
  code: Scalars['String']['input'];
};

/** AUD-1…AUD-3: an audit of a habilitated organism; seen by the organism, its Mandataire, the Instances concerned and the auditor. */
export type Audit = {
  __typename?: 'Audit';
  /** What the caller may do next. */
  allowedActions: Array<AuditAction>;
  auditor: Auditor;
  cancellationReason?: Maybe<Scalars['String']['output']>;
  cancelledOn?: Maybe<Scalars['String']['output']>;
  decision?: Maybe<AuditDecision>;
  grantingInstanceCode: Scalars['String']['output'];
  habilitation: Habilitation;
  id: Scalars['ID']['output'];
  mode: AuditMode;
  modeLabel: Scalars['String']['output'];
  observations?: Maybe<AuditObservations>;
  orderedOn: Scalars['String']['output'];
  /** The granting Instance, or Certif Pro auditing a CPNE's habilitation (CTX-5). */
  orderingInstanceCode: Scalars['String']['output'];
  organism: OrganismSummary;
  pendingStep?: Maybe<OversightStep>;
  /** Today, from the dated facts. */
  phase: AuditPhase;
  phaseLabel: Scalars['String']['output'];
  /** The procedure the decision opened (not shown to the auditor). */
  procedure?: Maybe<ComplianceProcedure>;
  refusal?: Maybe<AuditRefusal>;
  /** The withdrawal decided on a refusal (WDR-1). */
  refusalWithdrawal?: Maybe<HabilitationWithdrawal>;
  report?: Maybe<AuditReport>;
  scheduledOn: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type AuditAction =
  | 'CANCEL'
  | 'DECIDE_KEEP'
  | 'DECIDE_PROCEDURE'
  | 'NOTIFY_DECISION'
  | 'RECORD_REFUSAL'
  | 'RECORD_REPORT'
  | 'RESCHEDULE'
  | 'SEND_OBSERVATIONS';

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  nodes: Array<Audit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** AUD-3: taken at a meeting, notified within 15 working days of it. */
export type AuditDecision = {
  __typename?: 'AuditDecision';
  decidedOn: Scalars['String']['output'];
  /** False when the Instance departs from the auditor's opinion (it is sovereign). */
  followsOpinion: Scalars['Boolean']['output'];
  late?: Maybe<Scalars['Boolean']['output']>;
  meetingOn: Scalars['String']['output'];
  notificationDue: Scalars['String']['output'];
  notifiedOn?: Maybe<Scalars['String']['output']>;
  outcome: AuditOutcome;
  reason: Scalars['String']['output'];
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: Audit;
};

export type AuditFilter = {
  /** Pending step due on or before this date */
  dueBefore?: InputMaybe<Scalars['String']['input']>;
  habilitation?: InputMaybe<Scalars['ID']['input']>;
  /** Instance code: the granting or the ordering one */
  instance?: InputMaybe<Scalars['String']['input']>;
  /** SIREN */
  organism?: InputMaybe<Scalars['String']['input']>;
  /** Pending step past its due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Phases today */
  phase?: InputMaybe<Array<AuditPhase>>;
};

/** AUD-1: on documents or on site. */
export type AuditMode =
  | 'ON_DOCUMENTS'
  | 'ON_SITE';

export type AuditObservations = {
  __typename?: 'AuditObservations';
  sentOn: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** AUD-2: the report's conclusion. */
export type AuditOpinion =
  | 'FAVOURABLE'
  | 'FAVOURABLE_WITH_RESERVATIONS'
  | 'UNFAVOURABLE';

/** AUD-3: keep the habilitation, or open a compliance procedure. */
export type AuditOutcome =
  | 'KEEP'
  | 'OPEN_PROCEDURE';

export type AuditPhase =
  | 'AWAITING_DECISION'
  | 'CANCELLED'
  | 'DECIDED_KEEP'
  | 'DECIDED_PROCEDURE'
  | 'KEPT'
  | 'OBSERVATIONS_PERIOD'
  | 'ORDERED'
  | 'PROCEDURE_OPENED'
  | 'REFUSED';

/** WDR-1: a withdrawal case, from this date. */
export type AuditRefusal = {
  __typename?: 'AuditRefusal';
  kind: RefusalKind;
  on: Scalars['String']['output'];
};

/** AUD-2, AUD-3: presented to the organism the day it is recorded. */
export type AuditReport = {
  __typename?: 'AuditReport';
  anomalies: Array<Anomaly>;
  /** Last day for the organism's written observations (15 working days). */
  observationsDue: Scalars['String']['output'];
  opinion: AuditOpinion;
  opinionLabel: Scalars['String']['output'];
  presentedOn: Scalars['String']['output'];
};

/** AUD-1: a member of Certif Pro, of a CPNE, of the Instance's staff, or a provider. */
export type Auditor = {
  __typename?: 'Auditor';
  kind: AuditorKind;
  kindLabel: Scalars['String']['output'];
  /** The user's name, or the outside person's. */
  name: Scalars['String']['output'];
  /** When the auditor is a user of the platform. */
  userEmail?: Maybe<Scalars['String']['output']>;
};

/** AUD-1: a user of the platform (by e-mail) or a named outside person, not both. */
export type AuditorInput = {
  kind: AuditorKind;
  name?: InputMaybe<Scalars['String']['input']>;
  userEmail?: InputMaybe<Scalars['String']['input']>;
};

/** AUD-1: who may audit. */
export type AuditorKind =
  | 'CERTIF_PRO_MEMBER'
  | 'CPNE_MEMBER'
  | 'INSTANCE_STAFF'
  | 'PROVIDER';

/** What happens by itself on a date if nobody acts (CMP-3, CMP-4). */
export type AutomaticOutcome = {
  __typename?: 'AutomaticOutcome';
  label: Scalars['String']['output'];
  on: Scalars['String']['output'];
  outcome: AutomaticOutcomeKind;
};

export type AutomaticOutcomeKind =
  | 'DEEMED_SUFFICIENT'
  | 'WITHDRAWAL';

export type BaseChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** A base item that changed between the pinned version and the one in force. */
export type BaseItemChange = {
  __typename?: 'BaseItemChange';
  code: Scalars['String']['output'];
  currentText?: Maybe<Scalars['String']['output']>;
  kind: BaseChangeKind;
  previousText?: Maybe<Scalars['String']['output']>;
};

export type Campaign = {
  __typename?: 'Campaign';
  certificationCode: Scalars['String']['output'];
  closesOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  meetings: Array<Meeting>;
  name: Scalars['String']['output'];
  /** A CPNE's notification period: working days after a meeting (HAB-5). */
  notificationWorkingDays?: Maybe<Scalars['Int']['output']>;
  opensOn: Scalars['String']['output'];
};

export type CampaignInput = {
  certification: Scalars['String']['input'];
  closesOn: Scalars['String']['input'];
  instance: Scalars['String']['input'];
  meetings: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** CPNE only: working days after a meeting within which its decisions are notified. */
  notificationWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  opensOn: Scalars['String']['input'];
};

/** One person's enrolment with an organism for one certification, and their path. */
export type Candidate = {
  __typename?: 'Candidate';
  accommodations: Array<Accommodation>;
  certificate?: Maybe<Certificate>;
  certificationCode: Scalars['String']['output'];
  /** The CPNE whose contextualised referential applies (CTX-4). */
  context?: Maybe<Scalars['String']['output']>;
  enrolledOn: Scalars['String']['output'];
  evaluations: Array<Evaluation>;
  /** The habilitation that gave the right on the enrolment day (EVA-1). */
  habilitationId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  juryDecisions: Array<JuryDecision>;
  juryProposal: JuryProposal;
  objectedSince?: Maybe<Scalars['String']['output']>;
  organism: OrganismSummary;
  person?: Maybe<CandidatePerson>;
  /** The organism's file number. */
  reference: Scalars['String']['output'];
  /** The referential version the person is evaluated against. */
  referentialVersion: Scalars['String']['output'];
  restrictedSince?: Maybe<Scalars['String']['output']>;
  resultsCommunicatedOn?: Maybe<Scalars['String']['output']>;
  /** EVA-4: per domain and competence, in the wording the person was evaluated against. */
  resultsMatrix: ResultsMatrix;
  /** EVA-4: GET path of the results matrix as a PDF (bearer token). */
  resultsMatrixPdfPath: Scalars['String']['output'];
  /** EVA-7: the last day to send a request to the certifier. */
  resultsRequestDeadline?: Maybe<Scalars['String']['output']>;
  resultsRequests: Array<ResultsRequest>;
  rowVersion: Scalars['Int']['output'];
  /** EVA-2, REF-4, EVA-9: where the person stands, today. */
  standing: PathStanding;
  status: CandidateStatus;
  trainings: Array<Training>;
};

export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  edges: Array<CandidateEdge>;
  nodes: Array<Candidate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  cursor: Scalars['String']['output'];
  node: Candidate;
};

export type CandidateFilter = {
  certification?: InputMaybe<Scalars['String']['input']>;
  /** A CPNE code; NONE for Certif Pro's referential. */
  context?: InputMaybe<Scalars['String']['input']>;
  enrolledFrom?: InputMaybe<Scalars['String']['input']>;
  enrolledTo?: InputMaybe<Scalars['String']['input']>;
  habilitation?: InputMaybe<Scalars['ID']['input']>;
  /** File numbers starting with this. */
  reference?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CandidateStatus>;
};

/** GDPR-1: the person's identity and contact, the least the process needs. Seen by their organism; by an Instance only with a reason, journaled. */
export type CandidatePerson = {
  __typename?: 'CandidatePerson';
  birthDate: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstNames: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  postalAddress?: Maybe<Scalars['String']['output']>;
};

/** GDPR-1: the least the process needs: names, birth date, and one way to reach the person. */
export type CandidatePersonInput = {
  /** AAAA-MM-JJ */
  birthDate: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  firstNames: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  postalAddress?: InputMaybe<Scalars['String']['input']>;
};

/** OPEN until the jury awards the certificate (EVA-5). */
export type CandidateStatus =
  | 'AWARDED'
  | 'OPEN';

/** EVA-5: a certificate. Its verification code and holder's initials are shown to the organism only. */
export type Certificate = {
  __typename?: 'Certificate';
  /** Null once the holder's data is erased (the stub stays). */
  candidateId?: Maybe<Scalars['ID']['output']>;
  certificationCode: Scalars['String']['output'];
  certificationName: Scalars['String']['output'];
  /** The CPNE whose contextualised referential was used. */
  context?: Maybe<Scalars['String']['output']>;
  contextName?: Maybe<Scalars['String']['output']>;
  /** Certif Pro, or the delegated CPNE. */
  deliveredInNameOf: Scalars['String']['output'];
  deliveredOn: Scalars['String']['output'];
  format: CertificateFormat;
  /** The holder, for the organism only; null once their data is erased. */
  holder?: Maybe<CandidatePerson>;
  holderInitials?: Maybe<Scalars['String']['output']>;
  number: Scalars['String']['output'];
  organism: OrganismSummary;
  /** GET path of the certificate PDF (bearer token of the organism). */
  pdfPath?: Maybe<Scalars['String']['output']>;
  referentialVersion: Scalars['String']['output'];
  revocationReason?: Maybe<Scalars['String']['output']>;
  revokedOn?: Maybe<Scalars['String']['output']>;
  rowVersion: Scalars['Int']['output'];
  verificationCode?: Maybe<Scalars['String']['output']>;
};

export type CertificateConnection = {
  __typename?: 'CertificateConnection';
  edges: Array<CertificateEdge>;
  nodes: Array<Certificate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CertificateEdge = {
  __typename?: 'CertificateEdge';
  cursor: Scalars['String']['output'];
  node: Certificate;
};

export type CertificateFilter = {
  certification?: InputMaybe<Scalars['String']['input']>;
  deliveredFrom?: InputMaybe<Scalars['String']['input']>;
  deliveredTo?: InputMaybe<Scalars['String']['input']>;
  habilitation?: InputMaybe<Scalars['ID']['input']>;
  /** SIREN (Instances). */
  organism?: InputMaybe<Scalars['String']['input']>;
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
};

/** EVA-5: on paper or as a PDF, at the person's choice. */
export type CertificateFormat =
  | 'PAPER'
  | 'PDF';

/** EVA-5, GDPR-1: whether a certificate exists and is valid; the holder's initials only with its verification code. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  certificationName?: Maybe<Scalars['String']['output']>;
  deliveredInNameOf?: Maybe<Scalars['String']['output']>;
  deliveredOn?: Maybe<Scalars['String']['output']>;
  found: Scalars['Boolean']['output'];
  holderInitials?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  number?: Maybe<Scalars['String']['output']>;
  referentialVersion?: Maybe<Scalars['String']['output']>;
  statusLabel?: Maybe<Scalars['String']['output']>;
  valid?: Maybe<Scalars['Boolean']['output']>;
};

/** CLEA, CLEA_NUMERIQUE or CLEA_MANAGEMENT. */
export type Certification = {
  __typename?: 'Certification';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Whether the validated domains obtain the certificate (REF-4). */
export type CertificationOutcome = {
  __typename?: 'CertificationOutcome';
  missingDomains: Array<Scalars['String']['output']>;
  obtained: Scalars['Boolean']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type Competence = {
  __typename?: 'Competence';
  baseTitle: Scalars['String']['output'];
  code: Scalars['String']['output'];
  contextualised: Scalars['Boolean']['output'];
  criteria: Array<Criterion>;
  /** Lead-in of the criteria, e.g. « Le candidat : ». */
  criteriaLead?: Maybe<Scalars['String']['output']>;
  domainCode: Scalars['String']['output'];
  /** Short label of the matrix (REF-2). */
  shortTitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Part of the transversal dimension « Contribuer à l'amélioration continue ». */
  transversal: Scalars['Boolean']['output'];
  /** Word-level diff from the base title; empty when not contextualised. */
  wordingDiff: Array<WordingDiffSegment>;
};

export type CompetenceStanding = {
  __typename?: 'CompetenceStanding';
  acquired: Scalars['Boolean']['output'];
  acquiredIn?: Maybe<EvaluationKind>;
  acquiredOn?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  domainCode: Scalars['String']['output'];
};

export type CompetenceWordingInput = {
  code: Scalars['String']['input'];
  criteria: Array<CriterionWordingInput>;
  title: Scalars['String']['input'];
};

/** CMP-1…CMP-5: seen by the organism, its Mandataire, the granting Instance and Certif Pro (CTX-5). */
export type ComplianceProcedure = {
  __typename?: 'ComplianceProcedure';
  /** What the caller may do next. */
  allowedActions: Array<ProcedureAction>;
  /** The audit whose decision opened it. */
  audit?: Maybe<Audit>;
  /** The day it ends, once certain (it may lie ahead). */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** The reasoned finding behind a procedure opened outside an audit. */
  finding?: Maybe<Scalars['String']['output']>;
  habilitation: Habilitation;
  /** Ended with the habilitation kept: CMP-5's 12 months run from endsOn. */
  habilitationKept: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The granting Instance, which takes every decision (INS-1). */
  instanceCode: Scalars['String']['output'];
  openedOn: Scalars['String']['output'];
  organism: OrganismSummary;
  origin: ProcedureOrigin;
  pendingStep?: Maybe<OversightStep>;
  /** Today, from the dated facts: CMP-3 and CMP-4 need nobody to act. */
  phase: ProcedurePhase;
  phaseLabel: Scalars['String']['output'];
  /** CMP-5: last day a new failing leads to a withdrawal. */
  relapseWindowEnd?: Maybe<Scalars['String']['output']>;
  rounds: Array<FormalNoticeRound>;
  suspendedToday: Scalars['Boolean']['output'];
  /** The suspensions this procedure causes (WDR-1). */
  suspensions: Array<Suspension>;
  updatedAt: Scalars['DateTimeISO']['output'];
  withdrawalCase?: Maybe<WithdrawalCase>;
  withdrawalEffectiveOn?: Maybe<Scalars['String']['output']>;
};

export type ComplianceProcedureConnection = {
  __typename?: 'ComplianceProcedureConnection';
  edges: Array<ComplianceProcedureEdge>;
  nodes: Array<ComplianceProcedure>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ComplianceProcedureEdge = {
  __typename?: 'ComplianceProcedureEdge';
  cursor: Scalars['String']['output'];
  node: ComplianceProcedure;
};

/** A contact of the organism on the platform (HAB-9). Personal data (GDPR-1). */
export type Contact = {
  __typename?: 'Contact';
  /** The day the change happened. */
  changedOn: Scalars['String']['output'];
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  functionTitle?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** When the organism last confirmed its contacts (HAB-9). */
  updatedOn: Scalars['String']['output'];
};

export type ContactInput = {
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  functionTitle?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** HAB-9: contacts are updated on the platform within 5 days of a change. */
export type ContactsReport = {
  __typename?: 'ContactsReport';
  changedOn: Scalars['String']['output'];
  dueOn: Scalars['String']['output'];
  late: Scalars['Boolean']['output'];
  reportedOn: Scalars['String']['output'];
};

/** A CPNE's contextualised wording of a referential version (CTX-1, CTX-2). */
export type Contextualisation = {
  __typename?: 'Contextualisation';
  /** Base items changed since the pinned version (empty when up to date). */
  baseChanges: Array<BaseItemChange>;
  /** The base version the wording is written against. */
  baseVersion: Scalars['String']['output'];
  certification: Certification;
  context: Instance;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** True when the base version is no longer the one in force. */
  outdated: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  referential: Referential;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: ContextualisationStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  supersededAt?: Maybe<Scalars['DateTimeISO']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The whole contextualised wording: every base item exactly once (CTX-2). */
export type ContextualisationDocumentInput = {
  domains: Array<DomainWordingInput>;
};

export type ContextualisationStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'SUPERSEDED';

/** A certification criterion, with its base and contextualised wording. */
export type Criterion = {
  __typename?: 'Criterion';
  baseText: Scalars['String']['output'];
  code: Scalars['String']['output'];
  contextualised: Scalars['Boolean']['output'];
  kind: CriterionKind;
  /** Wording served: the contextualised one where there is one, else the base. */
  text: Scalars['String']['output'];
  /** Word-level diff from the base text; empty when not contextualised. */
  wordingDiff: Array<WordingDiffSegment>;
};

export type CriterionAssessment = {
  __typename?: 'CriterionAssessment';
  criterionCode: Scalars['String']['output'];
  criterionLabel: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
};

export type CriterionAssessmentInput = {
  criterionCode: Scalars['String']['input'];
  met: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
};

/** Certification criterion, or « Critère associé ». */
export type CriterionKind =
  | 'ASSOCIATED'
  | 'CERTIFICATION';

export type CriterionWordingInput = {
  code: Scalars['String']['input'];
  /** At most 2000 characters, never blank. */
  text: Scalars['String']['input'];
};

export type DatedMinutes = {
  __typename?: 'DatedMinutes';
  heldOn: Scalars['String']['output'];
  minutes: Scalars['Int']['output'];
};

export type DatedMinutesInput = {
  heldOn: Scalars['String']['input'];
  minutes: Scalars['Int']['input'];
};

/** A deadline of the rules, as the engine computes it. */
export type DeadlineRule = {
  __typename?: 'DeadlineRule';
  amount: Scalars['Int']['output'];
  anchor: Scalars['String']['output'];
  /** AFTER or BEFORE the anchor */
  direction: Scalars['String']['output'];
  id: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Rule ID in the domain brief, e.g. HAB-8 */
  rule: Scalars['String']['output'];
  /** Where the figure stands in the convention */
  source: Scalars['String']['output'];
  /** WORKING_DAYS (Monday to Friday less French public holidays), CALENDAR_DAYS, MONTHS or YEARS */
  unit: Scalars['String']['output'];
};

export type DecisionOutcome =
  | 'ACCEPT'
  | 'REFUSE';

/** HAB-6: carried to the end of the path after a renunciation; destroyed once it closes. */
export type DeferredCandidate = {
  __typename?: 'DeferredCandidate';
  candidateId: Scalars['ID']['output'];
  enrolledOn: Scalars['String']['output'];
};

/** GDPR-1: what Certif Pro's instruction destroyed. */
export type DestructionReport = {
  __typename?: 'DestructionReport';
  /** Verification stubs of certificates kept. */
  certificatesKept: Scalars['Int']['output'];
  deferred: Array<DeferredCandidate>;
  destroyed: Scalars['Int']['output'];
  erased: Array<Scalars['String']['output']>;
  kept: Array<Scalars['String']['output']>;
};

export type DiffSegmentKind =
  | 'ADDED'
  | 'EQUAL'
  | 'REMOVED';

export type Domain = {
  __typename?: 'Domain';
  baseTitle: Scalars['String']['output'];
  code: Scalars['String']['output'];
  competences: Array<Competence>;
  contextualised: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  /** Word-level diff from the base title; empty when not contextualised. */
  wordingDiff: Array<WordingDiffSegment>;
};

export type DomainWordingInput = {
  code: Scalars['String']['input'];
  competences: Array<CompetenceWordingInput>;
  title: Scalars['String']['input'];
};

/** WDR-1: an alert about a non-compliant EDOF registration. */
export type EdofAlert = {
  __typename?: 'EdofAlert';
  /** The sanction level the alert states. */
  level: Scalars['String']['output'];
  receivedOn: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  source: EdofAlertSource;
  sourceLabel: Scalars['String']['output'];
};

export type EdofAlertInput = {
  level: Scalars['String']['input'];
  receivedOn: Scalars['String']['input'];
  reference: Scalars['String']['input'];
  source: EdofAlertSource;
};

export type EdofAlertSource =
  | 'CAISSE_DES_DEPOTS'
  | 'FRANCE_COMPETENCES';

export type EnrolCandidateInput = {
  certification: Scalars['String']['input'];
  /** The CPNE whose contextualised referential applies (CTX-4); none for Certif Pro's. */
  context?: InputMaybe<Scalars['String']['input']>;
  /** EVA-6: the name and contact of the disability referent were given to the person. */
  disabilityReferentGiven: Scalars['Boolean']['input'];
  person: CandidatePersonInput;
  /** GDPR-1: the purpose of the processing was stated to the person (see processingRegister). */
  purposeStated: Scalars['Boolean']['input'];
  /** The organism's file number, never a name. */
  reference: Scalars['String']['input'];
};

/** GDPR-1: what an erasure removed, and what the certifier keeps. */
export type ErasureReport = {
  __typename?: 'ErasureReport';
  /** The certificate whose verification stub is kept. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** The path was still open: the erasure ends it. */
  endedPath: Scalars['Boolean']['output'];
  erased: Array<Scalars['String']['output']>;
  kept: Array<Scalars['String']['output']>;
};

/** An establishment (own SIRET) or a site (distinct address) of an organism (HAB-2, FEE-2). */
export type Establishment = {
  __typename?: 'Establishment';
  address: Scalars['String']['output'];
  city: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  registeredFrom: Scalars['String']['output'];
  /** Closing date; null while open. */
  registeredUntil?: Maybe<Scalars['String']['output']>;
  /** Null for a site known only by its distinct address. */
  siret?: Maybe<Scalars['String']['output']>;
};

export type EstablishmentInput = {
  address: Scalars['String']['input'];
  city: Scalars['String']['input'];
  name: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  /** YYYY-MM-DD; today when omitted. */
  registeredFrom?: InputMaybe<Scalars['String']['input']>;
  /** 14 digits under the organism's SIREN; omit for a site known by its distinct address. */
  siret?: InputMaybe<Scalars['String']['input']>;
};

/** EVA-2: a preliminary or final evaluation, validated when recorded. */
export type Evaluation = {
  __typename?: 'Evaluation';
  assessments: Array<Assessment>;
  candidateId: Scalars['ID']['output'];
  evaluators: Array<PersonOnPath>;
  /** The day of its last sitting: its results stand from then. */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EvaluationKind;
  recordedOn: Scalars['String']['output'];
  remote: Scalars['Boolean']['output'];
  remoteRecord?: Maybe<RemoteEvaluationRecord>;
  /** CléA: share of the points obtained (REF-4). */
  scorePercent?: Maybe<Scalars['Float']['output']>;
  sittings: Array<DatedMinutes>;
  totalMinutes: Scalars['Int']['output'];
};

export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  edges: Array<EvaluationEdge>;
  nodes: Array<Evaluation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

export type EvaluationFilter = {
  candidate?: InputMaybe<Scalars['ID']['input']>;
  evaluator?: InputMaybe<Scalars['ID']['input']>;
  heldFrom?: InputMaybe<Scalars['String']['input']>;
  heldTo?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EvaluationKind>;
  remote?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EvaluationInput = {
  assessments: Array<AssessmentInput>;
  evaluators: Array<Scalars['ID']['input']>;
  kind: EvaluationKind;
  /** Present for a remote evaluation. */
  remote?: InputMaybe<RemoteEvaluationInput>;
  scorePercent?: InputMaybe<Scalars['Float']['input']>;
  sittings: Array<DatedMinutesInput>;
};

/** EVA-2: the preliminary evaluation positions the person; a final one covers only what is not yet acquired. */
export type EvaluationKind =
  | 'FINAL'
  | 'PRELIMINARY';

/** May this organism evaluate under this referential on this date? (CTX-4, EVA-1) */
export type EvaluationRight = {
  __typename?: 'EvaluationRight';
  allowed: Scalars['Boolean']['output'];
  habilitation?: Maybe<Habilitation>;
  /** Why, in French. */
  reason: Scalars['String']['output'];
};

export type FeeKind =
  /** FEE-1: per habilitation application filed to Certif Pro. */
  | 'APPLICATION'
  /** FEE-3: per certificate awarded. */
  | 'CERTIFICATE'
  /** FEE-2: per registered site or establishment and per year, while habilitated. */
  | 'SITE';

/** One amount due, with the rule and the reason. */
export type FeeLine = {
  __typename?: 'FeeLine';
  /** Net of VAT, formatted ("330,00 €"). */
  amount: Scalars['String']['output'];
  amountCents: Scalars['Int']['output'];
  /** The day the amount falls due, which sets the tariff applied. */
  chargedOn: Scalars['String']['output'];
  kind: FeeKind;
  /** Why it is due, in French. */
  label: Scalars['String']['output'];
  /** FEE-1, FEE-2 or FEE-3. */
  rule: Scalars['String']['output'];
  /** The application (APPLICATION) or establishment (SITE) charged. */
  subjectId?: Maybe<Scalars['ID']['output']>;
};

/** CMP-1: the failings, whether the habilitation is suspended (serious failing), the withdrawal date. */
export type FormalNoticeInput = {
  failings: Array<Scalars['String']['input']>;
  suspension: Scalars['Boolean']['input'];
  withdrawalOn: Scalars['String']['input'];
};

/** CMP-1…CMP-4: one formal notice (initial or complementary period), its justification and the decision on it. */
export type FormalNoticeRound = {
  __typename?: 'FormalNoticeRound';
  decision?: Maybe<RoundDecision>;
  failings: Array<Scalars['String']['output']>;
  issuedOn: Scalars['String']['output'];
  justification?: Maybe<Scalars['String']['output']>;
  /** 30 working days from the notification (CMP-2). */
  justificationDue?: Maybe<Scalars['String']['output']>;
  justifiedOn?: Maybe<Scalars['String']['output']>;
  notifiedOn?: Maybe<Scalars['String']['output']>;
  period: NoticePeriod;
  periodLabel: Scalars['String']['output'];
  /** The Instance's 30 working days to notify its decision (CMP-4). */
  responseDue?: Maybe<Scalars['String']['output']>;
  round: Scalars['Int']['output'];
  /** Serious failing: suspended from the notification, for the period (CMP-1). */
  suspension: Scalars['Boolean']['output'];
  /** Withdrawal date without a justification in time (CMP-3). */
  withdrawalOn: Scalars['String']['output'];
};

export type Habilitation = {
  __typename?: 'Habilitation';
  certificationCode: Scalars['String']['output'];
  /** Granted under the CPNE's contextualised referential (CTX-4); false: the base referential, in the CPNE's field for a CPNE. */
  contextualised: Scalars['Boolean']['output'];
  /** Last day of the first 3-year period. */
  firstPeriodEnd: Scalars['String']['output'];
  /** HAB-6: that first certificate's number. */
  firstUseCertificate?: Maybe<Scalars['String']['output']>;
  /** HAB-6: the day of the first certificate decided under it (its evidence of use). */
  firstUsedOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  instanceCode: Scalars['String']['output'];
  /** Last day the habilitation may be used, as things stand. */
  lastValidDay: Scalars['String']['output'];
  /** Never beyond 6 years after notification. */
  maximumEnd: Scalars['String']['output'];
  notifiedOn: Scalars['String']['output'];
  organism: OrganismSummary;
  /** Audits, procedures and withdrawals the caller may read; null for anonymous callers. */
  oversight?: Maybe<HabilitationOversight>;
  professionalField?: Maybe<Scalars['String']['output']>;
  /** Null when the Instance's calendar has no campaign that fits. */
  reapplication?: Maybe<ReapplicationAdvice>;
  renewal: Renewal;
  renunciationEffectiveOn?: Maybe<Scalars['String']['output']>;
  /** The day the Instance received it: the 3 months' notice runs from it. */
  renunciationReceivedOn?: Maybe<Scalars['String']['output']>;
  /** The day the organism sent its renunciation (HAB-6). */
  renunciationSentOn?: Maybe<Scalars['String']['output']>;
  /** First day: the notification, or the day after the previous habilitation ends (HAB-6). */
  startsOn: Scalars['String']['output'];
  /** Status today. */
  status: HabilitationStatus;
  /** Computed from the compliance procedures (WDR-1): public, without their reasons (HAB-5). */
  suspensions: Array<Suspension>;
  /** First day withdrawn, computed from the procedures and withdrawal decisions as known today (WDR-1). */
  withdrawnOn?: Maybe<Scalars['String']['output']>;
};

export type HabilitationConnection = {
  __typename?: 'HabilitationConnection';
  edges: Array<HabilitationEdge>;
  nodes: Array<Habilitation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A criterion of section II, or a CPNE's own (CTX-3). */
export type HabilitationCriterion = {
  __typename?: 'HabilitationCriterion';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** CONVENTION or CONTEXTUALISATION */
  origin: Scalars['String']['output'];
};

export type HabilitationEdge = {
  __typename?: 'HabilitationEdge';
  cursor: Scalars['String']['output'];
  node: Habilitation;
};

/** The oversight files of a habilitation the caller may read. */
export type HabilitationOversight = {
  __typename?: 'HabilitationOversight';
  audits: Array<Audit>;
  procedures: Array<ComplianceProcedure>;
  withdrawals: Array<HabilitationWithdrawal>;
};

export type HabilitationStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'NOT_STARTED'
  | 'RENOUNCED'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** WDR-1: a withdrawal decided on its own (relapse, audit refusal, EDOF alert), binding once notified. */
export type HabilitationWithdrawal = {
  __typename?: 'HabilitationWithdrawal';
  allowedActions: Array<WithdrawalAction>;
  /** The refused audit (AUDIT_REFUSAL). */
  audit?: Maybe<Audit>;
  case: WithdrawalCase;
  caseLabel: Scalars['String']['output'];
  decidedOn: Scalars['String']['output'];
  edofAlert?: Maybe<EdofAlert>;
  /** First day withdrawn: the notification, or the refusal of the audit. */
  effectiveOn?: Maybe<Scalars['String']['output']>;
  finding?: Maybe<Scalars['String']['output']>;
  findingOn?: Maybe<Scalars['String']['output']>;
  habilitation: Habilitation;
  id: Scalars['ID']['output'];
  instanceCode: Scalars['String']['output'];
  notifiedOn?: Maybe<Scalars['String']['output']>;
  organism: OrganismSummary;
  pendingStep?: Maybe<OversightStep>;
  phase: WithdrawalPhase;
  reason: Scalars['String']['output'];
  refusedOn?: Maybe<Scalars['String']['output']>;
  /** The procedure whose end opened the 12 months (RELAPSE). */
  relapseOf?: Maybe<ComplianceProcedure>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type HabilitationWithdrawalConnection = {
  __typename?: 'HabilitationWithdrawalConnection';
  edges: Array<HabilitationWithdrawalEdge>;
  nodes: Array<HabilitationWithdrawal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HabilitationWithdrawalEdge = {
  __typename?: 'HabilitationWithdrawalEdge';
  cursor: Scalars['String']['output'];
  node: HabilitationWithdrawal;
};

/** Certif Pro or a CPNE. */
export type Instance = {
  __typename?: 'Instance';
  code: Scalars['String']['output'];
  kind: InstanceKind;
  name: Scalars['String']['output'];
  professionalField?: Maybe<Scalars['String']['output']>;
};

export type InstanceKind =
  | 'CERTIFIER'
  | 'CPNE';

/** An evaluator and/or trainer of the organism (HAB-1). Personal data (GDPR-1). */
export type Intervenant = {
  __typename?: 'Intervenant';
  evaluator: Scalars['Boolean']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  qualifications: Scalars['String']['output'];
  remoteReady: Scalars['Boolean']['output'];
  trainer: Scalars['Boolean']['output'];
};

/** An evaluator, a trainer or both (HAB-1). */
export type IntervenantInput = {
  evaluator: Scalars['Boolean']['input'];
  fullName: Scalars['String']['input'];
  qualifications: Scalars['String']['input'];
  remoteReady?: Scalars['Boolean']['input'];
  trainer: Scalars['Boolean']['input'];
};

/** One transition or decision, as it was recorded: never changed afterwards. */
export type JournalEntry = {
  __typename?: 'JournalEntry';
  action: Scalars['String']['output'];
  /** Who acted. */
  actorEmail: Scalars['String']['output'];
  /** The Instance under which the actor acted. */
  actorInstance?: Maybe<Scalars['String']['output']>;
  /** In which role. */
  actorRole: UserRole;
  fromState?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Why, or what changed. */
  reason?: Maybe<Scalars['String']['output']>;
  subjectId: Scalars['ID']['output'];
  /** The Instance the subject belongs to. */
  subjectInstance?: Maybe<Scalars['String']['output']>;
  /** CONTEXTUALISATION, REFERENTIAL_VERSION, TARIFF, APPLICATION… */
  subjectType: Scalars['String']['output'];
  toState?: Maybe<Scalars['String']['output']>;
};

export type JournalEntryConnection = {
  __typename?: 'JournalEntryConnection';
  edges: Array<JournalEntryEdge>;
  nodes: Array<JournalEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JournalEntryEdge = {
  __typename?: 'JournalEntryEdge';
  cursor: Scalars['String']['output'];
  node: JournalEntry;
};

/** EVA-5: the sovereign jury's decision, its members and minutes. */
export type JuryDecision = {
  __typename?: 'JuryDecision';
  decidedOn: Scalars['String']['output'];
  departures: Array<JuryDeparture>;
  id: Scalars['ID']['output'];
  members: Array<PersonOnPath>;
  minutes: Scalars['String']['output'];
  outcome: JuryOutcome;
  reason?: Maybe<Scalars['String']['output']>;
  validatedDomains: Array<Scalars['String']['output']>;
};

export type JuryDecisionInput = {
  /** AWARDED: the person's choice of paper or PDF (EVA-5). */
  certificateFormat?: InputMaybe<CertificateFormat>;
  decidedOn: Scalars['String']['input'];
  departures?: InputMaybe<Array<JuryDepartureInput>>;
  members: Array<JuryMemberInput>;
  minutes: Scalars['String']['input'];
  outcome: JuryOutcome;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The domains as the jury judges them. */
  validatedDomains: Array<Scalars['String']['input']>;
};

/** A domain the jury judged otherwise than the evaluations, and why. */
export type JuryDeparture = {
  __typename?: 'JuryDeparture';
  domainCode: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type JuryDepartureInput = {
  domainCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** A member named by the organism: one of its intervenants, or someone from outside by name. */
export type JuryMemberInput = {
  fullName?: InputMaybe<Scalars['String']['input']>;
  intervenant?: InputMaybe<Scalars['ID']['input']>;
};

export type JuryOutcome =
  | 'AWARDED'
  | 'NOT_AWARDED';

/** EVA-5: computed for the jury, information only: the jury decides, nothing is decided automatically. */
export type JuryProposal = {
  __typename?: 'JuryProposal';
  allDomainsValidated: Scalars['Boolean']['output'];
  missingDomains: Array<Scalars['String']['output']>;
  notice: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  validatedDomains: Array<Scalars['String']['output']>;
};

/** CMP-4: a reasoned withdrawal, or a complementary period. */
export type JustificationOutcome =
  | 'COMPLEMENTARY_PERIOD'
  | 'WITHDRAWAL';

/** A Mandataire's mandate to act for the organism, with its proof (HAB-2). */
export type Mandate = {
  __typename?: 'Mandate';
  id: Scalars['ID']['output'];
  /** True when the mandate is valid today. */
  inForce: Scalars['Boolean']['output'];
  mandataireName: Scalars['String']['output'];
  proofReference: Scalars['String']['output'];
  validFrom: Scalars['String']['output'];
  validUntil?: Maybe<Scalars['String']['output']>;
};

export type MatrixCompetence = {
  __typename?: 'MatrixCompetence';
  acquiredOn?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  /** Worded by the CPNE's contextualisation. */
  contextualised: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type MatrixDomain = {
  __typename?: 'MatrixDomain';
  code: Scalars['String']['output'];
  competences: Array<MatrixCompetence>;
  contextualised: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  validatedOn?: Maybe<Scalars['String']['output']>;
};

export type Meeting = {
  __typename?: 'Meeting';
  id: Scalars['ID']['output'];
  meetsOn: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** HAB-8: acknowledged within 10 working days of receipt. */
  acknowledgeAppeal: Application;
  /** EVA-6: records an accommodation. */
  addAccommodation: Candidate;
  /** An establishment under the organism's SIREN joins without a new application; another SIREN's is refused (HAB-7). */
  addEstablishment: Organism;
  /** CTX-3: a CPNE adds a habilitation criterion of its own. */
  addHabilitationCriterion: Array<HabilitationCriterion>;
  addIntervenant: Organism;
  /** HAB-8: within 30 working days of the refusal's notification. */
  appealDecision: Application;
  /** Certif Pro publishes it; the CPNE's previous publication is superseded. */
  approveContextualisation: Contextualisation;
  /** AUD-1: the ordering Instance's decision maker calls off an audit, with its reason. */
  cancelAudit: Audit;
  /** Closes an establishment or site; it stays in the history. */
  closeEstablishment: Organism;
  /** EVA-7: the day the results were communicated to the person; the month for a request to the certifier runs from it. */
  communicateResults: Candidate;
  /** HAB-2: the organism (or its Mandataire) opens its application under a campaign. */
  createApplication: Application;
  createCampaign: Campaign;
  /** AUD-3, CMP-1: at a meeting, keep the habilitation, or open a compliance procedure with its formal notice (the Instance qualifies the anomalies). */
  decideAfterAudit: Audit;
  /** HAB-8: the Instance re-examines the contested arguments and decides, at the meeting the appeal was put to. */
  decideAppeal: Application;
  /** HAB-5, INS-1: the Instance's decision maker decides, reasoned per criterion. */
  decideApplication: Application;
  /** WDR-1, INS-1: withdrawal for a refused audit, from the refusal; binding once notified. */
  decideAuditRefusalWithdrawal: HabilitationWithdrawal;
  /** WDR-1: on an alert of the Caisse des Dépôts or France compétences (EDOF); effective on its notification. */
  decideEdofWithdrawal: HabilitationWithdrawal;
  /** CMP-4: a reasoned withdrawal, or a complementary period with its formal notice. */
  decideOnJustification: ComplianceProcedure;
  /** CMP-5: a new failing within 12 months after a procedure ended; effective on its notification. */
  decideRelapseWithdrawal: HabilitationWithdrawal;
  /** EVA-7: the certifier decides, once, with its reasons. */
  decideResultsRequest: ResultsRequest;
  declareComplete: Application;
  /** Certif Pro opens a new version, a copy of the latest published one (REF-3). */
  draftReferentialVersion: Referential;
  /** EVA-1, CTX-4, GDPR-1: enrols a person, on a day the organism holds the right. */
  enrolCandidate: Candidate;
  /** GDPR-1: erases the person's data, except the certificate's verification stub and anonymised results. */
  eraseCandidate: ErasureReport;
  /** HAB-2: filing issues the receipt and means accepting the convention. */
  fileApplication: Application;
  /** GDPR-1: Certif Pro instructs the destruction of the candidates' data of an ended or withdrawn habilitation. */
  instructDestruction: DestructionReport;
  /** HAB-4: reasoned per criterion, at least 5 working days before the meeting. */
  issueOpinion: Application;
  /** GDPR-1: lifts a restriction, or settles an objection. */
  liftProcessingLimit: Candidate;
  /** AUD-3: notified within 15 working days of the meeting; a procedure's formal notice goes out with it. */
  notifyAuditDecision: Audit;
  /** HAB-5: notification; an acceptance starts the habilitation (HAB-6). */
  notifyDecision: Application;
  /** CMP-2: notified today, 30 working days to justify; a serious failing suspends from today (CMP-1). */
  notifyFormalNotice: ComplianceProcedure;
  /** CMP-4, WDR-1: notified within the Instance's 30 working days; a withdrawal takes effect today. */
  notifyProcedureDecision: ComplianceProcedure;
  /** WDR-1: notified today, the withdrawal binds. */
  notifyWithdrawal: HabilitationWithdrawal;
  /** CMP-1, INS-1: outside an audit, on a reasoned finding, the granting Instance's decision maker issues a formal notice. */
  openComplianceProcedure: ComplianceProcedure;
  /** AUD-1, CTX-5: the granting Instance, or Certif Pro, orders an audit (decision makers). */
  orderAudit: Audit;
  provideComplement: Application;
  /** Certif Pro publishes a draft; it never changes afterwards (REF-3). */
  publishReferentialVersion: Referential;
  /** WDR-1: the organism refused the audit (receipt of a written refusal, or the day it was observed). */
  recordAuditRefusal: Audit;
  /** AUD-2, AUD-3: the report, presented to the organism today; 15 working days for its observations. */
  recordAuditReport: Audit;
  /** EVA-2, EVA-3, EVA-6, EVA-8, EVA-9: records and validates a preliminary or final evaluation; every reason it is refused is in extensions.refusals. */
  recordEvaluation: Evaluation;
  /** EVA-5: records the sovereign jury's decision; an award delivers the certificate in the person's chosen format, and the first under a habilitation is its use (HAB-6). */
  recordJuryDecision: Candidate;
  /** HAB-6: the granting Instance records the day it received the renunciation; it takes effect 3 months later, without refund. */
  recordRenunciationReceipt: Habilitation;
  /** EVA-7: the certifier records a letter it received, within one month of the results being communicated. */
  recordResultsRequest: ResultsRequest;
  /** A whole session at once (500 rows at most): every row checked, every bad row reported in extensions.rowErrors, all written or none. */
  recordSessionResults: SessionResults;
  /** EVA-2, EVA-3: records a training path and its trainer. */
  recordTraining: Candidate;
  /** GDPR-1: rectifies the person's identity or contact. */
  rectifyCandidate: Candidate;
  /** The organism's admin registers or renews a Mandataire's mandate; the proof is required (HAB-2). */
  registerMandate: Organism;
  rejectContextualisation: Contextualisation;
  /** EVA-6: removes an accommodation; rowVersion is the candidate's. */
  removeAccommodation: Candidate;
  /** Erases the intervenant's record (GDPR-1). */
  removeIntervenant: Organism;
  /** HAB-6: the organism records the day it sent its written renunciation; people enrolled by then are carried to the end. */
  renounceHabilitation: Habilitation;
  /** Due within 30 days of the change; a late report is accepted and flagged late (HAB-7). */
  reportSituationChange: Organism;
  requestComplement: Application;
  /** AUD-1: before the report, a new date or mode. */
  rescheduleAudit: Audit;
  /** HAB-4: moves a file under instruction to a later meeting of its campaign. */
  rescheduleInstruction: Application;
  /** CMP-1: corrects a formal notice before it is notified. */
  reviseFormalNotice: ComplianceProcedure;
  /** EVA-5: the certifier withdraws a certificate, dated and reasoned. */
  revokeCertificate: Certificate;
  /** Replaces the whole wording of a draft; refused with REFERENTIAL_STRUCTURE_VIOLATION on any addition, removal, duplicate or move. */
  saveContextualisation: Contextualisation;
  /** HAB-8: puts an acknowledged appeal to a coming meeting of the Instance, where it is decided. */
  scheduleAppealDecision: Application;
  /** HAB-4: the convocation, sent today, is at least 8 working days before the audition. */
  scheduleAudition: Application;
  /** AUD-3: the organism's (or its Mandataire's) written observations on the report. */
  sendAuditObservations: Audit;
  /** CMP-2: the organism's (or its Mandataire's) written, detailed justification of its corrective measures. */
  sendJustification: ComplianceProcedure;
  /** Replaces the organism's contacts, reported today; a change reported more than 5 days after it happened is flagged late (HAB-9). */
  setContacts: Organism;
  /** GDPR-1: records the person's restriction of, or objection to, processing; nothing new is recorded meanwhile. */
  setProcessingLimit: Candidate;
  /** Certif Pro edits the base wording of a draft version. */
  setReferentialWording: Referential;
  /** Certif Pro's decision maker sets new amounts from a date, today or later (FEE-4); a date that already has a tariff is a CONFLICT. */
  setTariff: Tariff;
  /** Sets the wording of one domain, competence or criterion of a draft. */
  setWording: Contextualisation;
  /** A delegated CPNE opens a draft on the version in force (CTX-1). */
  startContextualisation: Contextualisation;
  /** HAB-3: only a complete file is instructed, for a meeting of its campaign. */
  startInstruction: Application;
  /** HAB-5: before filing again after a refusal, what changed for each criterion the refusal named. */
  stateChangesSinceRefusal: Application;
  submitContextualisation: Contextualisation;
  updateIntervenant: Organism;
  /** Name, legal form, activity declaration number, Qualiopi status. */
  updateOrganism: Organism;
  withdrawApplication: Application;
};


export type MutationAcknowledgeAppealArgs = {
  application: Scalars['ID']['input'];
};


export type MutationAddAccommodationArgs = {
  candidate: Scalars['ID']['input'];
  input: AccommodationInput;
  rowVersion: Scalars['Int']['input'];
};


export type MutationAddEstablishmentArgs = {
  input: EstablishmentInput;
  siren: Scalars['String']['input'];
};


export type MutationAddHabilitationCriterionArgs = {
  code: Scalars['String']['input'];
  instance: Scalars['String']['input'];
  label: Scalars['String']['input'];
};


export type MutationAddIntervenantArgs = {
  input: IntervenantInput;
  siren: Scalars['String']['input'];
};


export type MutationAppealDecisionArgs = {
  application: Scalars['ID']['input'];
  grounds: Scalars['String']['input'];
};


export type MutationApproveContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
};


export type MutationCancelAuditArgs = {
  audit: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseEstablishmentArgs = {
  closedOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCommunicateResultsArgs = {
  candidate: Scalars['ID']['input'];
  communicatedOn: Scalars['String']['input'];
  rowVersion: Scalars['Int']['input'];
};


export type MutationCreateApplicationArgs = {
  campaign: Scalars['ID']['input'];
  organism: Scalars['String']['input'];
};


export type MutationCreateCampaignArgs = {
  input: CampaignInput;
};


export type MutationDecideAfterAuditArgs = {
  audit: Scalars['ID']['input'];
  meetingOn: Scalars['String']['input'];
  notice?: InputMaybe<FormalNoticeInput>;
  outcome: AuditOutcome;
  reason: Scalars['String']['input'];
};


export type MutationDecideAppealArgs = {
  application: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  upheld: Scalars['Boolean']['input'];
};


export type MutationDecideApplicationArgs = {
  application: Scalars['ID']['input'];
  assessments: Array<CriterionAssessmentInput>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  outcome: DecisionOutcome;
};


export type MutationDecideAuditRefusalWithdrawalArgs = {
  audit: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDecideEdofWithdrawalArgs = {
  alert: EdofAlertInput;
  habilitation: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDecideOnJustificationArgs = {
  notice?: InputMaybe<FormalNoticeInput>;
  outcome: JustificationOutcome;
  procedure: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDecideRelapseWithdrawalArgs = {
  finding: Scalars['String']['input'];
  findingOn: Scalars['String']['input'];
  habilitation: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDecideResultsRequestArgs = {
  outcome: ResultsRequestOutcome;
  reasons: Scalars['String']['input'];
  request: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
};


export type MutationDeclareCompleteArgs = {
  application: Scalars['ID']['input'];
};


export type MutationDraftReferentialVersionArgs = {
  certification: Scalars['String']['input'];
  effectiveFrom: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type MutationEnrolCandidateArgs = {
  input: EnrolCandidateInput;
  organism: Scalars['String']['input'];
};


export type MutationEraseCandidateArgs = {
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
};


export type MutationFileApplicationArgs = {
  application: Scalars['ID']['input'];
};


export type MutationInstructDestructionArgs = {
  habilitation: Scalars['ID']['input'];
};


export type MutationIssueOpinionArgs = {
  application: Scalars['ID']['input'];
  assessments: Array<CriterionAssessmentInput>;
};


export type MutationLiftProcessingLimitArgs = {
  candidate: Scalars['ID']['input'];
  limit: ProcessingLimitKind;
  rowVersion: Scalars['Int']['input'];
};


export type MutationNotifyAuditDecisionArgs = {
  audit: Scalars['ID']['input'];
};


export type MutationNotifyDecisionArgs = {
  application: Scalars['ID']['input'];
};


export type MutationNotifyFormalNoticeArgs = {
  procedure: Scalars['ID']['input'];
};


export type MutationNotifyProcedureDecisionArgs = {
  procedure: Scalars['ID']['input'];
};


export type MutationNotifyWithdrawalArgs = {
  withdrawal: Scalars['ID']['input'];
};


export type MutationOpenComplianceProcedureArgs = {
  finding: Scalars['String']['input'];
  habilitation: Scalars['ID']['input'];
  notice: FormalNoticeInput;
};


export type MutationOrderAuditArgs = {
  auditor: AuditorInput;
  habilitation: Scalars['ID']['input'];
  mode: AuditMode;
  scheduledOn: Scalars['String']['input'];
};


export type MutationProvideComplementArgs = {
  application: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationPublishReferentialVersionArgs = {
  certification: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type MutationRecordAuditRefusalArgs = {
  audit: Scalars['ID']['input'];
  kind: RefusalKind;
  on: Scalars['String']['input'];
};


export type MutationRecordAuditReportArgs = {
  anomalies: Array<AnomalyInput>;
  audit: Scalars['ID']['input'];
  opinion: AuditOpinion;
};


export type MutationRecordEvaluationArgs = {
  candidate: Scalars['ID']['input'];
  input: EvaluationInput;
  rowVersion: Scalars['Int']['input'];
};


export type MutationRecordJuryDecisionArgs = {
  candidate: Scalars['ID']['input'];
  input: JuryDecisionInput;
  rowVersion: Scalars['Int']['input'];
};


export type MutationRecordRenunciationReceiptArgs = {
  habilitation: Scalars['ID']['input'];
  noticeReceivedOn: Scalars['String']['input'];
};


export type MutationRecordResultsRequestArgs = {
  candidate: Scalars['ID']['input'];
  input: ResultsRequestInput;
};


export type MutationRecordSessionResultsArgs = {
  organism: Scalars['String']['input'];
  rows: Array<SessionResultRowInput>;
};


export type MutationRecordTrainingArgs = {
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  startsOn: Scalars['String']['input'];
  trainer: Scalars['ID']['input'];
};


export type MutationRectifyCandidateArgs = {
  candidate: Scalars['ID']['input'];
  person: CandidatePersonInput;
  rowVersion: Scalars['Int']['input'];
};


export type MutationRegisterMandateArgs = {
  mandataireName: Scalars['String']['input'];
  proofReference: Scalars['String']['input'];
  siren: Scalars['String']['input'];
  validFrom: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveAccommodationArgs = {
  accommodation: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
};


export type MutationRemoveIntervenantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenounceHabilitationArgs = {
  habilitation: Scalars['ID']['input'];
  noticeSentOn: Scalars['String']['input'];
};


export type MutationReportSituationChangeArgs = {
  changedOn: Scalars['String']['input'];
  description: Scalars['String']['input'];
  kind: SituationChangeKind;
  siren: Scalars['String']['input'];
};


export type MutationRequestComplementArgs = {
  application: Scalars['ID']['input'];
  request: Scalars['String']['input'];
};


export type MutationRescheduleAuditArgs = {
  audit: Scalars['ID']['input'];
  mode: AuditMode;
  scheduledOn: Scalars['String']['input'];
};


export type MutationRescheduleInstructionArgs = {
  application: Scalars['ID']['input'];
  meeting: Scalars['ID']['input'];
};


export type MutationReviseFormalNoticeArgs = {
  notice: FormalNoticeInput;
  procedure: Scalars['ID']['input'];
};


export type MutationRevokeCertificateArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  revokedOn: Scalars['String']['input'];
  rowVersion: Scalars['Int']['input'];
};


export type MutationSaveContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
  document: ContextualisationDocumentInput;
};


export type MutationScheduleAppealDecisionArgs = {
  application: Scalars['ID']['input'];
  meeting: Scalars['ID']['input'];
};


export type MutationScheduleAuditionArgs = {
  application: Scalars['ID']['input'];
  auditionOn: Scalars['String']['input'];
};


export type MutationSendAuditObservationsArgs = {
  audit: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationSendJustificationArgs = {
  procedure: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationSetContactsArgs = {
  changedOn?: InputMaybe<Scalars['String']['input']>;
  contacts: Array<ContactInput>;
  siren: Scalars['String']['input'];
};


export type MutationSetProcessingLimitArgs = {
  candidate: Scalars['ID']['input'];
  limit: ProcessingLimitKind;
  rowVersion: Scalars['Int']['input'];
  since: Scalars['String']['input'];
};


export type MutationSetReferentialWordingArgs = {
  certification: Scalars['String']['input'];
  target: Scalars['String']['input'];
  text: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type MutationSetTariffArgs = {
  applicationCents: Scalars['Int']['input'];
  certificateCents: Scalars['Int']['input'];
  siteAnnualCents: Scalars['Int']['input'];
  validFrom: Scalars['String']['input'];
};


export type MutationSetWordingArgs = {
  contextualisation: Scalars['ID']['input'];
  target: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationStartContextualisationArgs = {
  certification: Scalars['String']['input'];
  context: Scalars['String']['input'];
};


export type MutationStartInstructionArgs = {
  application: Scalars['ID']['input'];
  meeting: Scalars['ID']['input'];
};


export type MutationStateChangesSinceRefusalArgs = {
  application: Scalars['ID']['input'];
  changes: Array<StatedChangeInput>;
};


export type MutationSubmitContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
};


export type MutationUpdateIntervenantArgs = {
  id: Scalars['ID']['input'];
  input: IntervenantInput;
};


export type MutationUpdateOrganismArgs = {
  input: OrganismInput;
  siren: Scalars['String']['input'];
};


export type MutationWithdrawApplicationArgs = {
  application: Scalars['ID']['input'];
};

export type NoticePeriod =
  | 'COMPLEMENTARY'
  | 'INITIAL';

/** A candidate or habilitated organism, identified by its SIREN (HAB-2). */
export type Organism = {
  __typename?: 'Organism';
  /** Null unless the caller is the organism, its Mandataire or an Instance it applied to (GDPR-1). */
  contacts?: Maybe<Array<Contact>>;
  /** The last contact change and whether it was reported late: for the organism and the Instances that hold its file. */
  contactsReport?: Maybe<ContactsReport>;
  /** Numéro de déclaration d'activité (11 digits). */
  declarationNumber?: Maybe<Scalars['String']['output']>;
  /** Open and closed, in registration order. */
  establishments: Array<Establishment>;
  /** Null unless the caller is the organism, its Mandataire or an Instance it applied to (GDPR-1). */
  intervenants?: Maybe<Array<Intervenant>>;
  legalForm?: Maybe<Scalars['String']['output']>;
  mandates: Array<Mandate>;
  name: Scalars['String']['output'];
  qualiopiCertified: Scalars['Boolean']['output'];
  qualiopiSince?: Maybe<Scalars['String']['output']>;
  siren: Scalars['String']['output'];
  situationChanges: Array<SituationChange>;
};

export type OrganismConnection = {
  __typename?: 'OrganismConnection';
  edges: Array<OrganismEdge>;
  nodes: Array<Organism>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganismEdge = {
  __typename?: 'OrganismEdge';
  cursor: Scalars['String']['output'];
  node: Organism;
};

/** What one organism owes Certif Pro for a period, and why. */
export type OrganismFees = {
  __typename?: 'OrganismFees';
  invoicedOn: Scalars['String']['output'];
  lines: Array<FeeLine>;
  organismName: Scalars['String']['output'];
  /** FEE-4: 45 calendar days after the invoice. */
  paymentDueOn: Scalars['String']['output'];
  paymentLabel: Scalars['String']['output'];
  periodEnd: Scalars['String']['output'];
  periodStart: Scalars['String']['output'];
  siren: Scalars['String']['output'];
  total: Scalars['String']['output'];
  totalCents: Scalars['Int']['output'];
  totalLabel: Scalars['String']['output'];
};

/** Only the fields given change; null clears an optional field. */
export type OrganismInput = {
  /** 11 digits; spaces accepted. */
  declarationNumber?: InputMaybe<Scalars['String']['input']>;
  legalForm?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  qualiopiCertified?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD; required while certified, cleared when not. */
  qualiopiSince?: InputMaybe<Scalars['String']['input']>;
};

/** What anyone may know of an organism: its SIREN and name. */
export type OrganismSummary = {
  __typename?: 'OrganismSummary';
  name: Scalars['String']['output'];
  siren: Scalars['String']['output'];
};

export type OversightOrder =
  | 'CREATED'
  | 'NEXT_DUE_ON';

/** Who the file waits for; NOBODY when the next thing happens by itself. */
export type OversightParty =
  | 'AGENT'
  | 'AUDITOR'
  | 'DECIDER'
  | 'NOBODY'
  | 'ORGANISM';

/** What an audit, procedure or withdrawal waits for: an application's pending step (rule, label, dueOn, overdue), plus who it waits for and what happens by itself. dueOn is null where the convention sets no date. */
export type OversightStep = {
  __typename?: 'OversightStep';
  automatic?: Maybe<AutomaticOutcome>;
  dueOn?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Deadline rule, e.g. CMP_JUSTIFICATION */
  rule: Scalars['String']['output'];
  waitingFor: OversightParty;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** EVA-2, REF-4, EVA-9: where the person stands and what is left to validate. */
export type PathStanding = {
  __typename?: 'PathStanding';
  competences: Array<CompetenceStanding>;
  /** EVA-9: the path ended without every domain validated; partial validation is no longer kept. */
  lapsed: Scalars['Boolean']['output'];
  /** EVA-9 (CléA, CléA numérique): last day of the 5-year path. */
  pathEndsOn?: Maybe<Scalars['String']['output']>;
  preliminaryOn?: Maybe<Scalars['String']['output']>;
  remainingCompetences: Array<Scalars['String']['output']>;
  remainingDomains: Array<Scalars['String']['output']>;
  scorePercent?: Maybe<Scalars['Float']['output']>;
  validatedDomains: Array<Scalars['String']['output']>;
};

/** What the file waits for, when a rule sets its due date. */
export type PendingStep = {
  __typename?: 'PendingStep';
  dueOn: Scalars['String']['output'];
  label: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Deadline rule, e.g. HAB_OPINION_BEFORE_MEETING */
  rule: Scalars['String']['output'];
};

/** An intervenant of the organism (id null once they left it), or an outside jury member. */
export type PersonOnPath = {
  __typename?: 'PersonOnPath';
  fullName: Scalars['String']['output'];
  intervenantId?: Maybe<Scalars['ID']['output']>;
};

export type ProcedureAction =
  | 'DECIDE_COMPLEMENTARY_PERIOD'
  | 'DECIDE_WITHDRAWAL'
  | 'NOTIFY_DECISION'
  | 'NOTIFY_NOTICE'
  | 'REVISE_NOTICE'
  | 'SEND_JUSTIFICATION';

export type ProcedureFilter = {
  /** Pending step due on or before this date */
  dueBefore?: InputMaybe<Scalars['String']['input']>;
  habilitation?: InputMaybe<Scalars['ID']['input']>;
  /** Instance code (the granting one) */
  instance?: InputMaybe<Scalars['String']['input']>;
  /** SIREN */
  organism?: InputMaybe<Scalars['String']['input']>;
  origin?: InputMaybe<ProcedureOrigin>;
  /** Pending step past its due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Phases today */
  phase?: InputMaybe<Array<ProcedurePhase>>;
};

/** CMP-1: opened by an audit decision, or on another reasoned finding. */
export type ProcedureOrigin =
  | 'AUDIT'
  | 'FINDING';

export type ProcedurePhase =
  | 'AWAITING_JUSTIFICATION'
  | 'COMPLEMENTARY_PERIOD_DECIDED'
  | 'DEEMED_SUFFICIENT'
  | 'JUSTIFIED'
  | 'NOTICE_ISSUED'
  | 'WITHDRAWAL_DECIDED'
  | 'WITHDRAWAL_SCHEDULED'
  | 'WITHDRAWN'
  | 'WITHDRAWN_ON_NOTICE_DATE';

/** GDPR-1: one entry of the organism's register of processing. */
export type ProcessingActivity = {
  __typename?: 'ProcessingActivity';
  code: Scalars['String']['output'];
  controller: Scalars['String']['output'];
  data: Array<Scalars['String']['output']>;
  dataSubjects: Scalars['String']['output'];
  name: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  recipients: Array<Scalars['String']['output']>;
  retention: Scalars['String']['output'];
};

/** GDPR-1: the person's restriction of, or objection to, the processing of their data. */
export type ProcessingLimitKind =
  | 'OBJECTION'
  | 'RESTRICTION';

/** A notified habilitation decision, as it may be made public (HAB-5): no reasons, no personal data. */
export type PublicDecision = {
  __typename?: 'PublicDecision';
  certification: Certification;
  /** Acceptance: the duration of the habilitation, in months. */
  durationMonths?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The Instance that decided. */
  instance: Instance;
  notifiedOn: Scalars['String']['output'];
  organismName: Scalars['String']['output'];
  organismSiren: Scalars['String']['output'];
  outcome: PublicDecisionOutcome;
  outcomeLabel: Scalars['String']['output'];
  /** Acceptance by a CPNE: the professional field it covers. */
  professionalField?: Maybe<Scalars['String']['output']>;
};

export type PublicDecisionConnection = {
  __typename?: 'PublicDecisionConnection';
  edges: Array<PublicDecisionEdge>;
  nodes: Array<PublicDecision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicDecisionEdge = {
  __typename?: 'PublicDecisionEdge';
  cursor: Scalars['String']['output'];
  node: PublicDecision;
};

export type PublicDecisionOutcome =
  | 'ACCEPTED'
  | 'REFUSED';

export type Query = {
  __typename?: 'Query';
  application?: Maybe<Application>;
  /** Applications the caller may see: its own (organism), or those made to its Instance. */
  applications: ApplicationConnection;
  /** AUD-1: an audit the caller may read (NOT_FOUND otherwise). */
  audit: Audit;
  /** Audits the caller may read, for dashboards: filtered, keyset-paginated (at most 100 a page). */
  audits: AuditConnection;
  /** Application campaigns and their deciding meetings (public). */
  campaigns: Array<Campaign>;
  /** GDPR-1: the organism reads its candidate; an Instance only with a reason (a request addressed to it, an audit), each read journaled. */
  candidate: Candidate;
  /** GDPR-1: the organism's own candidates, newest enrolment first (at most 100 a page). */
  candidates: CandidateConnection;
  certificate: Certificate;
  /** The organism's certificates; an Instance's, delivered in its name (Certif Pro every one), without their holder. */
  certificates: CertificateConnection;
  /** REF-4: does validating these domains obtain the certificate? */
  certificationOutcome: CertificationOutcome;
  certifications: Array<Certification>;
  /** Checks a document against a base version (default: in force) without saving anything; empty when it keeps the structure. */
  checkContextualisationDocument: Array<StructureViolation>;
  /** CMP-1…CMP-5: a procedure the caller may read (NOT_FOUND otherwise). */
  complianceProcedure: ComplianceProcedure;
  /** Procedures the caller may read, for dashboards: filtered, keyset-paginated (at most 100 a page). */
  complianceProcedures: ComplianceProcedureConnection;
  /** Drafts are visible to their CPNE and to Certif Pro only. */
  contextualisation?: Maybe<Contextualisation>;
  /** Contextualisations the caller may see, newest first (at most 200). */
  contextualisations: Array<Contextualisation>;
  /** Every deadline of the rules, in Europe/Paris dates. */
  deadlineRules: Array<DeadlineRule>;
  /** May this organism (SIREN) evaluate this certification, under this CPNE's contextualised referential (or none), on this date? (CTX-4, EVA-1) */
  evaluationRight: EvaluationRight;
  /** GDPR-1: the organism's own candidates' evaluations, latest first (at most 100 a page). */
  evaluations: EvaluationConnection;
  /** What each organism owes Certif Pro for a period (both ends inclusive, at most 5 years), line by line with the reason (FEE-1, FEE-2), and the payment due date (FEE-4). Organisms owing nothing are left out, unless named. Certif Pro's decision makers and staff see every organism; an organism, or its Mandataire, its own. */
  feesDue: Array<OrganismFees>;
  habilitation: Habilitation;
  /** The criteria an Instance's opinions and decisions are reasoned on (HAB-1, CTX-3). */
  habilitationCriteria: Array<HabilitationCriterion>;
  /** WDR-1: a withdrawal decision the caller may read (NOT_FOUND otherwise). */
  habilitationWithdrawal: HabilitationWithdrawal;
  /** Withdrawal decisions the caller may read, newest last (at most 100 a page). */
  habilitationWithdrawals: HabilitationWithdrawalConnection;
  /** Notified habilitations (public decisions, HAB-5), with their validity (HAB-6). */
  habilitations: HabilitationConnection;
  /** Certif Pro and the CPNEs. */
  instances: Array<Instance>;
  /** The append-only journal of an Instance's transitions and decisions, newest first (at most 100 a page). Read by the Instance's members, and by Certif Pro's for every Instance (CTX-5). `from` and `to`: a day (YYYY-MM-DD, Paris) or an ISO 8601 instant, inclusive. */
  journal: JournalEntryConnection;
  /** The authenticated caller, with its Instance and role. */
  me: Viewer;
  /** Null when the organism does not exist or is not visible to the caller (anonymous callers see none). */
  organism?: Maybe<Organism>;
  /** Organisms the caller sees, by name: its own (organism admin), those it holds a mandate in force for (Mandataire), those that applied to its Instance (CPNE), all (Certif Pro). `search` matches the name or the start of the SIREN. */
  organisms: OrganismConnection;
  /** GDPR-1: access and portability: everything held on the person, as JSON; the export is journaled. */
  personalDataExport: Scalars['JSONObject']['output'];
  /** GDPR-1: the organism's register of processing of its candidates' data (public). */
  processingRegister: Array<ProcessingActivity>;
  /** Notified habilitation decisions, as they may be made public (HAB-5), newest notification first (at most 100 a page). */
  publicDecisions: PublicDecisionConnection;
  /** The base referential, or with `context` a CPNE's published contextualisation. `version` defaults to the one in force. */
  referential: Referential;
  /** Versions of a referential; drafts are listed to Certif Pro only. */
  referentialVersions: Array<ReferentialVersion>;
  /** EVA-7: requests addressed to the caller's Instance (Certif Pro: every one), or about the organism's candidates. */
  resultsRequests: ResultsRequestConnection;
  /** Annexe 2 amounts, oldest first (FEE-4: dated, may change each year). */
  tariffs: Array<Tariff>;
  /** EVA-5: public: does this certificate exist, is it valid? The holder's initials only with its verification code. Also GET /verify/<number>. */
  verifyCertificate: CertificateVerification;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
};


export type QueryAuditArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OversightOrder>;
};


export type QueryCampaignsArgs = {
  instance?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CandidateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCertificateArgs = {
  number: Scalars['String']['input'];
};


export type QueryCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CertificateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCertificationOutcomeArgs = {
  certification: Scalars['String']['input'];
  scorePercent?: InputMaybe<Scalars['Float']['input']>;
  validatedDomains: Array<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCheckContextualisationDocumentArgs = {
  certification: Scalars['String']['input'];
  document: ContextualisationDocumentInput;
  version?: InputMaybe<Scalars['String']['input']>;
};


export type QueryComplianceProcedureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplianceProceduresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProcedureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OversightOrder>;
};


export type QueryContextualisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContextualisationsArgs = {
  certification?: InputMaybe<Scalars['String']['input']>;
  context?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ContextualisationStatus>;
};


export type QueryEvaluationRightArgs = {
  certification: Scalars['String']['input'];
  context?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['String']['input'];
  organism: Scalars['String']['input'];
};


export type QueryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFeesDueArgs = {
  invoicedOn?: InputMaybe<Scalars['String']['input']>;
  organism?: InputMaybe<Scalars['String']['input']>;
  periodEnd: Scalars['String']['input'];
  periodStart: Scalars['String']['input'];
};


export type QueryHabilitationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHabilitationCriteriaArgs = {
  instance: Scalars['String']['input'];
};


export type QueryHabilitationWithdrawalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHabilitationWithdrawalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WithdrawalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHabilitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  instance?: InputMaybe<Scalars['String']['input']>;
  organism?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJournalArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  instance: Scalars['String']['input'];
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganismArgs = {
  siren: Scalars['String']['input'];
};


export type QueryOrganismsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonalDataExportArgs = {
  candidate: Scalars['ID']['input'];
};


export type QueryProcessingRegisterArgs = {
  organism: Scalars['String']['input'];
};


export type QueryPublicDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  instance?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReferentialArgs = {
  certification: Scalars['String']['input'];
  context?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReferentialVersionsArgs = {
  certification: Scalars['String']['input'];
};


export type QueryResultsRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResultsRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyCertificateArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
};

/** HAB-6: when to apply again so that the next habilitation follows without gap. */
export type ReapplicationAdvice = {
  __typename?: 'ReapplicationAdvice';
  /** Opening of the campaign to apply in. */
  advisedFrom: Scalars['String']['output'];
  /** Last day to file in it for its meeting. */
  fileBy: Scalars['String']['output'];
  meetingOn: Scalars['String']['output'];
  /** The day the new habilitation would start. */
  newStartsOn: Scalars['String']['output'];
};

/** A referential version, base or as contextualised by a CPNE. */
export type Referential = {
  __typename?: 'Referential';
  certification: Certification;
  /** The CPNE whose contextualisation this is; null for the base. */
  context?: Maybe<Instance>;
  /** The contextualisation served, when context is set. */
  contextualisationId?: Maybe<Scalars['ID']['output']>;
  domains: Array<Domain>;
  /** Date from which this version is in force (YYYY-MM-DD). */
  effectiveFrom: Scalars['String']['output'];
  /** Source document the base wording comes from. */
  source: Scalars['String']['output'];
  status: ReferentialVersionStatus;
  /** Competences of the transversal dimension; they stay in their domains. */
  transversalCompetences: Array<Competence>;
  transversalTitle?: Maybe<Scalars['String']['output']>;
  version: Scalars['String']['output'];
};

export type ReferentialVersion = {
  __typename?: 'ReferentialVersion';
  effectiveFrom: Scalars['String']['output'];
  /** True for the version in force today. */
  inForce: Scalars['Boolean']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: ReferentialVersionStatus;
  version: Scalars['String']['output'];
};

export type ReferentialVersionStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** WDR-1: a written refusal (its receipt) or one the Instance observed. */
export type RefusalKind =
  | 'OBSERVED'
  | 'WRITTEN';

export type RefusedCriterion = {
  __typename?: 'RefusedCriterion';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** EVA-8: every item is needed before a remote evaluation is validated. */
export type RemoteEvaluationInput = {
  feasibilityCheckedOn?: InputMaybe<Scalars['String']['input']>;
  identityCheckMethod?: InputMaybe<Scalars['String']['input']>;
  identityCheckedOn?: InputMaybe<Scalars['String']['input']>;
  pathTraceability?: InputMaybe<Scalars['String']['input']>;
  reinforcedSupport?: InputMaybe<Scalars['String']['input']>;
  synchronousPhases?: InputMaybe<Array<DatedMinutesInput>>;
};

/** EVA-8: what a remote evaluation records. */
export type RemoteEvaluationRecord = {
  __typename?: 'RemoteEvaluationRecord';
  feasibilityCheckedOn?: Maybe<Scalars['String']['output']>;
  /** How the identity was checked; never a copy of the document. */
  identityCheckMethod?: Maybe<Scalars['String']['output']>;
  identityCheckedOn?: Maybe<Scalars['String']['output']>;
  pathTraceability?: Maybe<Scalars['String']['output']>;
  reinforcedSupport?: Maybe<Scalars['String']['output']>;
  synchronousPhases: Array<DatedMinutes>;
};

/** HAB-6: renewed once, automatically, if used and neither suspended nor withdrawn. */
export type Renewal = {
  __typename?: 'Renewal';
  applies: Scalars['Boolean']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

/** EVA-7, art. 7: in writing, by registered letter with acknowledgement. */
export type RequestChannel =
  | 'OTHER'
  | 'REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT';

/** EVA-4: the results per domain and competence, in the wording the person was evaluated against. */
export type ResultsMatrix = {
  __typename?: 'ResultsMatrix';
  certification: Scalars['String']['output'];
  certificationName: Scalars['String']['output'];
  /** The CPNE whose contextualised wording was used. */
  context?: Maybe<Scalars['String']['output']>;
  contextName?: Maybe<Scalars['String']['output']>;
  domains: Array<MatrixDomain>;
  referentialVersion: Scalars['String']['output'];
};

/** EVA-7: a request to the certifier, and its decision. */
export type ResultsRequest = {
  __typename?: 'ResultsRequest';
  addressedTo: Scalars['String']['output'];
  /** Null once the person's data is erased. */
  candidateId?: Maybe<Scalars['ID']['output']>;
  certifier: Scalars['String']['output'];
  channel: RequestChannel;
  /** The last day it could be sent: one month after the results were communicated. */
  deadline: Scalars['String']['output'];
  decidedOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ResultsRequestKind;
  organism: OrganismSummary;
  outcome?: Maybe<ResultsRequestOutcome>;
  reasons?: Maybe<Scalars['String']['output']>;
  receivedOn: Scalars['String']['output'];
  resultsCommunicatedOn: Scalars['String']['output'];
  rowVersion: Scalars['Int']['output'];
  sentOn: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type ResultsRequestConnection = {
  __typename?: 'ResultsRequestConnection';
  edges: Array<ResultsRequestEdge>;
  nodes: Array<ResultsRequest>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResultsRequestEdge = {
  __typename?: 'ResultsRequestEdge';
  cursor: Scalars['String']['output'];
  node: ResultsRequest;
};

export type ResultsRequestFilter = {
  kind?: InputMaybe<ResultsRequestKind>;
  /** OPEN or DECIDED. */
  status?: InputMaybe<Scalars['String']['input']>;
};

export type ResultsRequestInput = {
  channel: RequestChannel;
  kind: ResultsRequestKind;
  receivedOn: Scalars['String']['input'];
  /** Postmark of the letter. */
  sentOn: Scalars['String']['input'];
};

/** EVA-7: consulting the jury minutes, or contesting the results. */
export type ResultsRequestKind =
  | 'CONSULT_MINUTES'
  | 'CONTEST_RESULTS';

/** GRANTED: a consultation; UPHELD or DISMISSED: a contest. */
export type ResultsRequestOutcome =
  | 'DISMISSED'
  | 'GRANTED'
  | 'UPHELD';

/** CMP-4: the Instance's reasoned decision on the justification. */
export type RoundDecision = {
  __typename?: 'RoundDecision';
  decidedOn: Scalars['String']['output'];
  kind: JustificationOutcome;
  notifiedOn?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

/** One candidate's evaluation in a session. */
export type SessionResultRowInput = {
  assessments: Array<AssessmentInput>;
  candidateReference: Scalars['String']['input'];
  evaluators: Array<Scalars['ID']['input']>;
  kind: EvaluationKind;
  /** Present for a remote evaluation. */
  remote?: InputMaybe<RemoteEvaluationInput>;
  scorePercent?: InputMaybe<Scalars['Float']['input']>;
  sittings: Array<DatedMinutesInput>;
};

/** A whole session recorded at once: every row, or none. */
export type SessionResults = {
  __typename?: 'SessionResults';
  evaluations: Array<Evaluation>;
  recorded: Scalars['Int']['output'];
};

/** A change of situation reported by the organism (HAB-7). */
export type SituationChange = {
  __typename?: 'SituationChange';
  changedOn: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** 30 days after the change (HAB-7). */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SituationChangeKind;
  /** The kind, in French. */
  kindLabel: Scalars['String']['output'];
  /** Reported after its due date. */
  late: Scalars['Boolean']['output'];
  reportedOn: Scalars['String']['output'];
};

/** Changes of situation an organism reports to its Instances within 30 days (HAB-7). */
export type SituationChangeKind =
  /** Changement de numéro de déclaration d'activité */
  | 'ACTIVITY_DECLARATION_NUMBER'
  /** Cession d'activité */
  | 'ACTIVITY_TRANSFER'
  /** Cessation d'activité */
  | 'CESSATION'
  /** Scission */
  | 'DEMERGER'
  /** Changement d'évaluateurs */
  | 'EVALUATORS_CHANGED'
  /** Changement d'adresse du siège social */
  | 'HEAD_OFFICE_ADDRESS'
  /** Changement de statut juridique */
  | 'LEGAL_FORM'
  /** Liquidation judiciaire */
  | 'LIQUIDATION'
  /** Changement de dirigeants */
  | 'MANAGERS'
  /** Fusion */
  | 'MERGER'
  /** Changement de dénomination */
  | 'NAME'
  /** Ouverture d'un nouvel établissement */
  | 'NEW_ESTABLISHMENT'
  /** Autre changement relatif à la situation */
  | 'OTHER'
  /** Perte de la certification Qualiopi */
  | 'QUALIOPI_LOST'
  /** Redressement judiciaire */
  | 'RECEIVERSHIP'
  /** Procédure de sauvegarde */
  | 'SAFEGUARD'
  /** Modification de la liste des établissements et sites délivrant CléA management */
  | 'SITES_CHANGED';

export type StatedChange = {
  __typename?: 'StatedChange';
  criterionCode: Scalars['String']['output'];
  criterionLabel: Scalars['String']['output'];
  description: Scalars['String']['output'];
};

export type StatedChangeInput = {
  criterionCode: Scalars['String']['input'];
  description: Scalars['String']['input'];
};

/** One way a document departs from the referential's structure (CTX-2). */
export type StructureViolation = {
  __typename?: 'StructureViolation';
  code: Scalars['String']['output'];
  kind: StructureViolationKind;
  message: Scalars['String']['output'];
};

/** Kinds listed in extensions.violations of a REFERENTIAL_STRUCTURE_VIOLATION error (CTX-2). */
export type StructureViolationKind =
  | 'ADDED'
  | 'DUPLICATED'
  | 'MISPLACED'
  | 'REMOVED';

/** WDR-1, CMP-1: a period the habilitation is suspended, under a compliance procedure (public dates; the procedure is not). */
export type Suspension = {
  __typename?: 'Suspension';
  /** Last day, inclusive; null while the procedure's outcome is unknown. */
  endsOn?: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['String']['output'];
};

/** Annexe 2 amounts, net of VAT, from a date until the next tariff (FEE-4). */
export type Tariff = {
  __typename?: 'Tariff';
  /** FEE-1, formatted ("330,00 €"). */
  applicationAmount: Scalars['String']['output'];
  /** FEE-1, in cents. */
  applicationCents: Scalars['Int']['output'];
  certificateAmount: Scalars['String']['output'];
  /** FEE-3, in cents. */
  certificateCents: Scalars['Int']['output'];
  siteAnnualAmount: Scalars['String']['output'];
  /** FEE-2, in cents. */
  siteAnnualCents: Scalars['Int']['output'];
  validFrom: Scalars['String']['output'];
  /** Day before the next tariff; null for the latest. */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** EVA-2: the training path after the preliminary evaluation; EVA-3: its trainer never evaluates the person nor sits on their jury. */
export type Training = {
  __typename?: 'Training';
  id: Scalars['ID']['output'];
  startsOn: Scalars['String']['output'];
  trainer: PersonOnPath;
};

export type UserRole =
  /** Takes the Instance's decisions (INS-1). */
  | 'DECISION_MAKER'
  /** Files and follows applications for the organisms that gave it a mandate (HAB-2). */
  | 'MANDATAIRE'
  /** Member of an organism: sees and edits its own organism and applications. */
  | 'ORGANISM_ADMIN'
  /** Prestataire working for the Instance: instructs, never decides (INS-2). */
  | 'PROVIDER'
  /** Service compétent de l'Instance: instructs, never decides (INS-2). */
  | 'STAFF';

/** The authenticated caller. */
export type Viewer = {
  __typename?: 'Viewer';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  instance?: Maybe<Instance>;
  role: UserRole;
};

export type WithdrawalAction =
  | 'NOTIFY';

/** WDR-1: the four withdrawal cases (the first with its two dates). */
export type WithdrawalCase =
  | 'AUDIT_REFUSAL'
  | 'EDOF_ALERT'
  | 'NOTICE_DATE'
  | 'PROCEDURE_DECISION'
  | 'RELAPSE';

export type WithdrawalFilter = {
  case?: InputMaybe<Array<WithdrawalCase>>;
  habilitation?: InputMaybe<Scalars['ID']['input']>;
  /** Instance code (the granting one) */
  instance?: InputMaybe<Scalars['String']['input']>;
  /** Notified (binding) or still to notify */
  notified?: InputMaybe<Scalars['Boolean']['input']>;
  /** SIREN */
  organism?: InputMaybe<Scalars['String']['input']>;
};

export type WithdrawalPhase =
  | 'DECIDED'
  | 'NOTIFIED';

/** One word-level change from the base wording to the contextualised one. */
export type WordingDiffSegment = {
  __typename?: 'WordingDiffSegment';
  kind: DiffSegmentKind;
  text: Scalars['String']['output'];
};

export type ApplicationFieldsFragment = { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null };

export type HabilitationFieldsFragment = { __typename?: 'Habilitation', id: string, instanceCode: string, certificationCode: string, professionalField?: string | null, notifiedOn: string, firstUsedOn?: string | null, status: HabilitationStatus, firstPeriodEnd: string, maximumEnd: string, lastValidDay: string, withdrawnOn?: string | null, startsOn: string, contextualised: boolean, firstUseCertificate?: string | null, renunciationSentOn?: string | null, renunciationReceivedOn?: string | null, renunciationEffectiveOn?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, renewal: { __typename?: 'Renewal', applies: boolean, reason?: string | null }, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, reapplication?: { __typename?: 'ReapplicationAdvice', advisedFrom: string, fileBy: string, meetingOn: string, newStartsOn: string } | null };

export type CampaignsQueryVariables = Exact<{
  instance?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, certificationCode: string, opensOn: string, closesOn: string, meetings: Array<{ __typename?: 'Meeting', id: string, meetsOn: string }> }> };

export type HabilitationCriteriaQueryVariables = Exact<{
  instance: Scalars['String']['input'];
}>;


export type HabilitationCriteriaQuery = { __typename?: 'Query', habilitationCriteria: Array<{ __typename?: 'HabilitationCriterion', code: string, label: string, origin: string }> };

export type ApplicationsQueryVariables = Exact<{
  filter?: InputMaybe<ApplicationFilter>;
  orderBy?: InputMaybe<ApplicationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApplicationsQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null }> } };

export type ApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationQuery = { __typename?: 'Query', application?: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } | null };

export type HabilitationsQueryVariables = Exact<{
  organism?: InputMaybe<Scalars['String']['input']>;
  instance?: InputMaybe<Scalars['String']['input']>;
}>;


export type HabilitationsQuery = { __typename?: 'Query', habilitations: { __typename?: 'HabilitationConnection', totalCount: number, nodes: Array<{ __typename?: 'Habilitation', id: string, instanceCode: string, certificationCode: string, professionalField?: string | null, notifiedOn: string, firstUsedOn?: string | null, status: HabilitationStatus, firstPeriodEnd: string, maximumEnd: string, lastValidDay: string, withdrawnOn?: string | null, startsOn: string, contextualised: boolean, firstUseCertificate?: string | null, renunciationSentOn?: string | null, renunciationReceivedOn?: string | null, renunciationEffectiveOn?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, renewal: { __typename?: 'Renewal', applies: boolean, reason?: string | null }, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, reapplication?: { __typename?: 'ReapplicationAdvice', advisedFrom: string, fileBy: string, meetingOn: string, newStartsOn: string } | null }> } };

export type EvaluationRightQueryVariables = Exact<{
  organism: Scalars['String']['input'];
  certification: Scalars['String']['input'];
  date: Scalars['String']['input'];
  context?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluationRightQuery = { __typename?: 'Query', evaluationRight: { __typename?: 'EvaluationRight', allowed: boolean, reason: string, habilitation?: { __typename?: 'Habilitation', id: string, instanceCode: string } | null } };

export type CreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, name: string, notificationWorkingDays?: number | null, meetings: Array<{ __typename?: 'Meeting', id: string, meetsOn: string }> } };

export type AddHabilitationCriterionMutationVariables = Exact<{
  instance: Scalars['String']['input'];
  code: Scalars['String']['input'];
  label: Scalars['String']['input'];
}>;


export type AddHabilitationCriterionMutation = { __typename?: 'Mutation', addHabilitationCriterion: Array<{ __typename?: 'HabilitationCriterion', code: string, label: string, origin: string }> };

export type CreateApplicationMutationVariables = Exact<{
  organism: Scalars['String']['input'];
  campaign: Scalars['ID']['input'];
}>;


export type CreateApplicationMutation = { __typename?: 'Mutation', createApplication: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type FileApplicationMutationVariables = Exact<{
  application: Scalars['ID']['input'];
}>;


export type FileApplicationMutation = { __typename?: 'Mutation', fileApplication: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type RequestComplementMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  request: Scalars['String']['input'];
}>;


export type RequestComplementMutation = { __typename?: 'Mutation', requestComplement: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type ProvideComplementMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ProvideComplementMutation = { __typename?: 'Mutation', provideComplement: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type DeclareCompleteMutationVariables = Exact<{
  application: Scalars['ID']['input'];
}>;


export type DeclareCompleteMutation = { __typename?: 'Mutation', declareComplete: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type StartInstructionMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  meeting: Scalars['ID']['input'];
}>;


export type StartInstructionMutation = { __typename?: 'Mutation', startInstruction: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type ScheduleAuditionMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  auditionOn: Scalars['String']['input'];
}>;


export type ScheduleAuditionMutation = { __typename?: 'Mutation', scheduleAudition: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type IssueOpinionMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  assessments: Array<CriterionAssessmentInput> | CriterionAssessmentInput;
}>;


export type IssueOpinionMutation = { __typename?: 'Mutation', issueOpinion: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type DecideApplicationMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  outcome: DecisionOutcome;
  assessments: Array<CriterionAssessmentInput> | CriterionAssessmentInput;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DecideApplicationMutation = { __typename?: 'Mutation', decideApplication: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type NotifyDecisionMutationVariables = Exact<{
  application: Scalars['ID']['input'];
}>;


export type NotifyDecisionMutation = { __typename?: 'Mutation', notifyDecision: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type AppealDecisionMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  grounds: Scalars['String']['input'];
}>;


export type AppealDecisionMutation = { __typename?: 'Mutation', appealDecision: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type AcknowledgeAppealMutationVariables = Exact<{
  application: Scalars['ID']['input'];
}>;


export type AcknowledgeAppealMutation = { __typename?: 'Mutation', acknowledgeAppeal: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type DecideAppealMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  upheld: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type DecideAppealMutation = { __typename?: 'Mutation', decideAppeal: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  application: Scalars['ID']['input'];
}>;


export type WithdrawApplicationMutation = { __typename?: 'Mutation', withdrawApplication: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type RenounceHabilitationMutationVariables = Exact<{
  habilitation: Scalars['ID']['input'];
  noticeSentOn: Scalars['String']['input'];
}>;


export type RenounceHabilitationMutation = { __typename?: 'Mutation', renounceHabilitation: { __typename?: 'Habilitation', id: string, instanceCode: string, certificationCode: string, professionalField?: string | null, notifiedOn: string, firstUsedOn?: string | null, status: HabilitationStatus, firstPeriodEnd: string, maximumEnd: string, lastValidDay: string, withdrawnOn?: string | null, startsOn: string, contextualised: boolean, firstUseCertificate?: string | null, renunciationSentOn?: string | null, renunciationReceivedOn?: string | null, renunciationEffectiveOn?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, renewal: { __typename?: 'Renewal', applies: boolean, reason?: string | null }, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, reapplication?: { __typename?: 'ReapplicationAdvice', advisedFrom: string, fileBy: string, meetingOn: string, newStartsOn: string } | null } };

export type RecordRenunciationReceiptMutationVariables = Exact<{
  habilitation: Scalars['ID']['input'];
  noticeReceivedOn: Scalars['String']['input'];
}>;


export type RecordRenunciationReceiptMutation = { __typename?: 'Mutation', recordRenunciationReceipt: { __typename?: 'Habilitation', id: string, instanceCode: string, certificationCode: string, professionalField?: string | null, notifiedOn: string, firstUsedOn?: string | null, status: HabilitationStatus, firstPeriodEnd: string, maximumEnd: string, lastValidDay: string, withdrawnOn?: string | null, startsOn: string, contextualised: boolean, firstUseCertificate?: string | null, renunciationSentOn?: string | null, renunciationReceivedOn?: string | null, renunciationEffectiveOn?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, renewal: { __typename?: 'Renewal', applies: boolean, reason?: string | null }, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, reapplication?: { __typename?: 'ReapplicationAdvice', advisedFrom: string, fileBy: string, meetingOn: string, newStartsOn: string } | null } };

export type ScheduleAppealDecisionMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  meeting: Scalars['ID']['input'];
}>;


export type ScheduleAppealDecisionMutation = { __typename?: 'Mutation', scheduleAppealDecision: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type StateChangesSinceRefusalMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  changes: Array<StatedChangeInput> | StatedChangeInput;
}>;


export type StateChangesSinceRefusalMutation = { __typename?: 'Mutation', stateChangesSinceRefusal: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type DeadlineRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineRulesQuery = { __typename?: 'Query', deadlineRules: Array<{ __typename?: 'DeadlineRule', id: string, rule: string, source: string, label: string, amount: number, unit: string, direction: string, anchor: string }> };

export type RescheduleInstructionMutationVariables = Exact<{
  application: Scalars['ID']['input'];
  meeting: Scalars['ID']['input'];
}>;


export type RescheduleInstructionMutation = { __typename?: 'Mutation', rescheduleInstruction: { __typename?: 'Application', id: string, status: ApplicationStatus, statusLabel: string, instanceCode: string, certificationCode: string, professionalField?: string | null, mandataireName?: string | null, filedOn?: string | null, receiptNumber?: string | null, complementRequest?: string | null, completedOn?: string | null, meetingOn?: string | null, convocationOn?: string | null, auditionOn?: string | null, opinionOn?: string | null, decidedOn?: string | null, durationMonths?: number | null, notifiedOn?: string | null, appealFiledOn?: string | null, appealAcknowledgedOn?: string | null, appealMeetingOn?: string | null, appealDecidedOn?: string | null, appealNotifiedOn?: string | null, allowedActions: Array<ApplicationAction>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, refusedBefore: Array<{ __typename?: 'RefusedCriterion', code: string, label: string }>, statedChanges: Array<{ __typename?: 'StatedChange', criterionCode: string, criterionLabel: string, description: string }>, opinion: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, met: boolean, reason: string }>, decision: Array<{ __typename?: 'CriterionAssessment', criterionCode: string, criterionLabel: string, met: boolean, reason: string }>, pendingStep?: { __typename?: 'PendingStep', rule: string, label: string, dueOn: string, overdue: boolean } | null } };

export type ApplicationInputsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationInputsQuery = { __typename?: 'Query', application?: { __typename?: 'Application', id: string, instanceCode: string, criteria: Array<{ __typename?: 'HabilitationCriterion', code: string }>, campaign: { __typename?: 'Campaign', meetings: Array<{ __typename?: 'Meeting', id: string, meetsOn: string }> } } | null };

export type ContextualisationFieldsFragment = { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> };

export type ContextualisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContextualisationQuery = { __typename?: 'Query', contextualisation?: { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, referential: { __typename?: 'Referential', version: string, status: ReferentialVersionStatus, effectiveFrom: string, contextualisationId?: string | null, transversalTitle?: string | null, certification: { __typename?: 'Certification', code: string, name: string }, context?: { __typename?: 'Instance', code: string, name: string, kind: InstanceKind, professionalField?: string | null } | null, transversalCompetences: Array<{ __typename?: 'Competence', code: string, title: string }>, domains: Array<{ __typename?: 'Domain', code: string, title: string, baseTitle: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, competences: Array<{ __typename?: 'Competence', code: string, title: string, shortTitle?: string | null, baseTitle: string, contextualised: boolean, transversal: boolean, criteriaLead?: string | null, domainCode: string, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, criteria: Array<{ __typename?: 'Criterion', code: string, kind: CriterionKind, text: string, baseText: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }> }> }> }> }, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> } | null };

export type ContextualisationsQueryVariables = Exact<{
  context?: InputMaybe<Scalars['String']['input']>;
  certification?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ContextualisationStatus>;
}>;


export type ContextualisationsQuery = { __typename?: 'Query', contextualisations: Array<{ __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> }> };

export type CheckContextualisationDocumentQueryVariables = Exact<{
  certification: Scalars['String']['input'];
  document: ContextualisationDocumentInput;
}>;


export type CheckContextualisationDocumentQuery = { __typename?: 'Query', checkContextualisationDocument: Array<{ __typename?: 'StructureViolation', kind: StructureViolationKind, code: string, message: string }> };

export type StartContextualisationMutationVariables = Exact<{
  context: Scalars['String']['input'];
  certification: Scalars['String']['input'];
}>;


export type StartContextualisationMutation = { __typename?: 'Mutation', startContextualisation: { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> } };

export type SetWordingMutationVariables = Exact<{
  contextualisation: Scalars['ID']['input'];
  target: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SetWordingMutation = { __typename?: 'Mutation', setWording: { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, referential: { __typename?: 'Referential', version: string, status: ReferentialVersionStatus, effectiveFrom: string, contextualisationId?: string | null, transversalTitle?: string | null, certification: { __typename?: 'Certification', code: string, name: string }, context?: { __typename?: 'Instance', code: string, name: string, kind: InstanceKind, professionalField?: string | null } | null, transversalCompetences: Array<{ __typename?: 'Competence', code: string, title: string }>, domains: Array<{ __typename?: 'Domain', code: string, title: string, baseTitle: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, competences: Array<{ __typename?: 'Competence', code: string, title: string, shortTitle?: string | null, baseTitle: string, contextualised: boolean, transversal: boolean, criteriaLead?: string | null, domainCode: string, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, criteria: Array<{ __typename?: 'Criterion', code: string, kind: CriterionKind, text: string, baseText: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }> }> }> }> }, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> } };

export type SaveContextualisationMutationVariables = Exact<{
  contextualisation: Scalars['ID']['input'];
  document: ContextualisationDocumentInput;
}>;


export type SaveContextualisationMutation = { __typename?: 'Mutation', saveContextualisation: { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, referential: { __typename?: 'Referential', version: string, status: ReferentialVersionStatus, effectiveFrom: string, contextualisationId?: string | null, transversalTitle?: string | null, certification: { __typename?: 'Certification', code: string, name: string }, context?: { __typename?: 'Instance', code: string, name: string, kind: InstanceKind, professionalField?: string | null } | null, transversalCompetences: Array<{ __typename?: 'Competence', code: string, title: string }>, domains: Array<{ __typename?: 'Domain', code: string, title: string, baseTitle: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, competences: Array<{ __typename?: 'Competence', code: string, title: string, shortTitle?: string | null, baseTitle: string, contextualised: boolean, transversal: boolean, criteriaLead?: string | null, domainCode: string, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, criteria: Array<{ __typename?: 'Criterion', code: string, kind: CriterionKind, text: string, baseText: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }> }> }> }> }, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> } };

export type SubmitContextualisationMutationVariables = Exact<{
  contextualisation: Scalars['ID']['input'];
}>;


export type SubmitContextualisationMutation = { __typename?: 'Mutation', submitContextualisation: { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> } };

export type ApproveContextualisationMutationVariables = Exact<{
  contextualisation: Scalars['ID']['input'];
}>;


export type ApproveContextualisationMutation = { __typename?: 'Mutation', approveContextualisation: { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> } };

export type RejectContextualisationMutationVariables = Exact<{
  contextualisation: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectContextualisationMutation = { __typename?: 'Mutation', rejectContextualisation: { __typename?: 'Contextualisation', id: string, status: ContextualisationStatus, baseVersion: string, outdated: boolean, rejectionReason?: string | null, context: { __typename?: 'Instance', code: string }, certification: { __typename?: 'Certification', code: string }, baseChanges: Array<{ __typename?: 'BaseItemChange', code: string, kind: BaseChangeKind, previousText?: string | null, currentText?: string | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', email: string, role: UserRole, instance?: { __typename?: 'Instance', code: string, kind: InstanceKind } | null } };

export type EvaluationFieldsFragment = { __typename?: 'Evaluation', id: string, candidateId: string, kind: EvaluationKind, heldOn: string, recordedOn: string, totalMinutes: number, scorePercent?: number | null, remote: boolean, evaluators: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }>, sittings: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }>, assessments: Array<{ __typename?: 'Assessment', code: string, acquired: boolean }>, remoteRecord?: { __typename?: 'RemoteEvaluationRecord', identityCheckedOn?: string | null, identityCheckMethod?: string | null, pathTraceability?: string | null, reinforcedSupport?: string | null, feasibilityCheckedOn?: string | null, synchronousPhases: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }> } | null };

export type CertificateFieldsFragment = { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } };

export type CandidateFieldsFragment = { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null };

export type ResultsRequestFieldsFragment = { __typename?: 'ResultsRequest', id: string, candidateId?: string | null, kind: ResultsRequestKind, channel: RequestChannel, sentOn: string, receivedOn: string, resultsCommunicatedOn: string, deadline: string, addressedTo: string, certifier: string, status: string, outcome?: ResultsRequestOutcome | null, reasons?: string | null, decidedOn?: string | null, rowVersion: number, organism: { __typename?: 'OrganismSummary', siren: string, name: string } };

export type CandidateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CandidateQuery = { __typename?: 'Query', candidate: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, evaluations: Array<{ __typename?: 'Evaluation', id: string, candidateId: string, kind: EvaluationKind, heldOn: string, recordedOn: string, totalMinutes: number, scorePercent?: number | null, remote: boolean, evaluators: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }>, sittings: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }>, assessments: Array<{ __typename?: 'Assessment', code: string, acquired: boolean }>, remoteRecord?: { __typename?: 'RemoteEvaluationRecord', identityCheckedOn?: string | null, identityCheckMethod?: string | null, pathTraceability?: string | null, reinforcedSupport?: string | null, feasibilityCheckedOn?: string | null, synchronousPhases: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }> } | null }>, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type CandidateMatrixQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CandidateMatrixQuery = { __typename?: 'Query', candidate: { __typename?: 'Candidate', id: string, resultsMatrix: { __typename?: 'ResultsMatrix', certification: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, domains: Array<{ __typename?: 'MatrixDomain', code: string, title: string, contextualised: boolean, validatedOn?: string | null, competences: Array<{ __typename?: 'MatrixCompetence', code: string, title: string, contextualised: boolean, acquiredOn?: string | null }> }> } } };

export type CandidatesQueryVariables = Exact<{
  filter?: InputMaybe<CandidateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CandidatesQuery = { __typename?: 'Query', candidates: { __typename?: 'CandidateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, person?: { __typename?: 'CandidatePerson', lastName: string } | null, standing: { __typename?: 'PathStanding', remainingDomains: Array<string> }, certificate?: { __typename?: 'Certificate', number: string } | null }> } };

export type EvaluationsQueryVariables = Exact<{
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluationsQuery = { __typename?: 'Query', evaluations: { __typename?: 'EvaluationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Evaluation', id: string, candidateId: string, kind: EvaluationKind, heldOn: string, recordedOn: string, totalMinutes: number, scorePercent?: number | null, remote: boolean, evaluators: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }>, sittings: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }>, assessments: Array<{ __typename?: 'Assessment', code: string, acquired: boolean }>, remoteRecord?: { __typename?: 'RemoteEvaluationRecord', identityCheckedOn?: string | null, identityCheckMethod?: string | null, pathTraceability?: string | null, reinforcedSupport?: string | null, feasibilityCheckedOn?: string | null, synchronousPhases: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }> } | null }> } };

export type CertificatesQueryVariables = Exact<{
  filter?: InputMaybe<CertificateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CertificatesQuery = { __typename?: 'Query', certificates: { __typename?: 'CertificateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } }> } };

export type CertificateQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type CertificateQuery = { __typename?: 'Query', certificate: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, holder?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string } | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } };

export type VerifyCertificateQueryVariables = Exact<{
  number: Scalars['String']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
}>;


export type VerifyCertificateQuery = { __typename?: 'Query', verifyCertificate: { __typename?: 'CertificateVerification', found: boolean, number?: string | null, certificationName?: string | null, referentialVersion?: string | null, deliveredOn?: string | null, deliveredInNameOf?: string | null, valid?: boolean | null, statusLabel?: string | null, holderInitials?: string | null, message: string } };

export type ResultsRequestsQueryVariables = Exact<{
  filter?: InputMaybe<ResultsRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResultsRequestsQuery = { __typename?: 'Query', resultsRequests: { __typename?: 'ResultsRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'ResultsRequest', id: string, candidateId?: string | null, kind: ResultsRequestKind, channel: RequestChannel, sentOn: string, receivedOn: string, resultsCommunicatedOn: string, deadline: string, addressedTo: string, certifier: string, status: string, outcome?: ResultsRequestOutcome | null, reasons?: string | null, decidedOn?: string | null, rowVersion: number, organism: { __typename?: 'OrganismSummary', siren: string, name: string } }> } };

export type ProcessingRegisterQueryVariables = Exact<{
  organism: Scalars['String']['input'];
}>;


export type ProcessingRegisterQuery = { __typename?: 'Query', processingRegister: Array<{ __typename?: 'ProcessingActivity', code: string, name: string, controller: string, purpose: string, dataSubjects: string, data: Array<string>, recipients: Array<string>, retention: string }> };

export type PersonalDataExportQueryVariables = Exact<{
  candidate: Scalars['ID']['input'];
}>;


export type PersonalDataExportQuery = { __typename?: 'Query', personalDataExport: any };

export type EnrolCandidateMutationVariables = Exact<{
  organism: Scalars['String']['input'];
  input: EnrolCandidateInput;
}>;


export type EnrolCandidateMutation = { __typename?: 'Mutation', enrolCandidate: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type RectifyCandidateMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  person: CandidatePersonInput;
}>;


export type RectifyCandidateMutation = { __typename?: 'Mutation', rectifyCandidate: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type AddAccommodationMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  input: AccommodationInput;
}>;


export type AddAccommodationMutation = { __typename?: 'Mutation', addAccommodation: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type RemoveAccommodationMutationVariables = Exact<{
  accommodation: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
}>;


export type RemoveAccommodationMutation = { __typename?: 'Mutation', removeAccommodation: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type RecordTrainingMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  trainer: Scalars['ID']['input'];
  startsOn: Scalars['String']['input'];
}>;


export type RecordTrainingMutation = { __typename?: 'Mutation', recordTraining: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type RecordEvaluationMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  input: EvaluationInput;
}>;


export type RecordEvaluationMutation = { __typename?: 'Mutation', recordEvaluation: { __typename?: 'Evaluation', id: string, candidateId: string, kind: EvaluationKind, heldOn: string, recordedOn: string, totalMinutes: number, scorePercent?: number | null, remote: boolean, evaluators: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }>, sittings: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }>, assessments: Array<{ __typename?: 'Assessment', code: string, acquired: boolean }>, remoteRecord?: { __typename?: 'RemoteEvaluationRecord', identityCheckedOn?: string | null, identityCheckMethod?: string | null, pathTraceability?: string | null, reinforcedSupport?: string | null, feasibilityCheckedOn?: string | null, synchronousPhases: Array<{ __typename?: 'DatedMinutes', heldOn: string, minutes: number }> } | null } };

export type RecordSessionResultsMutationVariables = Exact<{
  organism: Scalars['String']['input'];
  rows: Array<SessionResultRowInput> | SessionResultRowInput;
}>;


export type RecordSessionResultsMutation = { __typename?: 'Mutation', recordSessionResults: { __typename?: 'SessionResults', recorded: number, evaluations: Array<{ __typename?: 'Evaluation', id: string, candidateId: string, kind: EvaluationKind, heldOn: string }> } };

export type RecordJuryDecisionMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  input: JuryDecisionInput;
}>;


export type RecordJuryDecisionMutation = { __typename?: 'Mutation', recordJuryDecision: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type CommunicateResultsMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  communicatedOn: Scalars['String']['input'];
}>;


export type CommunicateResultsMutation = { __typename?: 'Mutation', communicateResults: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type SetProcessingLimitMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  limit: ProcessingLimitKind;
  since: Scalars['String']['input'];
}>;


export type SetProcessingLimitMutation = { __typename?: 'Mutation', setProcessingLimit: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type LiftProcessingLimitMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  limit: ProcessingLimitKind;
}>;


export type LiftProcessingLimitMutation = { __typename?: 'Mutation', liftProcessingLimit: { __typename?: 'Candidate', id: string, reference: string, enrolledOn: string, status: CandidateStatus, rowVersion: number, certificationCode: string, habilitationId: string, referentialVersion: string, context?: string | null, resultsCommunicatedOn?: string | null, resultsRequestDeadline?: string | null, restrictedSince?: string | null, objectedSince?: string | null, resultsMatrixPdfPath: string, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, person?: { __typename?: 'CandidatePerson', lastName: string, firstNames: string, birthDate: string, email?: string | null, postalAddress?: string | null } | null, accommodations: Array<{ __typename?: 'Accommodation', id: string, kind: AccommodationKind, label: string, description: string, extraMinutes?: number | null }>, trainings: Array<{ __typename?: 'Training', id: string, startsOn: string, trainer: { __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string } }>, standing: { __typename?: 'PathStanding', preliminaryOn?: string | null, pathEndsOn?: string | null, lapsed: boolean, validatedDomains: Array<string>, remainingDomains: Array<string>, remainingCompetences: Array<string>, scorePercent?: number | null }, juryProposal: { __typename?: 'JuryProposal', allDomainsValidated: boolean, validatedDomains: Array<string>, missingDomains: Array<string>, reason?: string | null, notice: string }, juryDecisions: Array<{ __typename?: 'JuryDecision', id: string, outcome: JuryOutcome, decidedOn: string, validatedDomains: Array<string>, reason?: string | null, minutes: string, departures: Array<{ __typename?: 'JuryDeparture', domainCode: string, reason: string }>, members: Array<{ __typename?: 'PersonOnPath', intervenantId?: string | null, fullName: string }> }>, certificate?: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } | null } };

export type EraseCandidateMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
}>;


export type EraseCandidateMutation = { __typename?: 'Mutation', eraseCandidate: { __typename?: 'ErasureReport', erased: Array<string>, kept: Array<string>, endedPath: boolean, certificateNumber?: string | null } };

export type InstructDestructionMutationVariables = Exact<{
  habilitation: Scalars['ID']['input'];
}>;


export type InstructDestructionMutation = { __typename?: 'Mutation', instructDestruction: { __typename?: 'DestructionReport', destroyed: number, certificatesKept: number, erased: Array<string>, kept: Array<string>, deferred: Array<{ __typename?: 'DeferredCandidate', candidateId: string, enrolledOn: string }> } };

export type RecordResultsRequestMutationVariables = Exact<{
  candidate: Scalars['ID']['input'];
  input: ResultsRequestInput;
}>;


export type RecordResultsRequestMutation = { __typename?: 'Mutation', recordResultsRequest: { __typename?: 'ResultsRequest', id: string, candidateId?: string | null, kind: ResultsRequestKind, channel: RequestChannel, sentOn: string, receivedOn: string, resultsCommunicatedOn: string, deadline: string, addressedTo: string, certifier: string, status: string, outcome?: ResultsRequestOutcome | null, reasons?: string | null, decidedOn?: string | null, rowVersion: number, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } };

export type DecideResultsRequestMutationVariables = Exact<{
  request: Scalars['ID']['input'];
  rowVersion: Scalars['Int']['input'];
  outcome: ResultsRequestOutcome;
  reasons: Scalars['String']['input'];
}>;


export type DecideResultsRequestMutation = { __typename?: 'Mutation', decideResultsRequest: { __typename?: 'ResultsRequest', id: string, candidateId?: string | null, kind: ResultsRequestKind, channel: RequestChannel, sentOn: string, receivedOn: string, resultsCommunicatedOn: string, deadline: string, addressedTo: string, certifier: string, status: string, outcome?: ResultsRequestOutcome | null, reasons?: string | null, decidedOn?: string | null, rowVersion: number, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } };

export type RevokeCertificateMutationVariables = Exact<{
  number: Scalars['String']['input'];
  rowVersion: Scalars['Int']['input'];
  revokedOn: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevokeCertificateMutation = { __typename?: 'Mutation', revokeCertificate: { __typename?: 'Certificate', number: string, certificationCode: string, certificationName: string, referentialVersion: string, context?: string | null, contextName?: string | null, deliveredOn: string, deliveredInNameOf: string, format: CertificateFormat, revokedOn?: string | null, revocationReason?: string | null, rowVersion: number, verificationCode?: string | null, holderInitials?: string | null, candidateId?: string | null, pdfPath?: string | null, organism: { __typename?: 'OrganismSummary', siren: string, name: string } } };

export type TariffsQueryVariables = Exact<{ [key: string]: never; }>;


export type TariffsQuery = { __typename?: 'Query', tariffs: Array<{ __typename?: 'Tariff', validFrom: string, validUntil?: string | null, applicationCents: number, applicationAmount: string, siteAnnualCents: number, siteAnnualAmount: string, certificateCents: number, certificateAmount: string }> };

export type SetTariffMutationVariables = Exact<{
  validFrom: Scalars['String']['input'];
  applicationCents: Scalars['Int']['input'];
  siteAnnualCents: Scalars['Int']['input'];
  certificateCents: Scalars['Int']['input'];
}>;


export type SetTariffMutation = { __typename?: 'Mutation', setTariff: { __typename?: 'Tariff', validFrom: string, validUntil?: string | null, applicationCents: number, applicationAmount: string, siteAnnualCents: number, siteAnnualAmount: string, certificateCents: number, certificateAmount: string } };

export type FeesDueQueryVariables = Exact<{
  periodStart: Scalars['String']['input'];
  periodEnd: Scalars['String']['input'];
  organism?: InputMaybe<Scalars['String']['input']>;
  invoicedOn?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeesDueQuery = { __typename?: 'Query', feesDue: Array<{ __typename?: 'OrganismFees', siren: string, organismName: string, periodStart: string, periodEnd: string, totalCents: number, total: string, totalLabel: string, invoicedOn: string, paymentDueOn: string, paymentLabel: string, lines: Array<{ __typename?: 'FeeLine', kind: FeeKind, rule: string, chargedOn: string, amountCents: number, amount: string, label: string, subjectId?: string | null }> }> };

export type JournalQueryVariables = Exact<{
  instance: Scalars['String']['input'];
  subjectType?: InputMaybe<Scalars['String']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JournalQuery = { __typename?: 'Query', journal: { __typename?: 'JournalEntryConnection', totalCount: number, nodes: Array<{ __typename?: 'JournalEntry', id: string, occurredAt: string, actorEmail: string, actorRole: UserRole, actorInstance?: string | null, subjectInstance?: string | null, subjectType: string, subjectId: string, action: string, fromState?: string | null, toState?: string | null, reason?: string | null }>, edges: Array<{ __typename?: 'JournalEntryEdge', cursor: string, node: { __typename?: 'JournalEntry', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PublicDecisionsQueryVariables = Exact<{
  instance?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicDecisionsQuery = { __typename?: 'Query', publicDecisions: { __typename?: 'PublicDecisionConnection', totalCount: number, nodes: Array<{ __typename?: 'PublicDecision', id: string, organismName: string, organismSiren: string, outcome: PublicDecisionOutcome, outcomeLabel: string, notifiedOn: string, professionalField?: string | null, durationMonths?: number | null, instance: { __typename?: 'Instance', code: string, name: string, kind: InstanceKind }, certification: { __typename?: 'Certification', code: string, name: string } }>, edges: Array<{ __typename?: 'PublicDecisionEdge', cursor: string, node: { __typename?: 'PublicDecision', id: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrganismFieldsFragment = { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> };

export type OrganismBySirenQueryVariables = Exact<{
  siren: Scalars['String']['input'];
}>;


export type OrganismBySirenQuery = { __typename?: 'Query', organism?: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } | null };

export type OrganismPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganismPageQuery = { __typename?: 'Query', organisms: { __typename?: 'OrganismConnection', totalCount: number, nodes: Array<{ __typename?: 'Organism', siren: string, name: string }>, edges: Array<{ __typename?: 'OrganismEdge', cursor: string, node: { __typename?: 'Organism', siren: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrganismPageWithPeopleQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrganismPageWithPeopleQuery = { __typename?: 'Query', organisms: { __typename?: 'OrganismConnection', totalCount: number, nodes: Array<{ __typename?: 'Organism', siren: string, establishments: Array<{ __typename?: 'Establishment', siret?: string | null, name: string }>, intervenants?: Array<{ __typename?: 'Intervenant', fullName: string }> | null, contacts?: Array<{ __typename?: 'Contact', email: string }> | null, mandates: Array<{ __typename?: 'Mandate', mandataireName: string }>, situationChanges: Array<{ __typename?: 'SituationChange', kindLabel: string, late: boolean }> }> } };

export type UpdateOrganismMutationVariables = Exact<{
  siren: Scalars['String']['input'];
  input: OrganismInput;
}>;


export type UpdateOrganismMutation = { __typename?: 'Mutation', updateOrganism: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type AddEstablishmentMutationVariables = Exact<{
  siren: Scalars['String']['input'];
  input: EstablishmentInput;
}>;


export type AddEstablishmentMutation = { __typename?: 'Mutation', addEstablishment: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type CloseEstablishmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  closedOn: Scalars['String']['input'];
}>;


export type CloseEstablishmentMutation = { __typename?: 'Mutation', closeEstablishment: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type SetContactsMutationVariables = Exact<{
  siren: Scalars['String']['input'];
  contacts: Array<ContactInput> | ContactInput;
  changedOn?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetContactsMutation = { __typename?: 'Mutation', setContacts: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type AddIntervenantMutationVariables = Exact<{
  siren: Scalars['String']['input'];
  input: IntervenantInput;
}>;


export type AddIntervenantMutation = { __typename?: 'Mutation', addIntervenant: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type UpdateIntervenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: IntervenantInput;
}>;


export type UpdateIntervenantMutation = { __typename?: 'Mutation', updateIntervenant: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type RemoveIntervenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveIntervenantMutation = { __typename?: 'Mutation', removeIntervenant: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type ReportSituationChangeMutationVariables = Exact<{
  siren: Scalars['String']['input'];
  kind: SituationChangeKind;
  changedOn: Scalars['String']['input'];
  description: Scalars['String']['input'];
}>;


export type ReportSituationChangeMutation = { __typename?: 'Mutation', reportSituationChange: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type RegisterMandateMutationVariables = Exact<{
  siren: Scalars['String']['input'];
  mandataireName: Scalars['String']['input'];
  proofReference: Scalars['String']['input'];
  validFrom: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterMandateMutation = { __typename?: 'Mutation', registerMandate: { __typename?: 'Organism', siren: string, name: string, legalForm?: string | null, declarationNumber?: string | null, qualiopiCertified: boolean, qualiopiSince?: string | null, establishments: Array<{ __typename?: 'Establishment', id: string, siret?: string | null, name: string, address: string, postalCode: string, city: string, registeredFrom: string, registeredUntil?: string | null }>, contacts?: Array<{ __typename?: 'Contact', id: string, fullName: string, email: string, phone?: string | null, functionTitle?: string | null, updatedOn: string, changedOn: string }> | null, contactsReport?: { __typename?: 'ContactsReport', changedOn: string, reportedOn: string, dueOn: string, late: boolean } | null, intervenants?: Array<{ __typename?: 'Intervenant', id: string, fullName: string, evaluator: boolean, trainer: boolean, qualifications: string, remoteReady: boolean }> | null, mandates: Array<{ __typename?: 'Mandate', id: string, mandataireName: string, proofReference: string, validFrom: string, validUntil?: string | null, inForce: boolean }>, situationChanges: Array<{ __typename?: 'SituationChange', id: string, kind: SituationChangeKind, kindLabel: string, changedOn: string, reportedOn: string, dueOn: string, late: boolean, description: string }> } };

export type StepFieldsFragment = { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null };

export type AuditFieldsFragment = { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null };

export type ProcedureFieldsFragment = { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null };

export type WithdrawalFieldsFragment = { __typename?: 'HabilitationWithdrawal', id: string, instanceCode: string, case: WithdrawalCase, caseLabel: string, phase: WithdrawalPhase, decidedOn: string, reason: string, notifiedOn?: string | null, effectiveOn?: string | null, refusedOn?: string | null, findingOn?: string | null, finding?: string | null, allowedActions: Array<WithdrawalAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, edofAlert?: { __typename?: 'EdofAlert', source: EdofAlertSource, sourceLabel: string, reference: string, level: string, receivedOn: string } | null, audit?: { __typename?: 'Audit', id: string } | null, relapseOf?: { __typename?: 'ComplianceProcedure', id: string } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null };

export type AuditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditQuery = { __typename?: 'Query', audit: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type AuditsQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  orderBy?: InputMaybe<OversightOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditsQuery = { __typename?: 'Query', audits: { __typename?: 'AuditConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Audit', id: string, phase: AuditPhase, orderedOn: string, organism: { __typename?: 'OrganismSummary', siren: string }, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null }> } };

export type ComplianceProcedureQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplianceProcedureQuery = { __typename?: 'Query', complianceProcedure: { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type ComplianceProceduresQueryVariables = Exact<{
  filter?: InputMaybe<ProcedureFilter>;
  orderBy?: InputMaybe<OversightOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ComplianceProceduresQuery = { __typename?: 'Query', complianceProcedures: { __typename?: 'ComplianceProcedureConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase, openedOn: string, suspendedToday: boolean, organism: { __typename?: 'OrganismSummary', siren: string }, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null }> } };

export type HabilitationWithdrawalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HabilitationWithdrawalQuery = { __typename?: 'Query', habilitationWithdrawal: { __typename?: 'HabilitationWithdrawal', id: string, instanceCode: string, case: WithdrawalCase, caseLabel: string, phase: WithdrawalPhase, decidedOn: string, reason: string, notifiedOn?: string | null, effectiveOn?: string | null, refusedOn?: string | null, findingOn?: string | null, finding?: string | null, allowedActions: Array<WithdrawalAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, edofAlert?: { __typename?: 'EdofAlert', source: EdofAlertSource, sourceLabel: string, reference: string, level: string, receivedOn: string } | null, audit?: { __typename?: 'Audit', id: string } | null, relapseOf?: { __typename?: 'ComplianceProcedure', id: string } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type HabilitationWithdrawalsQueryVariables = Exact<{
  filter?: InputMaybe<WithdrawalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HabilitationWithdrawalsQuery = { __typename?: 'Query', habilitationWithdrawals: { __typename?: 'HabilitationWithdrawalConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'HabilitationWithdrawal', id: string, case: WithdrawalCase, phase: WithdrawalPhase, effectiveOn?: string | null }> } };

export type HabilitationStandingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HabilitationStandingQuery = { __typename?: 'Query', habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus, lastValidDay: string, withdrawnOn?: string | null, renewal: { __typename?: 'Renewal', applies: boolean, reason?: string | null }, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, oversight?: { __typename?: 'HabilitationOversight', audits: Array<{ __typename?: 'Audit', id: string, phase: AuditPhase }>, procedures: Array<{ __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase }>, withdrawals: Array<{ __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase }> } | null } };

export type OrderAuditMutationVariables = Exact<{
  habilitation: Scalars['ID']['input'];
  mode: AuditMode;
  scheduledOn: Scalars['String']['input'];
  auditor: AuditorInput;
}>;


export type OrderAuditMutation = { __typename?: 'Mutation', orderAudit: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type RescheduleAuditMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
  mode: AuditMode;
  scheduledOn: Scalars['String']['input'];
}>;


export type RescheduleAuditMutation = { __typename?: 'Mutation', rescheduleAudit: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type CancelAuditMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelAuditMutation = { __typename?: 'Mutation', cancelAudit: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type RecordAuditRefusalMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
  kind: RefusalKind;
  on: Scalars['String']['input'];
}>;


export type RecordAuditRefusalMutation = { __typename?: 'Mutation', recordAuditRefusal: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type RecordAuditReportMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
  opinion: AuditOpinion;
  anomalies: Array<AnomalyInput> | AnomalyInput;
}>;


export type RecordAuditReportMutation = { __typename?: 'Mutation', recordAuditReport: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type SendAuditObservationsMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type SendAuditObservationsMutation = { __typename?: 'Mutation', sendAuditObservations: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type DecideAfterAuditMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
  outcome: AuditOutcome;
  meetingOn: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  notice?: InputMaybe<FormalNoticeInput>;
}>;


export type DecideAfterAuditMutation = { __typename?: 'Mutation', decideAfterAudit: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type NotifyAuditDecisionMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
}>;


export type NotifyAuditDecisionMutation = { __typename?: 'Mutation', notifyAuditDecision: { __typename?: 'Audit', id: string, grantingInstanceCode: string, orderingInstanceCode: string, mode: AuditMode, modeLabel: string, orderedOn: string, scheduledOn: string, phase: AuditPhase, phaseLabel: string, cancelledOn?: string | null, cancellationReason?: string | null, allowedActions: Array<AuditAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, auditor: { __typename?: 'Auditor', kind: AuditorKind, kindLabel: string, name: string, userEmail?: string | null }, refusal?: { __typename?: 'AuditRefusal', kind: RefusalKind, on: string } | null, report?: { __typename?: 'AuditReport', opinion: AuditOpinion, opinionLabel: string, presentedOn: string, observationsDue: string, anomalies: Array<{ __typename?: 'Anomaly', position: number, description: string, severity: AnomalySeverity }> } | null, observations?: { __typename?: 'AuditObservations', sentOn: string, text: string } | null, decision?: { __typename?: 'AuditDecision', outcome: AuditOutcome, meetingOn: string, decidedOn: string, reason: string, followsOpinion: boolean, notificationDue: string, notifiedOn?: string | null, late?: boolean | null } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null, procedure?: { __typename?: 'ComplianceProcedure', id: string, phase: ProcedurePhase } | null, refusalWithdrawal?: { __typename?: 'HabilitationWithdrawal', id: string, phase: WithdrawalPhase } | null } };

export type OpenComplianceProcedureMutationVariables = Exact<{
  habilitation: Scalars['ID']['input'];
  finding: Scalars['String']['input'];
  notice: FormalNoticeInput;
}>;


export type OpenComplianceProcedureMutation = { __typename?: 'Mutation', openComplianceProcedure: { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type ReviseFormalNoticeMutationVariables = Exact<{
  procedure: Scalars['ID']['input'];
  notice: FormalNoticeInput;
}>;


export type ReviseFormalNoticeMutation = { __typename?: 'Mutation', reviseFormalNotice: { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type NotifyFormalNoticeMutationVariables = Exact<{
  procedure: Scalars['ID']['input'];
}>;


export type NotifyFormalNoticeMutation = { __typename?: 'Mutation', notifyFormalNotice: { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type SendJustificationMutationVariables = Exact<{
  procedure: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type SendJustificationMutation = { __typename?: 'Mutation', sendJustification: { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type DecideOnJustificationMutationVariables = Exact<{
  procedure: Scalars['ID']['input'];
  outcome: JustificationOutcome;
  reason: Scalars['String']['input'];
  notice?: InputMaybe<FormalNoticeInput>;
}>;


export type DecideOnJustificationMutation = { __typename?: 'Mutation', decideOnJustification: { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type NotifyProcedureDecisionMutationVariables = Exact<{
  procedure: Scalars['ID']['input'];
}>;


export type NotifyProcedureDecisionMutation = { __typename?: 'Mutation', notifyProcedureDecision: { __typename?: 'ComplianceProcedure', id: string, instanceCode: string, origin: ProcedureOrigin, finding?: string | null, openedOn: string, phase: ProcedurePhase, phaseLabel: string, suspendedToday: boolean, endsOn?: string | null, habilitationKept: boolean, relapseWindowEnd?: string | null, withdrawalCase?: WithdrawalCase | null, withdrawalEffectiveOn?: string | null, allowedActions: Array<ProcedureAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, organism: { __typename?: 'OrganismSummary', siren: string, name: string }, audit?: { __typename?: 'Audit', id: string, phase: AuditPhase } | null, rounds: Array<{ __typename?: 'FormalNoticeRound', round: number, period: NoticePeriod, periodLabel: string, failings: Array<string>, suspension: boolean, withdrawalOn: string, issuedOn: string, notifiedOn?: string | null, justificationDue?: string | null, justifiedOn?: string | null, justification?: string | null, responseDue?: string | null, decision?: { __typename?: 'RoundDecision', kind: JustificationOutcome, decidedOn: string, reason: string, notifiedOn?: string | null } | null }>, suspensions: Array<{ __typename?: 'Suspension', startsOn: string, endsOn?: string | null }>, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type DecideAuditRefusalWithdrawalMutationVariables = Exact<{
  audit: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DecideAuditRefusalWithdrawalMutation = { __typename?: 'Mutation', decideAuditRefusalWithdrawal: { __typename?: 'HabilitationWithdrawal', id: string, instanceCode: string, case: WithdrawalCase, caseLabel: string, phase: WithdrawalPhase, decidedOn: string, reason: string, notifiedOn?: string | null, effectiveOn?: string | null, refusedOn?: string | null, findingOn?: string | null, finding?: string | null, allowedActions: Array<WithdrawalAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, edofAlert?: { __typename?: 'EdofAlert', source: EdofAlertSource, sourceLabel: string, reference: string, level: string, receivedOn: string } | null, audit?: { __typename?: 'Audit', id: string } | null, relapseOf?: { __typename?: 'ComplianceProcedure', id: string } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type DecideRelapseWithdrawalMutationVariables = Exact<{
  habilitation: Scalars['ID']['input'];
  findingOn: Scalars['String']['input'];
  finding: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type DecideRelapseWithdrawalMutation = { __typename?: 'Mutation', decideRelapseWithdrawal: { __typename?: 'HabilitationWithdrawal', id: string, instanceCode: string, case: WithdrawalCase, caseLabel: string, phase: WithdrawalPhase, decidedOn: string, reason: string, notifiedOn?: string | null, effectiveOn?: string | null, refusedOn?: string | null, findingOn?: string | null, finding?: string | null, allowedActions: Array<WithdrawalAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, edofAlert?: { __typename?: 'EdofAlert', source: EdofAlertSource, sourceLabel: string, reference: string, level: string, receivedOn: string } | null, audit?: { __typename?: 'Audit', id: string } | null, relapseOf?: { __typename?: 'ComplianceProcedure', id: string } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type DecideEdofWithdrawalMutationVariables = Exact<{
  habilitation: Scalars['ID']['input'];
  alert: EdofAlertInput;
  reason: Scalars['String']['input'];
}>;


export type DecideEdofWithdrawalMutation = { __typename?: 'Mutation', decideEdofWithdrawal: { __typename?: 'HabilitationWithdrawal', id: string, instanceCode: string, case: WithdrawalCase, caseLabel: string, phase: WithdrawalPhase, decidedOn: string, reason: string, notifiedOn?: string | null, effectiveOn?: string | null, refusedOn?: string | null, findingOn?: string | null, finding?: string | null, allowedActions: Array<WithdrawalAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, edofAlert?: { __typename?: 'EdofAlert', source: EdofAlertSource, sourceLabel: string, reference: string, level: string, receivedOn: string } | null, audit?: { __typename?: 'Audit', id: string } | null, relapseOf?: { __typename?: 'ComplianceProcedure', id: string } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type NotifyWithdrawalMutationVariables = Exact<{
  withdrawal: Scalars['ID']['input'];
}>;


export type NotifyWithdrawalMutation = { __typename?: 'Mutation', notifyWithdrawal: { __typename?: 'HabilitationWithdrawal', id: string, instanceCode: string, case: WithdrawalCase, caseLabel: string, phase: WithdrawalPhase, decidedOn: string, reason: string, notifiedOn?: string | null, effectiveOn?: string | null, refusedOn?: string | null, findingOn?: string | null, finding?: string | null, allowedActions: Array<WithdrawalAction>, habilitation: { __typename?: 'Habilitation', id: string, status: HabilitationStatus }, edofAlert?: { __typename?: 'EdofAlert', source: EdofAlertSource, sourceLabel: string, reference: string, level: string, receivedOn: string } | null, audit?: { __typename?: 'Audit', id: string } | null, relapseOf?: { __typename?: 'ComplianceProcedure', id: string } | null, pendingStep?: { __typename?: 'OversightStep', rule: string, label: string, dueOn?: string | null, overdue: boolean, waitingFor: OversightParty, automatic?: { __typename?: 'AutomaticOutcome', on: string, outcome: AutomaticOutcomeKind, label: string } | null } | null } };

export type CriterionFieldsFragment = { __typename?: 'Criterion', code: string, kind: CriterionKind, text: string, baseText: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }> };

export type CompetenceFieldsFragment = { __typename?: 'Competence', code: string, title: string, shortTitle?: string | null, baseTitle: string, contextualised: boolean, transversal: boolean, criteriaLead?: string | null, domainCode: string, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, criteria: Array<{ __typename?: 'Criterion', code: string, kind: CriterionKind, text: string, baseText: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }> }> };

export type ReferentialFieldsFragment = { __typename?: 'Referential', version: string, status: ReferentialVersionStatus, effectiveFrom: string, contextualisationId?: string | null, transversalTitle?: string | null, certification: { __typename?: 'Certification', code: string, name: string }, context?: { __typename?: 'Instance', code: string, name: string, kind: InstanceKind, professionalField?: string | null } | null, transversalCompetences: Array<{ __typename?: 'Competence', code: string, title: string }>, domains: Array<{ __typename?: 'Domain', code: string, title: string, baseTitle: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, competences: Array<{ __typename?: 'Competence', code: string, title: string, shortTitle?: string | null, baseTitle: string, contextualised: boolean, transversal: boolean, criteriaLead?: string | null, domainCode: string, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, criteria: Array<{ __typename?: 'Criterion', code: string, kind: CriterionKind, text: string, baseText: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }> }> }> }> };

export type CertificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificationsQuery = { __typename?: 'Query', certifications: Array<{ __typename?: 'Certification', code: string, name: string }> };

export type ReferentialQueryVariables = Exact<{
  certification: Scalars['String']['input'];
  context?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReferentialQuery = { __typename?: 'Query', referential: { __typename?: 'Referential', version: string, status: ReferentialVersionStatus, effectiveFrom: string, contextualisationId?: string | null, transversalTitle?: string | null, certification: { __typename?: 'Certification', code: string, name: string }, context?: { __typename?: 'Instance', code: string, name: string, kind: InstanceKind, professionalField?: string | null } | null, transversalCompetences: Array<{ __typename?: 'Competence', code: string, title: string }>, domains: Array<{ __typename?: 'Domain', code: string, title: string, baseTitle: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, competences: Array<{ __typename?: 'Competence', code: string, title: string, shortTitle?: string | null, baseTitle: string, contextualised: boolean, transversal: boolean, criteriaLead?: string | null, domainCode: string, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }>, criteria: Array<{ __typename?: 'Criterion', code: string, kind: CriterionKind, text: string, baseText: string, contextualised: boolean, wordingDiff: Array<{ __typename?: 'WordingDiffSegment', kind: DiffSegmentKind, text: string }> }> }> }> } };

export type ReferentialVersionsQueryVariables = Exact<{
  certification: Scalars['String']['input'];
}>;


export type ReferentialVersionsQuery = { __typename?: 'Query', referentialVersions: Array<{ __typename?: 'ReferentialVersion', version: string, status: ReferentialVersionStatus, effectiveFrom: string, inForce: boolean }> };

export type DraftReferentialVersionMutationVariables = Exact<{
  certification: Scalars['String']['input'];
  version: Scalars['String']['input'];
  effectiveFrom: Scalars['String']['input'];
}>;


export type DraftReferentialVersionMutation = { __typename?: 'Mutation', draftReferentialVersion: { __typename?: 'Referential', version: string, status: ReferentialVersionStatus } };

export type SetReferentialWordingMutationVariables = Exact<{
  certification: Scalars['String']['input'];
  version: Scalars['String']['input'];
  target: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SetReferentialWordingMutation = { __typename?: 'Mutation', setReferentialWording: { __typename?: 'Referential', version: string, status: ReferentialVersionStatus } };

export type PublishReferentialVersionMutationVariables = Exact<{
  certification: Scalars['String']['input'];
  version: Scalars['String']['input'];
}>;


export type PublishReferentialVersionMutation = { __typename?: 'Mutation', publishReferentialVersion: { __typename?: 'Referential', version: string, status: ReferentialVersionStatus } };

export type CertificationOutcomeQueryVariables = Exact<{
  certification: Scalars['String']['input'];
  validatedDomains: Array<Scalars['String']['input']> | Scalars['String']['input'];
  scorePercent?: InputMaybe<Scalars['Float']['input']>;
}>;


export type CertificationOutcomeQuery = { __typename?: 'Query', certificationOutcome: { __typename?: 'CertificationOutcome', obtained: boolean, missingDomains: Array<string>, reason?: string | null } };

export const ApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ApplicationFieldsFragment, unknown>;
export const HabilitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstUsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"maximumEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastValidDay"}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"firstUseCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reapplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"fileBy"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"newStartsOn"}}]}}]}}]} as unknown as DocumentNode<HabilitationFieldsFragment, unknown>;
export const ContextualisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}}]} as unknown as DocumentNode<ContextualisationFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sittings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acquired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identityCheckMethod"}},{"kind":"Field","name":{"kind":"Name","value":"pathTraceability"}},{"kind":"Field","name":{"kind":"Name","value":"reinforcedSupport"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"synchronousPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationFieldsFragment, unknown>;
export const CertificateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}}]} as unknown as DocumentNode<CertificateFieldsFragment, unknown>;
export const CandidateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}}]} as unknown as DocumentNode<CandidateFieldsFragment, unknown>;
export const ResultsRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultsRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"certifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}}]}}]} as unknown as DocumentNode<ResultsRequestFieldsFragment, unknown>;
export const OrganismFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<OrganismFieldsFragment, unknown>;
export const StepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<StepFieldsFragment, unknown>;
export const AuditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AuditFieldsFragment, unknown>;
export const ProcedureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ProcedureFieldsFragment, unknown>;
export const WithdrawalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HabilitationWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"caseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findingOn"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"edofAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relapseOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<WithdrawalFieldsFragment, unknown>;
export const CriterionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CriterionFieldsFragment, unknown>;
export const CompetenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CompetenceFieldsFragment, unknown>;
export const ReferentialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextualisationId"}},{"kind":"Field","name":{"kind":"Name","value":"transversalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"transversalCompetences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]} as unknown as DocumentNode<ReferentialFieldsFragment, unknown>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetsOn"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const HabilitationCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HabilitationCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"habilitationCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<HabilitationCriteriaQuery, HabilitationCriteriaQueryVariables>;
export const ApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Applications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ApplicationsQuery, ApplicationsQueryVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const HabilitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Habilitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organism"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"habilitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organism"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organism"}}},{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HabilitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstUsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"maximumEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastValidDay"}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"firstUseCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reapplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"fileBy"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"newStartsOn"}}]}}]}}]} as unknown as DocumentNode<HabilitationsQuery, HabilitationsQueryVariables>;
export const EvaluationRightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationRight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organism"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organism"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organism"}}},{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationRightQuery, EvaluationRightQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"notificationWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetsOn"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const AddHabilitationCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddHabilitationCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHabilitationCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<AddHabilitationCriterionMutation, AddHabilitationCriterionMutationVariables>;
export const CreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organism"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaign"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organism"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organism"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaign"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaign"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const FileApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<FileApplicationMutation, FileApplicationMutationVariables>;
export const RequestComplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestComplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"request"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestComplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"request"},"value":{"kind":"Variable","name":{"kind":"Name","value":"request"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<RequestComplementMutation, RequestComplementMutationVariables>;
export const ProvideComplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvideComplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provideComplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ProvideComplementMutation, ProvideComplementMutationVariables>;
export const DeclareCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<DeclareCompleteMutation, DeclareCompleteMutationVariables>;
export const StartInstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meeting"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"meeting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meeting"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<StartInstructionMutation, StartInstructionMutationVariables>;
export const ScheduleAuditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleAudition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditionOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleAudition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"auditionOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditionOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ScheduleAuditionMutation, ScheduleAuditionMutationVariables>;
export const IssueOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessments"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionAssessmentInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<IssueOpinionMutation, IssueOpinionMutationVariables>;
export const DecideApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessments"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionAssessmentInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMonths"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessments"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMonths"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const NotifyDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<NotifyDecisionMutation, NotifyDecisionMutationVariables>;
export const AppealDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grounds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"grounds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grounds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<AppealDecisionMutation, AppealDecisionMutationVariables>;
export const AcknowledgeAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<AcknowledgeAppealMutation, AcknowledgeAppealMutationVariables>;
export const DecideAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<DecideAppealMutation, DecideAppealMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const RenounceHabilitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenounceHabilitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeSentOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renounceHabilitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"habilitation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}}},{"kind":"Argument","name":{"kind":"Name","value":"noticeSentOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeSentOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HabilitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstUsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"maximumEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastValidDay"}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"firstUseCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reapplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"fileBy"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"newStartsOn"}}]}}]}}]} as unknown as DocumentNode<RenounceHabilitationMutation, RenounceHabilitationMutationVariables>;
export const RecordRenunciationReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRenunciationReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeReceivedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRenunciationReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"habilitation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}}},{"kind":"Argument","name":{"kind":"Name","value":"noticeReceivedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeReceivedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HabilitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HabilitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Habilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstUsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"maximumEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastValidDay"}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"firstUseCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationReceivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"renunciationEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reapplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"fileBy"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"newStartsOn"}}]}}]}}]} as unknown as DocumentNode<RecordRenunciationReceiptMutation, RecordRenunciationReceiptMutationVariables>;
export const ScheduleAppealDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleAppealDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meeting"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleAppealDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"meeting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meeting"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ScheduleAppealDecisionMutation, ScheduleAppealDecisionMutationVariables>;
export const StateChangesSinceRefusalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StateChangesSinceRefusal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatedChangeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateChangesSinceRefusal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<StateChangesSinceRefusalMutation, StateChangesSinceRefusalMutationVariables>;
export const DeadlineRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}}]}}]}}]} as unknown as DocumentNode<DeadlineRulesQuery, DeadlineRulesQueryVariables>;
export const RescheduleInstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleInstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"application"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meeting"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"application"},"value":{"kind":"Variable","name":{"kind":"Name","value":"application"}}},{"kind":"Argument","name":{"kind":"Name","value":"meeting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meeting"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"complementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"convocationOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditionOn"}},{"kind":"Field","name":{"kind":"Name","value":"opinionOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealFiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealAcknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealDecidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appealNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"criterionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<RescheduleInstructionMutation, RescheduleInstructionMutationVariables>;
export const ApplicationInputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationInputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetsOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationInputsQuery, ApplicationInputsQueryVariables>;
export const ContextualisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contextualisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextualisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}},{"kind":"Field","name":{"kind":"Name","value":"referential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferentialFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextualisationId"}},{"kind":"Field","name":{"kind":"Name","value":"transversalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"transversalCompetences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceFields"}}]}}]}}]}}]} as unknown as DocumentNode<ContextualisationQuery, ContextualisationQueryVariables>;
export const ContextualisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contextualisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextualisationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextualisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}}]} as unknown as DocumentNode<ContextualisationsQuery, ContextualisationsQueryVariables>;
export const CheckContextualisationDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckContextualisationDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextualisationDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkContextualisationDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CheckContextualisationDocumentQuery, CheckContextualisationDocumentQueryVariables>;
export const StartContextualisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartContextualisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startContextualisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}}]} as unknown as DocumentNode<StartContextualisationMutation, StartContextualisationMutationVariables>;
export const SetWordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextualisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}},{"kind":"Field","name":{"kind":"Name","value":"referential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferentialFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextualisationId"}},{"kind":"Field","name":{"kind":"Name","value":"transversalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"transversalCompetences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceFields"}}]}}]}}]}}]} as unknown as DocumentNode<SetWordingMutation, SetWordingMutationVariables>;
export const SaveContextualisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveContextualisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextualisationDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveContextualisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextualisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}}},{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}},{"kind":"Field","name":{"kind":"Name","value":"referential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferentialFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextualisationId"}},{"kind":"Field","name":{"kind":"Name","value":"transversalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"transversalCompetences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceFields"}}]}}]}}]}}]} as unknown as DocumentNode<SaveContextualisationMutation, SaveContextualisationMutationVariables>;
export const SubmitContextualisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitContextualisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitContextualisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextualisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}}]} as unknown as DocumentNode<SubmitContextualisationMutation, SubmitContextualisationMutationVariables>;
export const ApproveContextualisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveContextualisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveContextualisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextualisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}}]} as unknown as DocumentNode<ApproveContextualisationMutation, ApproveContextualisationMutationVariables>;
export const RejectContextualisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectContextualisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectContextualisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextualisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextualisation"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContextualisationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}}]} as unknown as DocumentNode<RejectContextualisationMutation, RejectContextualisationMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sittings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acquired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identityCheckMethod"}},{"kind":"Field","name":{"kind":"Name","value":"pathTraceability"}},{"kind":"Field","name":{"kind":"Name","value":"reinforcedSupport"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"synchronousPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateQuery, CandidateQueryVariables>;
export const CandidateMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"validatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"acquiredOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateMatrixQuery, CandidateMatrixQueryVariables>;
export const CandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidatesQuery, CandidatesQueryVariables>;
export const EvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sittings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acquired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identityCheckMethod"}},{"kind":"Field","name":{"kind":"Name","value":"pathTraceability"}},{"kind":"Field","name":{"kind":"Name","value":"reinforcedSupport"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"synchronousPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const CertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}}]} as unknown as DocumentNode<CertificatesQuery, CertificatesQueryVariables>;
export const CertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}}]} as unknown as DocumentNode<CertificateQuery, CertificateQueryVariables>;
export const VerifyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const ResultsRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultsRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultsRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultsRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultsRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultsRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"certifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}}]}}]} as unknown as DocumentNode<ResultsRequestsQuery, ResultsRequestsQueryVariables>;
export const ProcessingRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessingRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organism"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processingRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organism"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organism"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"controller"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dataSubjects"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}}]}}]}}]} as unknown as DocumentNode<ProcessingRegisterQuery, ProcessingRegisterQueryVariables>;
export const PersonalDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}}]}]}}]} as unknown as DocumentNode<PersonalDataExportQuery, PersonalDataExportQueryVariables>;
export const EnrolCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organism"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organism"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organism"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<EnrolCandidateMutation, EnrolCandidateMutationVariables>;
export const RectifyCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RectifyCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectifyCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"person"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<RectifyCandidateMutation, RectifyCandidateMutationVariables>;
export const AddAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccommodationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<AddAccommodationMutation, AddAccommodationMutationVariables>;
export const RemoveAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accommodation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accommodation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accommodation"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<RemoveAccommodationMutation, RemoveAccommodationMutationVariables>;
export const RecordTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"trainer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainer"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const RecordEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sittings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"acquired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remoteRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identityCheckMethod"}},{"kind":"Field","name":{"kind":"Name","value":"pathTraceability"}},{"kind":"Field","name":{"kind":"Name","value":"reinforcedSupport"}},{"kind":"Field","name":{"kind":"Name","value":"feasibilityCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"synchronousPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEvaluationMutation, RecordEvaluationMutationVariables>;
export const RecordSessionResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSessionResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organism"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionResultRowInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organism"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organism"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSessionResultsMutation, RecordSessionResultsMutationVariables>;
export const RecordJuryDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJuryDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JuryDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJuryDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<RecordJuryDecisionMutation, RecordJuryDecisionMutationVariables>;
export const CommunicateResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommunicateResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communicatedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicateResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"communicatedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communicatedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<CommunicateResultsMutation, CommunicateResultsMutationVariables>;
export const SetProcessingLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProcessingLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLimitKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProcessingLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<SetProcessingLimitMutation, SetProcessingLimitMutationVariables>;
export const LiftProcessingLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftProcessingLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLimitKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftProcessingLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationId"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsRequestDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSince"}},{"kind":"Field","name":{"kind":"Name","value":"objectedSince"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extraMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preliminaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"pathEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCompetences"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDomainsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validatedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"departures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervenantId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultsMatrixPdfPath"}}]}}]} as unknown as DocumentNode<LiftProcessingLimitMutation, LiftProcessingLimitMutationVariables>;
export const EraseCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"endedPath"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}}]}}]}}]} as unknown as DocumentNode<EraseCandidateMutation, EraseCandidateMutationVariables>;
export const InstructDestructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructDestruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instructDestruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"habilitation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destroyed"}},{"kind":"Field","name":{"kind":"Name","value":"deferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificatesKept"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}}]}}]}}]} as unknown as DocumentNode<InstructDestructionMutation, InstructDestructionMutationVariables>;
export const RecordResultsRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordResultsRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultsRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResultsRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidate"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultsRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultsRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"certifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}}]}}]} as unknown as DocumentNode<RecordResultsRequestMutation, RecordResultsRequestMutationVariables>;
export const DecideResultsRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideResultsRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"request"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultsRequestOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideResultsRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"request"},"value":{"kind":"Variable","name":{"kind":"Name","value":"request"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasons"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasons"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultsRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultsRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResultsRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultsCommunicatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"certifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}}]}}]} as unknown as DocumentNode<DecideResultsRequestMutation, DecideResultsRequestMutationVariables>;
export const RevokeCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revokedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"rowVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"revokedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revokedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"certificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"certificationName"}},{"kind":"Field","name":{"kind":"Name","value":"referentialVersion"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"contextName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInNameOf"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderInitials"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}}]} as unknown as DocumentNode<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const TariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCents"}},{"kind":"Field","name":{"kind":"Name","value":"applicationAmount"}},{"kind":"Field","name":{"kind":"Name","value":"siteAnnualCents"}},{"kind":"Field","name":{"kind":"Name","value":"siteAnnualAmount"}},{"kind":"Field","name":{"kind":"Name","value":"certificateCents"}},{"kind":"Field","name":{"kind":"Name","value":"certificateAmount"}}]}}]}}]} as unknown as DocumentNode<TariffsQuery, TariffsQueryVariables>;
export const SetTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationCents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteAnnualCents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateCents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicationCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteAnnualCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteAnnualCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"certificateCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateCents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCents"}},{"kind":"Field","name":{"kind":"Name","value":"applicationAmount"}},{"kind":"Field","name":{"kind":"Name","value":"siteAnnualCents"}},{"kind":"Field","name":{"kind":"Name","value":"siteAnnualAmount"}},{"kind":"Field","name":{"kind":"Name","value":"certificateCents"}},{"kind":"Field","name":{"kind":"Name","value":"certificateAmount"}}]}}]}}]} as unknown as DocumentNode<SetTariffMutation, SetTariffMutationVariables>;
export const FeesDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeesDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organism"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoicedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feesDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}},{"kind":"Argument","name":{"kind":"Name","value":"organism"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organism"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoicedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoicedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"organismName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"chargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentLabel"}}]}}]}}]} as unknown as DocumentNode<FeesDueQuery, FeesDueQueryVariables>;
export const JournalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Journal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorInstance"}},{"kind":"Field","name":{"kind":"Name","value":"subjectInstance"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<JournalQuery, JournalQueryVariables>;
export const PublicDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instance"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organismName"}},{"kind":"Field","name":{"kind":"Name","value":"organismSiren"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PublicDecisionsQuery, PublicDecisionsQueryVariables>;
export const OrganismBySirenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganismBySiren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organism"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siren"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<OrganismBySirenQuery, OrganismBySirenQueryVariables>;
export const OrganismPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganismPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrganismPageQuery, OrganismPageQueryVariables>;
export const OrganismPageWithPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganismPageWithPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganismPageWithPeopleQuery, OrganismPageWithPeopleQueryVariables>;
export const UpdateOrganismDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganism"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganismInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganism"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siren"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganismMutation, UpdateOrganismMutationVariables>;
export const AddEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siren"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<AddEstablishmentMutation, AddEstablishmentMutationVariables>;
export const CloseEstablishmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEstablishment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEstablishment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CloseEstablishmentMutation, CloseEstablishmentMutationVariables>;
export const SetContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siren"}}},{"kind":"Argument","name":{"kind":"Name","value":"contacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<SetContactsMutation, SetContactsMutationVariables>;
export const AddIntervenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIntervenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntervenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIntervenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siren"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<AddIntervenantMutation, AddIntervenantMutationVariables>;
export const UpdateIntervenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntervenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntervenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntervenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateIntervenantMutation, UpdateIntervenantMutationVariables>;
export const RemoveIntervenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveIntervenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeIntervenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<RemoveIntervenantMutation, RemoveIntervenantMutationVariables>;
export const ReportSituationChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSituationChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SituationChangeKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSituationChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siren"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ReportSituationChangeMutation, ReportSituationChangeMutationVariables>;
export const RegisterMandateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMandate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siren"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mandataireName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proofReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMandate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siren"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siren"}}},{"kind":"Argument","name":{"kind":"Name","value":"mandataireName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mandataireName"}}},{"kind":"Argument","name":{"kind":"Name","value":"proofReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proofReference"}}},{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"validUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganismFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganismFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organism"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"declarationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiCertified"}},{"kind":"Field","name":{"kind":"Name","value":"qualiopiSince"}},{"kind":"Field","name":{"kind":"Name","value":"establishments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"functionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"updatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluator"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"remoteReady"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandataireName"}},{"kind":"Field","name":{"kind":"Name","value":"proofReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situationChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<RegisterMandateMutation, RegisterMandateMutationVariables>;
export const AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<AuditQuery, AuditQueryVariables>;
export const AuditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OversightOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AuditsQuery, AuditsQueryVariables>;
export const ComplianceProcedureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceProcedure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ComplianceProcedureQuery, ComplianceProcedureQueryVariables>;
export const ComplianceProceduresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceProcedures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OversightOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceProcedures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ComplianceProceduresQuery, ComplianceProceduresQueryVariables>;
export const HabilitationWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HabilitationWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"habilitationWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HabilitationWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"caseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findingOn"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"edofAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relapseOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<HabilitationWithdrawalQuery, HabilitationWithdrawalQueryVariables>;
export const HabilitationWithdrawalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HabilitationWithdrawals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"habilitationWithdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}}]}}]}}]} as unknown as DocumentNode<HabilitationWithdrawalsQuery, HabilitationWithdrawalsQueryVariables>;
export const HabilitationStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HabilitationStanding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastValidDay"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oversight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HabilitationStandingQuery, HabilitationStandingQueryVariables>;
export const OrderAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheduledOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"habilitation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheduledOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduledOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"auditor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<OrderAuditMutation, OrderAuditMutationVariables>;
export const RescheduleAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheduledOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheduledOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheduledOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<RescheduleAuditMutation, RescheduleAuditMutationVariables>;
export const CancelAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<CancelAuditMutation, CancelAuditMutationVariables>;
export const RecordAuditRefusalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuditRefusal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefusalKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuditRefusal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<RecordAuditRefusalMutation, RecordAuditRefusalMutationVariables>;
export const RecordAuditReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuditReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditOpinion"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"anomalies"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnomalyInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuditReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}},{"kind":"Argument","name":{"kind":"Name","value":"anomalies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"anomalies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<RecordAuditReportMutation, RecordAuditReportMutationVariables>;
export const SendAuditObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendAuditObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendAuditObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<SendAuditObservationsMutation, SendAuditObservationsMutationVariables>;
export const DecideAfterAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAfterAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FormalNoticeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAfterAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"notice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<DecideAfterAuditMutation, DecideAfterAuditMutationVariables>;
export const NotifyAuditDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyAuditDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyAuditDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"orderingInstanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"auditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"observationsDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"followsOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOn"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalWithdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<NotifyAuditDecisionMutation, NotifyAuditDecisionMutationVariables>;
export const OpenComplianceProcedureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenComplianceProcedure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finding"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notice"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormalNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openComplianceProcedure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"habilitation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}}},{"kind":"Argument","name":{"kind":"Name","value":"finding"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finding"}}},{"kind":"Argument","name":{"kind":"Name","value":"notice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<OpenComplianceProcedureMutation, OpenComplianceProcedureMutationVariables>;
export const ReviseFormalNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseFormalNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notice"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormalNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseFormalNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}}},{"kind":"Argument","name":{"kind":"Name","value":"notice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<ReviseFormalNoticeMutation, ReviseFormalNoticeMutationVariables>;
export const NotifyFormalNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyFormalNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyFormalNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<NotifyFormalNoticeMutation, NotifyFormalNoticeMutationVariables>;
export const SendJustificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendJustification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendJustification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<SendJustificationMutation, SendJustificationMutationVariables>;
export const DecideOnJustificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOnJustification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JustificationOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FormalNoticeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOnJustification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"notice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<DecideOnJustificationMutation, DecideOnJustificationMutationVariables>;
export const NotifyProcedureDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyProcedureDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyProcedureDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"procedure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"procedure"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProcedureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProcedureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceProcedure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"failings"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"justifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responseDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suspendedToday"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"habilitationKept"}},{"kind":"Field","name":{"kind":"Name","value":"relapseWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalCase"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalEffectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<NotifyProcedureDecisionMutation, NotifyProcedureDecisionMutationVariables>;
export const DecideAuditRefusalWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAuditRefusalWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAuditRefusalWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"audit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audit"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HabilitationWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"caseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findingOn"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"edofAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relapseOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<DecideAuditRefusalWithdrawalMutation, DecideAuditRefusalWithdrawalMutationVariables>;
export const DecideRelapseWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRelapseWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finding"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRelapseWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"habilitation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}}},{"kind":"Argument","name":{"kind":"Name","value":"findingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"finding"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finding"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HabilitationWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"caseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findingOn"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"edofAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relapseOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<DecideRelapseWithdrawalMutation, DecideRelapseWithdrawalMutationVariables>;
export const DecideEdofWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEdofWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alert"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EdofAlertInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEdofWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"habilitation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"habilitation"}}},{"kind":"Argument","name":{"kind":"Name","value":"alert"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HabilitationWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"caseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findingOn"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"edofAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relapseOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<DecideEdofWithdrawalMutation, DecideEdofWithdrawalMutationVariables>;
export const NotifyWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdrawal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withdrawal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdrawal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HabilitationWithdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"habilitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instanceCode"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"caseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findingOn"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"edofAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relapseOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]} as unknown as DocumentNode<NotifyWithdrawalMutation, NotifyWithdrawalMutationVariables>;
export const CertificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CertificationsQuery, CertificationsQueryVariables>;
export const ReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferentialFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextualisationId"}},{"kind":"Field","name":{"kind":"Name","value":"transversalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"transversalCompetences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReferentialQuery, ReferentialQueryVariables>;
export const ReferentialVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferentialVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referentialVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]} as unknown as DocumentNode<ReferentialVersionsQuery, ReferentialVersionsQueryVariables>;
export const DraftReferentialVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftReferentialVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftReferentialVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DraftReferentialVersionMutation, DraftReferentialVersionMutationVariables>;
export const SetReferentialWordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReferentialWording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReferentialWording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetReferentialWordingMutation, SetReferentialWordingMutationVariables>;
export const PublishReferentialVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishReferentialVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishReferentialVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishReferentialVersionMutation, PublishReferentialVersionMutationVariables>;
export const CertificationOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificationOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validatedDomains"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scorePercent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"validatedDomains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validatedDomains"}}},{"kind":"Argument","name":{"kind":"Name","value":"scorePercent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scorePercent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obtained"}},{"kind":"Field","name":{"kind":"Name","value":"missingDomains"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CertificationOutcomeQuery, CertificationOutcomeQueryVariables>;