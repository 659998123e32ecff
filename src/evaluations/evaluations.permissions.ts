import { allow } from "graphql-shield";
import type { RequestContext } from "../common/context";
import { isNumericId } from "../common/graphql/ids";
import { type AreaRules, forbidden, isAuthenticated, whenAuthenticated } from "../common/graphql/rules";
import { habilitationLoaders } from "../habilitations/habilitation.loaders";
import { isDecisionMakerOf, isOrganismAdminOf, mayDecideForCertifier, mayInstructDestruction, mayRecordForCertifier } from "../instances/rules/roles";
import { organismLoaders } from "../organisms/organism.loaders";
import { parseCertificateNumber } from "./rules/certificate-number";
import { evaluationLoaders } from "./evaluation.loaders";

const REFUSALS = {
  ORGANISM:
    "Seul l'organisme qui a inscrit le candidat, responsable du traitement de ses données, enregistre son parcours ; ni son mandataire ni une Instance (GDPR-1).",
  RECORD_REQUEST: "Une demande de consultation ou de contestation s'enregistre auprès du certificateur du candidat, ou de Certif Pro, par un décideur ou le service compétent (EVA-7).",
  DECIDE_REQUEST: "Le certificateur à qui la demande est adressée statue, par son décideur (EVA-7).",
  REVOKE: "Le certificateur au nom duquel le certificat est délivré le retire, par son décideur ; Certif Pro aussi (EVA-5).",
  DESTROY: "La destruction des données des candidats se fait sur instruction de Certif Pro, par son décideur (GDPR-1).",
};

/** A candidate named by id: the rule passes unknown ids through, and the service answers NOT_FOUND. */
const candidateOf = async (ctx: RequestContext, id: string) => (isNumericId(id) ? evaluationLoaders(ctx).candidateById.load(Number(id)) : undefined);

const organismAdminOfCandidate = whenAuthenticated<{ candidate: string }>(async (actor, args, ctx) => {
  const candidate = await candidateOf(ctx, args.candidate);
  return !candidate || isOrganismAdminOf(actor, candidate.organismId) || forbidden(REFUSALS.ORGANISM);
});

const organismAdminOfAccommodation = whenAuthenticated<{ accommodation: string }>(async (actor, args, ctx) => {
  const accommodation = isNumericId(args.accommodation) ? await evaluationLoaders(ctx).accommodationById.load(Number(args.accommodation)) : undefined;
  const candidate = accommodation ? await evaluationLoaders(ctx).candidateById.load(accommodation.candidateId) : undefined;
  return !candidate || isOrganismAdminOf(actor, candidate.organismId) || forbidden(REFUSALS.ORGANISM);
});

const organismAdminBySiren = whenAuthenticated<{ organism: string }>(async (actor, args, ctx) => {
  const organism = await organismLoaders(ctx).organismBySiren.load(args.organism.replace(/\s/g, ""));
  return !organism || isOrganismAdminOf(actor, organism.id) || forbidden(REFUSALS.ORGANISM);
});

const organismAdminOnly = whenAuthenticated((actor) => actor.role === "ORGANISM_ADMIN" || forbidden(REFUSALS.ORGANISM));

const certifierRecordsRequest = whenAuthenticated<{ candidate: string }>(async (actor, args, ctx) => {
  const candidate = await candidateOf(ctx, args.candidate);
  if (!candidate) return true;
  const habilitation = await habilitationLoaders(ctx).habilitationById.load(candidate.habilitationId);
  return mayRecordForCertifier(actor, habilitation!.instanceId) || forbidden(REFUSALS.RECORD_REQUEST);
});

const addresseeDecidesRequest = whenAuthenticated<{ request: string }>(async (actor, args, ctx) => {
  const request = isNumericId(args.request) ? await evaluationLoaders(ctx).resultsRequestById.load(Number(args.request)) : undefined;
  return !request || isDecisionMakerOf(actor, request.addressedToInstanceId) || forbidden(REFUSALS.DECIDE_REQUEST);
});

const certifierRevokes = whenAuthenticated<{ number: string }>(async (actor, args, ctx) => {
  const number = parseCertificateNumber(args.number);
  const certificate = number.ok ? await evaluationLoaders(ctx).certificateByNumber.load(number.value.text) : undefined;
  return !certificate || mayDecideForCertifier(actor, certificate.certifierInstanceId) || forbidden(REFUSALS.REVOKE);
});

const certifProInstructs = whenAuthenticated((actor) => mayInstructDestruction(actor) || forbidden(REFUSALS.DESTROY));

export const evaluationRules: AreaRules = {
  Query: {
    candidates: organismAdminOnly,
    candidate: isAuthenticated,
    evaluations: organismAdminOnly,
    certificates: isAuthenticated,
    certificate: isAuthenticated,
    verifyCertificate: allow,
    resultsRequests: isAuthenticated,
    processingRegister: allow,
    personalDataExport: organismAdminOfCandidate,
  },
  Mutation: {
    enrolCandidate: organismAdminBySiren,
    rectifyCandidate: organismAdminOfCandidate,
    addAccommodation: organismAdminOfCandidate,
    removeAccommodation: organismAdminOfAccommodation,
    recordTraining: organismAdminOfCandidate,
    recordEvaluation: organismAdminOfCandidate,
    recordSessionResults: organismAdminBySiren,
    recordJuryDecision: organismAdminOfCandidate,
    communicateResults: organismAdminOfCandidate,
    setProcessingLimit: organismAdminOfCandidate,
    liftProcessingLimit: organismAdminOfCandidate,
    eraseCandidate: organismAdminOfCandidate,
    recordResultsRequest: certifierRecordsRequest,
    decideResultsRequest: addresseeDecidesRequest,
    revokeCertificate: certifierRevokes,
    instructDestruction: certifProInstructs,
  },
};
