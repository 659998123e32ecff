import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { loaderByKey, loaderGroupedBy } from "../common/db/loaders";
import { EstablishmentEntity } from "./establishment.entity";
import { IntervenantEntity } from "./intervenant.entity";
import { MandataireEntity, MandateEntity } from "./mandataire.entity";
import { OrganismContactEntity } from "./organism-contact.entity";
import { OrganismEntity } from "./organism.entity";
import { SituationChangeEntity } from "./situation-change.entity";

export const organismLoaders = perRequest((db: DataSource) => {
  return {
    organismById: loaderByKey<OrganismEntity, number>(db, OrganismEntity, "id"),
    organismBySiren: loaderByKey<OrganismEntity, string>(db, OrganismEntity, "siren"),
    mandatesByMandataire: loaderGroupedBy(db, MandateEntity, "mandataireId"),
    mandataireById: loaderByKey<MandataireEntity, number>(db, MandataireEntity, "id"),
    establishmentById: loaderByKey<EstablishmentEntity, number>(db, EstablishmentEntity, "id"),
    intervenantById: loaderByKey<IntervenantEntity, number>(db, IntervenantEntity, "id"),
    establishmentsByOrganism: loaderGroupedBy(db, EstablishmentEntity, "organismId"),
    contactsByOrganism: loaderGroupedBy(db, OrganismContactEntity, "organismId"),
    intervenantsByOrganism: loaderGroupedBy(db, IntervenantEntity, "organismId"),
    mandatesByOrganism: loaderGroupedBy(db, MandateEntity, "organismId"),
    situationChangesByOrganism: loaderGroupedBy(db, SituationChangeEntity, "organismId"),
    /** The Instances each organism filed an application with (table `application`, read only here). */
    appliedInstancesByOrganism: new DataLoader<number, number[]>(async (ids) => {
      const rows: { organismId: number; instanceId: number }[] = await db
        .createQueryBuilder()
        .select("a.organism_id", "organismId")
        .addSelect("a.instance_id", "instanceId")
        .distinct(true)
        .from("application", "a")
        .where("a.organism_id IN (:...ids) AND a.filed_on IS NOT NULL", { ids: [...ids] })
        .getRawMany();
      return ids.map((id) => rows.filter((row) => Number(row.organismId) === id).map((row) => Number(row.instanceId)));
    }),
  };
});
