import type { DataSource } from "typeorm";
import { migrations } from "../../migrations";
import { ApplicationAssessmentEntity, ApplicationChangeEntity, ApplicationEntity } from "../applications/application.entity";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "../applications/campaign.entity";
import { createDataSourceFor } from "../common/db/data-source";
import { AccommodationEntity, CandidateEntity, CandidateIdentityEntity, TrainingEntity } from "../evaluations/candidate.entity";
import { AnonymisedResultEntity, CertificateEntity, CertificateSequenceEntity, ResultsRequestEntity } from "../evaluations/certificate.entity";
import {
  EvaluationAssessmentEntity,
  EvaluationEntity,
  EvaluationEvaluatorEntity,
  EvaluationSittingEntity,
  RemoteEvaluationEntity,
  RemoteSynchronousPhaseEntity,
} from "../evaluations/evaluation.entity";
import { JuryDecisionEntity, JuryDepartureEntity, JuryMemberEntity } from "../evaluations/jury.entity";
import { JournalEntryEntity } from "../common/db/journal-entry.entity";
import { ContextualisationWordingEntity } from "../contextualisations/contextualisation-wording.entity";
import { ContextualisationEntity } from "../contextualisations/contextualisation.entity";
import { TariffEntity } from "../fees/tariff.entity";
import { HabilitationEntity } from "../habilitations/habilitation.entity";
import { DelegationEntity } from "../instances/delegation.entity";
import { InstanceEntity } from "../instances/instance.entity";
import { UserEntity } from "../instances/user.entity";
import { EstablishmentEntity } from "../organisms/establishment.entity";
import { IntervenantEntity } from "../organisms/intervenant.entity";
import { MandataireEntity, MandateEntity } from "../organisms/mandataire.entity";
import { OrganismContactEntity } from "../organisms/organism-contact.entity";
import { OrganismEntity } from "../organisms/organism.entity";
import { SituationChangeEntity } from "../organisms/situation-change.entity";
import { AuditEntity } from "../oversight/audit.entity";
import { ComplianceProcedureEntity, FormalNoticeEntity } from "../oversight/compliance-procedure.entity";
import { HabilitationWithdrawalEntity } from "../oversight/habilitation-withdrawal.entity";
import { CertificationEntity } from "../referentials/certification.entity";
import { ReferentialItemEntity } from "../referentials/referential-item.entity";
import { ReferentialVersionEntity } from "../referentials/referential-version.entity";

/** Every area's tables. The database schema itself comes from the migrations only. */
export const entities = [
  JournalEntryEntity,
  InstanceEntity,
  DelegationEntity,
  UserEntity,
  CertificationEntity,
  ReferentialVersionEntity,
  ReferentialItemEntity,
  ContextualisationEntity,
  ContextualisationWordingEntity,
  OrganismEntity,
  EstablishmentEntity,
  OrganismContactEntity,
  IntervenantEntity,
  MandataireEntity,
  MandateEntity,
  SituationChangeEntity,
  CampaignEntity,
  MeetingEntity,
  InstanceCriterionEntity,
  ApplicationEntity,
  ApplicationAssessmentEntity,
  ApplicationChangeEntity,
  HabilitationEntity,
  AuditEntity,
  ComplianceProcedureEntity,
  FormalNoticeEntity,
  HabilitationWithdrawalEntity,
  TariffEntity,
  ...[CandidateEntity, CandidateIdentityEntity, AccommodationEntity, TrainingEntity],
  ...[EvaluationEntity, EvaluationSittingEntity, EvaluationEvaluatorEntity, EvaluationAssessmentEntity, RemoteEvaluationEntity, RemoteSynchronousPhaseEntity],
  ...[JuryDecisionEntity, JuryMemberEntity, JuryDepartureEntity],
  ...[CertificateEntity, CertificateSequenceEntity, ResultsRequestEntity, AnonymisedResultEntity],
];

export function createDataSource(url: string, options: { logErrors?: boolean; poolSize?: number } = {}): DataSource {
  return createDataSourceFor(url, { ...options, entities, migrations });
}
