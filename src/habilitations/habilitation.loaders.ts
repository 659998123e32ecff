import type { DataSource } from "typeorm";
import { loaderByKey, loaderGroupedBy } from "../common/db/loaders";
import { ApplicationAssessmentEntity, ApplicationEntity } from "./application.entity";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "./campaign.entity";
import { HabilitationEntity, HabilitationSuspensionEntity } from "./habilitation.entity";

export function createHabilitationLoaders(db: DataSource) {
  return {
    applicationById: loaderByKey<ApplicationEntity, number>(db, ApplicationEntity, "id"),
    campaignById: loaderByKey<CampaignEntity, number>(db, CampaignEntity, "id"),
    meetingById: loaderByKey<MeetingEntity, number>(db, MeetingEntity, "id"),
    habilitationById: loaderByKey<HabilitationEntity, number>(db, HabilitationEntity, "id"),
    meetingsByCampaign: loaderGroupedBy(db, MeetingEntity, "campaignId", { meetsOn: "ASC" }),
    criteriaByInstance: loaderGroupedBy(db, InstanceCriterionEntity, "instanceId"),
    assessmentsByApplication: loaderGroupedBy(db, ApplicationAssessmentEntity, "applicationId"),
    suspensionsByHabilitation: loaderGroupedBy(db, HabilitationSuspensionEntity, "habilitationId", { startsOn: "ASC" }),
    habilitationsByOrganism: loaderGroupedBy(db, HabilitationEntity, "organismId"),
  };
}
