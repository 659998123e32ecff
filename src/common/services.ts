import type { DataSource } from "typeorm";
import { ContextualisationService } from "../contextualisations/contextualisation.service";
import { FeeService } from "../fees/fee.service";
import { ApplicationService } from "../habilitations/application.service";
import { OrganismService } from "../organisms/organism.service";
import { ReferentialService } from "../referentials/referential.service";

export function createServices(db: DataSource) {
  const referentials = new ReferentialService(db);
  return {
    referentials,
    contextualisations: new ContextualisationService(db, referentials),
    organisms: new OrganismService(db),
    applications: new ApplicationService(db),
    fees: new FeeService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
