import type { DataSource } from "typeorm";
import { ContextualisationService } from "../contextualisations/contextualisation.service";
import { ReferentialService } from "../referentials/referential.service";

export function createServices(db: DataSource) {
  const referentials = new ReferentialService(db);
  return {
    referentials,
    contextualisations: new ContextualisationService(db, referentials),
  };
}

export type Services = ReturnType<typeof createServices>;
