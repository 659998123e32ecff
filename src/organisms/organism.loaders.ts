import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { MandateEntity } from "./mandataire.entity";
import { OrganismEntity } from "./organism.entity";

export function createOrganismLoaders(db: DataSource) {
  return {
    organismById: new DataLoader<number, OrganismEntity | undefined>(async (ids) => {
      const rows = await db.getRepository(OrganismEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    mandatesByMandataire: new DataLoader<number, MandateEntity[]>(async (ids) => {
      const rows = await db.getRepository(MandateEntity).findBy({ mandataireId: In([...ids]) });
      return ids.map((id) => rows.filter((row) => row.mandataireId === id));
    }),
  };
}
