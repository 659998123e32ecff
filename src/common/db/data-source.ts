import { DataSource } from "typeorm";
import { SnakeNamingStrategy } from "typeorm-naming-strategies";
import { migrations } from "../../../migrations";
import { ContextualisationWordingEntity } from "../../contextualisations/contextualisation-wording.entity";
import { ContextualisationEntity } from "../../contextualisations/contextualisation.entity";
import { DelegationEntity } from "../../instances/delegation.entity";
import { InstanceEntity } from "../../instances/instance.entity";
import { UserEntity } from "../../instances/user.entity";
import { JournalEntryEntity } from "../../journal/journal-entry.entity";
import { CertificationEntity } from "../../referentials/certification.entity";
import { ReferentialItemEntity } from "../../referentials/referential-item.entity";
import { ReferentialVersionEntity } from "../../referentials/referential-version.entity";
import { TariffEntity } from "../../fees/tariff.entity";
import { ApplicationAssessmentEntity, ApplicationEntity } from "../../habilitations/application.entity";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "../../habilitations/campaign.entity";
import { HabilitationEntity, HabilitationSuspensionEntity } from "../../habilitations/habilitation.entity";
import { EstablishmentEntity } from "../../organisms/establishment.entity";
import { IntervenantEntity } from "../../organisms/intervenant.entity";
import { MandataireEntity, MandateEntity } from "../../organisms/mandataire.entity";
import { OrganismContactEntity } from "../../organisms/organism-contact.entity";
import { OrganismEntity } from "../../organisms/organism.entity";
import { SituationChangeEntity } from "../../organisms/situation-change.entity";
import { CountingLogger } from "./query-counter";

export const entities = [
  InstanceEntity,
  DelegationEntity,
  UserEntity,
  CertificationEntity,
  ReferentialVersionEntity,
  ReferentialItemEntity,
  ContextualisationEntity,
  ContextualisationWordingEntity,
  JournalEntryEntity,
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
  HabilitationEntity,
  HabilitationSuspensionEntity,
  TariffEntity,
];

export function createDataSource(url: string, options: { logErrors?: boolean; poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: "mysql",
    connectorPackage: "mysql2",
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    dateStrings: ["DATE"],
    poolSize: options.poolSize ?? 20,
    logger: new CountingLogger(options.logErrors ?? false),
  });
}
