import type { DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { loaderByKey, loaderGroupedBy } from "../common/db/loaders";
import { ApplicationAssessmentEntity, ApplicationEntity } from "./application.entity";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "./campaign.entity";

export const applicationLoaders = perRequest((db: DataSource) => ({
  applicationById: loaderByKey<ApplicationEntity, number>(db, ApplicationEntity, "id"),
  campaignById: loaderByKey<CampaignEntity, number>(db, CampaignEntity, "id"),
  meetingById: loaderByKey<MeetingEntity, number>(db, MeetingEntity, "id"),
  meetingsByCampaign: loaderGroupedBy(db, MeetingEntity, "campaignId", { meetsOn: "ASC" }),
  criteriaByInstance: loaderGroupedBy(db, InstanceCriterionEntity, "instanceId"),
  assessmentsByApplication: loaderGroupedBy(db, ApplicationAssessmentEntity, "applicationId"),
}));
