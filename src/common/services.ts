import type { DataSource } from "typeorm";
import { ContextualisationService } from "../contextualisations/contextualisation.service";
import { FeeService } from "../fees/fee.service";
import { ApplicationService } from "../habilitations/application.service";
import { CampaignService } from "../habilitations/campaign.service";
import { HabilitationService } from "../habilitations/habilitation.service";
import { JournalReadService } from "../journal/journal-read.service";
import { PublicDecisionService } from "../journal/public-decision.service";
import { OrganismService } from "../organisms/organism.service";
import type { PublicationIndex } from "../publications/publication-index";
import { ReferentialService } from "../referentials/referential.service";

/** `publications`: what is in force, held in memory for public reads; without it they read the database. */
export function createServices(db: DataSource, publications?: PublicationIndex) {
  const referentials = new ReferentialService(db, publications);
  return {
    referentials,
    contextualisations: new ContextualisationService(db, referentials),
    organisms: new OrganismService(db),
    applications: new ApplicationService(db),
    campaigns: new CampaignService(db),
    habilitations: new HabilitationService(db),
    fees: new FeeService(db),
    journal: new JournalReadService(db),
    publicDecisions: new PublicDecisionService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
