import type { DataSource } from "typeorm";
import type { Actor } from "../auth/actor";
import type { Clock } from "../clock";
import { createContextualisationLoaders } from "../../contextualisations/contextualisation.loaders";
import { createHabilitationLoaders } from "../../habilitations/habilitation.loaders";
import { createInstanceLoaders } from "../../instances/instance.loaders";
import { createOrganismLoaders } from "../../organisms/organism.loaders";
import { createReferentialLoaders } from "../../referentials/referential.loaders";
import type { Services } from "../services";

export function createLoaders(db: DataSource) {
  return {
    ...createInstanceLoaders(db),
    ...createReferentialLoaders(db),
    ...createContextualisationLoaders(db),
    ...createOrganismLoaders(db),
    ...createHabilitationLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface RequestContext {
  actor: Actor | null;
  clock: Clock;
  db: DataSource;
  loaders: Loaders;
  services: Services;
}
