import type { DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { loaderByKey, loaderGroupedBy } from "../common/db/loaders";
import { HabilitationEntity } from "./habilitation.entity";

export const habilitationLoaders = perRequest((db: DataSource) => ({
  habilitationById: loaderByKey<HabilitationEntity, number>(db, HabilitationEntity, "id"),
  habilitationsByOrganism: loaderGroupedBy(db, HabilitationEntity, "organismId"),
}));
