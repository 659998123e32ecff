import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { loaderByKey, loaderGroupedBy } from "../common/db/loaders";
import { ApplicationAssessmentEntity, ApplicationChangeEntity, ApplicationEntity } from "./application.entity";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "./campaign.entity";
import { REFUSED_STATES } from "./rules/application-lifecycle";

export const applicationLoaders = perRequest((db: DataSource) => ({
  applicationById: loaderByKey<ApplicationEntity, number>(db, ApplicationEntity, "id"),
  campaignById: loaderByKey<CampaignEntity, number>(db, CampaignEntity, "id"),
  meetingById: loaderByKey<MeetingEntity, number>(db, MeetingEntity, "id"),
  meetingsByCampaign: loaderGroupedBy(db, MeetingEntity, "campaignId", { meetsOn: "ASC" }),
  criteriaByInstance: loaderGroupedBy(db, InstanceCriterionEntity, "instanceId"),
  assessmentsByApplication: loaderGroupedBy(db, ApplicationAssessmentEntity, "applicationId"),
  changesByApplication: loaderGroupedBy(db, ApplicationChangeEntity, "applicationId"),
  /** The candidate's last refusal by the same Instance for the same certification, before this application. */
  previousRefusalByApplication: new DataLoader<number, PreviousRefusal | null>(async (ids) => {
    const rows: { applicationId: number; refusalId: number | null }[] = await db.query(
      `SELECT a.id AS applicationId,
         (SELECT p.id FROM application p WHERE p.organism_id = a.organism_id AND p.instance_id = a.instance_id
            AND p.certification_code = a.certification_code AND p.id < a.id
            AND p.status IN (?)
          ORDER BY p.id DESC LIMIT 1) AS refusalId
       FROM application a WHERE a.id IN (?)`,
      [[...REFUSED_STATES], [...ids]],
    );
    const refusalIds = rows.map((row) => row.refusalId).filter((id): id is number => id !== null).map(Number);
    const refused = refusalIds.length
      ? await db.getRepository(ApplicationAssessmentEntity).find({ where: refusalIds.map((applicationId) => ({ applicationId, stage: "DECISION", met: false })), order: { id: "ASC" } })
      : [];
    const byApplication = new Map(rows.map((row) => [Number(row.applicationId), row.refusalId === null ? null : Number(row.refusalId)]));
    return ids.map((id) => {
      const refusalId = byApplication.get(id) ?? null;
      if (refusalId === null) return null;
      return { applicationId: refusalId, criteria: refused.filter((a) => a.applicationId === refusalId) };
    });
  }),
  /** Every deciding meeting of an Instance for a certification, by "instanceId:certification". */
  meetingsOfInstance: new DataLoader<string, { id: number; meetsOn: string; campaignId: number }[]>(async (keys) => {
    const pairs = keys.map((key) => key.split(":"));
    const rows: { id: number; meetsOn: string; campaignId: number; instanceId: number; certificationCode: string }[] = await db.query(
      `SELECT m.id, m.meets_on AS meetsOn, m.campaign_id AS campaignId, c.instance_id AS instanceId, c.certification_code AS certificationCode
       FROM meeting m JOIN campaign c ON c.id = m.campaign_id WHERE (c.instance_id, c.certification_code) IN (?) ORDER BY m.meets_on, m.id`,
      [pairs.map(([instance, certification]) => [Number(instance), certification])],
    );
    return pairs.map(([instance, certification]) =>
      rows
        .filter((row) => Number(row.instanceId) === Number(instance) && row.certificationCode === certification)
        .map((row) => ({ id: Number(row.id), meetsOn: row.meetsOn, campaignId: Number(row.campaignId) })),
    );
  }),
}));

export interface PreviousRefusal {
  applicationId: number;
  /** The criteria the decision found unmet, with its reasons. */
  criteria: ApplicationAssessmentEntity[];
}
