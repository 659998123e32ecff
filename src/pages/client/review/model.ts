import { transition } from "../../../contextualisations/rules/lifecycle";

/** What the review page reads from the API, and the decisions it derives: no DOM here. */

export type Status = "DRAFT" | "SUBMITTED" | "PUBLISHED" | "REJECTED" | "SUPERSEDED";
export type SegmentKind = "EQUAL" | "ADDED" | "REMOVED";

export interface Segment {
  kind: SegmentKind;
  text: string;
}

export interface Viewer {
  email: string;
  displayName: string;
  role: string;
  instance: { code: string; name: string; kind: "CERTIFIER" | "CPNE" } | null;
}

export interface Criterion {
  code: string;
  kind: "CERTIFICATION" | "ASSOCIATED";
  text: string;
  baseText: string;
  contextualised: boolean;
  wordingDiff: Segment[];
}

export interface Competence {
  code: string;
  title: string;
  baseTitle: string;
  contextualised: boolean;
  transversal: boolean;
  criteriaLead: string | null;
  wordingDiff: Segment[];
  criteria: Criterion[];
}

export interface Domain {
  code: string;
  title: string;
  baseTitle: string;
  contextualised: boolean;
  wordingDiff: Segment[];
  competences: Competence[];
}

export interface BaseChange {
  code: string;
  kind: "ADDED" | "CHANGED" | "REMOVED";
  previousText: string | null;
  currentText: string | null;
}

export interface ContextualisationSummary {
  id: string;
  status: Status;
  baseVersion: string;
  outdated: boolean;
  updatedAt: string;
  submittedAt: string | null;
  context: { code: string; name: string };
  certification: { code: string; name: string };
}

export interface ContextualisationDetail extends ContextualisationSummary {
  rejectionReason: string | null;
  decidedAt: string | null;
  publishedAt: string | null;
  baseChanges: BaseChange[];
  referential: { version: string; effectiveFrom: string; transversalTitle: string | null; domains: Domain[] };
}

export const STATUS_LABELS: Record<Status, string> = {
  DRAFT: "Brouillon",
  SUBMITTED: "Soumise à Certif Pro",
  PUBLISHED: "Publiée",
  REJECTED: "Rejetée",
  SUPERSEDED: "Remplacée",
};

export const ROLE_LABELS: Record<string, string> = {
  DECISION_MAKER: "Décideur",
  STAFF: "Service compétent",
  PROVIDER: "Prestataire",
  ORGANISM_ADMIN: "Administrateur d'organisme",
  MANDATAIRE: "Mandataire",
};

export const BASE_CHANGE_LABELS: Record<BaseChange["kind"], string> = {
  ADDED: "Ajouté",
  CHANGED: "Reformulé",
  REMOVED: "Supprimé",
};

export type ReviewAction = "EDIT" | "SUBMIT" | "APPROVE" | "REJECT";

const EDITING_ROLES = new Set(["DECISION_MAKER", "STAFF"]);

/** The actions the API would accept from this person (CTX-1, CTX-5, INS-1, INS-2), for the page to offer only those. */
export function allowedActions(viewer: Viewer, contextualisation: Pick<ContextualisationSummary, "status" | "context">): ReviewAction[] {
  const ownCpne = viewer.instance?.kind === "CPNE" && viewer.instance.code === contextualisation.context.code && EDITING_ROLES.has(viewer.role);
  const decider = viewer.instance?.kind === "CERTIFIER" && viewer.role === "DECISION_MAKER";
  const possible = (action: ReviewAction) => transition(contextualisation.status, action).ok;
  const actions: ReviewAction[] = [];
  if (ownCpne) actions.push(...(["EDIT", "SUBMIT"] as const).filter(possible));
  if (decider) actions.push(...(["APPROVE", "REJECT"] as const).filter(possible));
  return actions;
}

/** A CPNE's members review their own CPNE's contextualisations; Certif Pro's, every CPNE's. */
export function listedContext(viewer: Viewer): string | undefined {
  return viewer.instance?.kind === "CPNE" ? viewer.instance.code : undefined;
}

/** Items whose wording the CPNE changed, in a domain: its title, its competences' titles, their criteria. */
export function changedItems(domain: Domain): number {
  let count = domain.contextualised ? 1 : 0;
  for (const competence of domain.competences) {
    if (competence.contextualised) count += 1;
    count += competence.criteria.filter((criterion) => criterion.contextualised).length;
  }
  return count;
}

export function competenceChanged(competence: Competence): boolean {
  return competence.contextualised || competence.criteria.some((criterion) => criterion.contextualised);
}

/** The base side of a diff keeps what was removed; the contextualised side, what was added. */
export function sideOf(segments: Segment[], side: "base" | "contextualised"): Segment[] {
  const dropped: SegmentKind = side === "base" ? "ADDED" : "REMOVED";
  return segments.filter((segment) => segment.kind !== dropped);
}

export interface ApiError {
  message: string;
  code: string | undefined;
  /** Every item of a REFERENTIAL_STRUCTURE_VIOLATION (CTX-2). */
  details: string[];
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown; violations?: unknown };
}

/** The API's errors, as a person needs them: its French message, and each structure violation on its own line. */
export function describeErrors(errors: readonly GraphQLErrorLike[]): ApiError[] {
  return errors.map((error) => {
    const violations = Array.isArray(error.extensions?.violations) ? (error.extensions.violations as { code?: unknown; message?: unknown }[]) : [];
    return {
      message: typeof error.message === "string" ? error.message : "Erreur inconnue.",
      code: typeof error.extensions?.code === "string" ? error.extensions.code : undefined,
      details: violations.map((violation) => `${String(violation.code ?? "?")} : ${String(violation.message ?? "")}`),
    };
  });
}

const PARIS_DATE_TIME = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
const PARIS_DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export function formatDateTime(iso: string): string {
  return PARIS_DATE_TIME.format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD), read as such rather than as midnight UTC. */
export function formatDate(isoDate: string): string {
  return PARIS_DATE.format(new Date(`${isoDate}T12:00:00Z`));
}
