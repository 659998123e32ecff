import type { DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { loaderByKey, loaderGroupedBy } from "../common/db/loaders";
import { AccommodationEntity, CandidateEntity, CandidateIdentityEntity, TrainingEntity } from "./candidate.entity";
import { CertificateEntity, ResultsRequestEntity } from "./certificate.entity";
import {
  EvaluationAssessmentEntity,
  EvaluationEntity,
  EvaluationEvaluatorEntity,
  EvaluationSittingEntity,
  RemoteEvaluationEntity,
  RemoteSynchronousPhaseEntity,
} from "./evaluation.entity";
import { JuryDecisionEntity, JuryDepartureEntity, JuryMemberEntity } from "./jury.entity";

export const evaluationLoaders = perRequest((db: DataSource) => ({
  candidateById: loaderByKey<CandidateEntity, number>(db, CandidateEntity, "id"),
  identityByCandidate: loaderByKey<CandidateIdentityEntity, number>(db, CandidateIdentityEntity, "candidateId"),
  accommodationById: loaderByKey<AccommodationEntity, number>(db, AccommodationEntity, "id"),
  accommodationsByCandidate: loaderGroupedBy(db, AccommodationEntity, "candidateId"),
  trainingsByCandidate: loaderGroupedBy(db, TrainingEntity, "candidateId", { startsOn: "ASC", id: "ASC" }),
  evaluationsByCandidate: loaderGroupedBy(db, EvaluationEntity, "candidateId", { heldOn: "ASC", id: "ASC" }),
  sittingsByEvaluation: loaderGroupedBy(db, EvaluationSittingEntity, "evaluationId", { heldOn: "ASC", id: "ASC" }),
  evaluatorsByEvaluation: loaderGroupedBy(db, EvaluationEvaluatorEntity, "evaluationId"),
  assessmentsByEvaluation: loaderGroupedBy(db, EvaluationAssessmentEntity, "evaluationId", { itemCode: "ASC" }),
  remoteByEvaluation: loaderByKey<RemoteEvaluationEntity, number>(db, RemoteEvaluationEntity, "evaluationId"),
  phasesByEvaluation: loaderGroupedBy(db, RemoteSynchronousPhaseEntity, "evaluationId", { heldOn: "ASC", id: "ASC" }),
  juryDecisionsByCandidate: loaderGroupedBy(db, JuryDecisionEntity, "candidateId", { decidedOn: "ASC", id: "ASC" }),
  membersByDecision: loaderGroupedBy(db, JuryMemberEntity, "juryDecisionId"),
  departuresByDecision: loaderGroupedBy(db, JuryDepartureEntity, "juryDecisionId", { domainCode: "ASC" }),
  certificateByCandidate: loaderByKey<CertificateEntity, number>(db, CertificateEntity, "candidateId"),
  certificateByNumber: loaderByKey<CertificateEntity, string>(db, CertificateEntity, "number"),
  resultsRequestById: loaderByKey<ResultsRequestEntity, number>(db, ResultsRequestEntity, "id"),
  resultsRequestsByCandidate: loaderGroupedBy(db, ResultsRequestEntity, "candidateId"),
}));
