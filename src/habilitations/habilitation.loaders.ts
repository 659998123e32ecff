import DataLoader from "dataloader";
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from "typeorm";
import { MandataireEntity } from "../organisms/mandataire.entity";
import { OrganismEntity } from "../organisms/organism.entity";
import { ApplicationAssessmentEntity, ApplicationEntity } from "./application.entity";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "./campaign.entity";
import { HabilitationEntity, HabilitationSuspensionEntity } from "./habilitation.entity";

function byId<T extends ObjectLiteral & { id: number }>(db: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

function groupedBy<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, key: keyof T & string, order: Record<string, "ASC" | "DESC"> = { id: "ASC" }) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await db.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order: order as never });
    return ids.map((id) => rows.filter((row) => row[key] === id));
  });
}

export function createHabilitationLoaders(db: DataSource) {
  return {
    applicationById: byId(db, ApplicationEntity),
    campaignById: byId(db, CampaignEntity),
    meetingById: byId(db, MeetingEntity),
    mandataireById: byId(db, MandataireEntity),
    habilitationById: byId(db, HabilitationEntity),
    meetingsByCampaign: groupedBy(db, MeetingEntity, "campaignId", { meetsOn: "ASC" }),
    criteriaByInstance: groupedBy(db, InstanceCriterionEntity, "instanceId"),
    assessmentsByApplication: groupedBy(db, ApplicationAssessmentEntity, "applicationId"),
    suspensionsByHabilitation: groupedBy(db, HabilitationSuspensionEntity, "habilitationId", { startsOn: "ASC" }),
    habilitationsByOrganism: groupedBy(db, HabilitationEntity, "organismId"),
    organismBySiren: new DataLoader<string, OrganismEntity | undefined>(async (sirens) => {
      const rows = await db.getRepository(OrganismEntity).findBy({ siren: In([...sirens]) });
      const map = new Map(rows.map((row) => [row.siren, row]));
      return sirens.map((siren) => map.get(siren));
    }),
  };
}
