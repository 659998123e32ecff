import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { ContextualisationWordingEntity } from "./contextualisation-wording.entity";
import { ContextualisationEntity } from "./contextualisation.entity";

export const contextualisationLoaders = perRequest((db: DataSource) => {
  return {
    contextualisationById: new DataLoader<number, ContextualisationEntity | undefined>(async (ids) => {
      const rows = await db.getRepository(ContextualisationEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    wordingsByContextualisation: new DataLoader<number, Map<string, string>>(async (ids) => {
      const rows = await db.getRepository(ContextualisationWordingEntity).findBy({ contextualisationId: In([...ids]) });
      const byId = new Map<number, Map<string, string>>(ids.map((id) => [id, new Map()]));
      for (const row of rows) byId.get(row.contextualisationId)!.set(row.itemCode, row.text);
      return ids.map((id) => byId.get(id)!);
    }),
  };
});
