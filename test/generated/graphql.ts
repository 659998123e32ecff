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
};

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

/** CLEA, CLEA_NUMERIQUE or CLEA_MANAGEMENT. */
export type Certification = {
  __typename?: 'Certification';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
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

export type CompetenceWordingInput = {
  code: Scalars['String']['input'];
  criteria: Array<CriterionWordingInput>;
  title: Scalars['String']['input'];
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

/** Certification criterion, or « Critère associé ». */
export type CriterionKind =
  | 'ASSOCIATED'
  | 'CERTIFICATION';

export type CriterionWordingInput = {
  code: Scalars['String']['input'];
  /** At most 2000 characters, never blank. */
  text: Scalars['String']['input'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Certif Pro publishes it; the CPNE's previous publication is superseded. */
  approveContextualisation: Contextualisation;
  /** Certif Pro opens a new version, a copy of the latest published one (REF-3). */
  draftReferentialVersion: Referential;
  /** Certif Pro publishes a draft; it never changes afterwards (REF-3). */
  publishReferentialVersion: Referential;
  rejectContextualisation: Contextualisation;
  /** Replaces the whole wording of a draft; refused with REFERENTIAL_STRUCTURE_VIOLATION on any addition, removal, duplicate or move. */
  saveContextualisation: Contextualisation;
  /** Certif Pro edits the base wording of a draft version. */
  setReferentialWording: Referential;
  /** Sets the wording of one domain, competence or criterion of a draft. */
  setWording: Contextualisation;
  /** A delegated CPNE opens a draft on the version in force (CTX-1). */
  startContextualisation: Contextualisation;
  submitContextualisation: Contextualisation;
};


export type MutationApproveContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
};


export type MutationDraftReferentialVersionArgs = {
  certification: Scalars['String']['input'];
  effectiveFrom: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type MutationPublishReferentialVersionArgs = {
  certification: Scalars['String']['input'];
  version: Scalars['String']['input'];
};


export type MutationRejectContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSaveContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
  document: ContextualisationDocumentInput;
};


export type MutationSetReferentialWordingArgs = {
  certification: Scalars['String']['input'];
  target: Scalars['String']['input'];
  text: Scalars['String']['input'];
  version: Scalars['String']['input'];
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


export type MutationSubmitContextualisationArgs = {
  contextualisation: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  certifications: Array<Certification>;
  /** Checks a document against a base version (default: in force) without saving anything; empty when it keeps the structure. */
  checkContextualisationDocument: Array<StructureViolation>;
  /** Drafts are visible to their CPNE and to Certif Pro only. */
  contextualisation?: Maybe<Contextualisation>;
  /** Contextualisations the caller may see, newest first (at most 200). */
  contextualisations: Array<Contextualisation>;
  /** Certif Pro and the CPNEs. */
  instances: Array<Instance>;
  /** The authenticated caller, with its Instance and role. */
  me: Viewer;
  /** The base referential, or with `context` a CPNE's published contextualisation. `version` defaults to the one in force. */
  referential: Referential;
  /** Versions of a referential; drafts are listed to Certif Pro only. */
  referentialVersions: Array<ReferentialVersion>;
};


export type QueryCheckContextualisationDocumentArgs = {
  certification: Scalars['String']['input'];
  document: ContextualisationDocumentInput;
  version?: InputMaybe<Scalars['String']['input']>;
};


export type QueryContextualisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContextualisationsArgs = {
  certification?: InputMaybe<Scalars['String']['input']>;
  context?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ContextualisationStatus>;
};


export type QueryReferentialArgs = {
  certification: Scalars['String']['input'];
  context?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReferentialVersionsArgs = {
  certification: Scalars['String']['input'];
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

/** One word-level change from the base wording to the contextualised one. */
export type WordingDiffSegment = {
  __typename?: 'WordingDiffSegment';
  kind: DiffSegmentKind;
  text: Scalars['String']['output'];
};

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

export const ContextualisationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContextualisationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contextualisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"baseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousText"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}}]}}]}}]} as unknown as DocumentNode<ContextualisationFieldsFragment, unknown>;
export const CriterionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CriterionFieldsFragment, unknown>;
export const CompetenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CompetenceFieldsFragment, unknown>;
export const ReferentialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextualisationId"}},{"kind":"Field","name":{"kind":"Name","value":"transversalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"transversalCompetences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}}]} as unknown as DocumentNode<ReferentialFieldsFragment, unknown>;
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
export const CertificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CertificationsQuery, CertificationsQueryVariables>;
export const ReferentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferentialFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"transversal"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaLead"}},{"kind":"Field","name":{"kind":"Name","value":"domainCode"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referential"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professionalField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextualisationId"}},{"kind":"Field","name":{"kind":"Name","value":"transversalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"transversalCompetences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contextualised"}},{"kind":"Field","name":{"kind":"Name","value":"wordingDiff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenceFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReferentialQuery, ReferentialQueryVariables>;
export const ReferentialVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferentialVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referentialVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]} as unknown as DocumentNode<ReferentialVersionsQuery, ReferentialVersionsQueryVariables>;
export const DraftReferentialVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftReferentialVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftReferentialVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"effectiveFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DraftReferentialVersionMutation, DraftReferentialVersionMutationVariables>;
export const SetReferentialWordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReferentialWording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReferentialWording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetReferentialWordingMutation, SetReferentialWordingMutationVariables>;
export const PublishReferentialVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishReferentialVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishReferentialVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishReferentialVersionMutation, PublishReferentialVersionMutationVariables>;