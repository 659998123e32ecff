import DataLoader from "dataloader";
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from "typeorm";
import { EstablishmentEntity } from "./establishment.entity";
import { IntervenantEntity } from "./intervenant.entity";
import { MandataireEntity, MandateEntity } from "./mandataire.entity";
import { OrganismContactEntity } from "./organism-contact.entity";
import { OrganismEntity } from "./organism.entity";
import { SituationChangeEntity } from "./situation-change.entity";

type Keyed = ObjectLiteral & { id: number };

/** One row per key, by a unique column. */
function byKey<T extends Keyed, K extends number | string>(db: DataSource, entity: EntityTarget<T>, column: keyof T & string) {
  return new DataLoader<K, T | undefined>(async (keys) => {
    const rows = await db.getRepository(entity).findBy({ [column]: In([...keys]) } as never);
    const found = new Map(rows.map((row) => [row[column] as K, row]));
    return keys.map((key) => found.get(key));
  });
}

/** Every row of each organism, in id order. */
function byOrganism<T extends Keyed & { organismId: number }>(db: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await db.getRepository(entity).find({ where: { organismId: In([...ids]) } as never, order: { id: "ASC" } as never });
    const grouped = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get(row.organismId)?.push(row);
    return ids.map((id) => grouped.get(id)!);
  });
}

export function createOrganismLoaders(db: DataSource) {
  return {
    organismById: byKey<OrganismEntity, number>(db, OrganismEntity, "id"),
    organismBySiren: byKey<OrganismEntity, string>(db, OrganismEntity, "siren"),
    mandatesByMandataire: new DataLoader<number, MandateEntity[]>(async (ids) => {
      const rows = await db.getRepository(MandateEntity).findBy({ mandataireId: In([...ids]) });
      return ids.map((id) => rows.filter((row) => row.mandataireId === id));
    }),
    mandataireById: byKey<MandataireEntity, number>(db, MandataireEntity, "id"),
    establishmentById: byKey<EstablishmentEntity, number>(db, EstablishmentEntity, "id"),
    intervenantById: byKey<IntervenantEntity, number>(db, IntervenantEntity, "id"),
    establishmentsByOrganism: byOrganism(db, EstablishmentEntity),
    contactsByOrganism: byOrganism(db, OrganismContactEntity),
    intervenantsByOrganism: byOrganism(db, IntervenantEntity),
    mandatesByOrganism: byOrganism(db, MandateEntity),
    situationChangesByOrganism: byOrganism(db, SituationChangeEntity),
    /** The Instances each organism applied to (table `application`, read only here). */
    appliedInstancesByOrganism: new DataLoader<number, number[]>(async (ids) => {
      const rows: { organismId: number; instanceId: number }[] = await db
        .createQueryBuilder()
        .select("a.organism_id", "organismId")
        .addSelect("a.instance_id", "instanceId")
        .distinct(true)
        .from("application", "a")
        .where("a.organism_id IN (:...ids)", { ids: [...ids] })
        .getRawMany();
      return ids.map((id) => rows.filter((row) => Number(row.organismId) === id).map((row) => Number(row.instanceId)));
    }),
  };
}
