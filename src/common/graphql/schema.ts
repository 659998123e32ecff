import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { ContextualisationResolver } from "../../contextualisations/contextualisation.resolver";
import { FeeResolver } from "../../fees/fee.resolver";
import { ApplicationResolver, CampaignResolver } from "../../habilitations/application.resolver";
import { DeadlineResolver } from "../../habilitations/deadline.resolver";
import { HabilitationResolver } from "../../habilitations/habilitation.resolver";
import { InstanceResolver } from "../../instances/instance.resolver";
import { JournalResolver } from "../../journal/journal.resolver";
import { OrganismMutationResolver } from "../../organisms/organism-mutation.resolver";
import { OrganismResolver } from "../../organisms/organism.resolver";
import { ReferentialResolver } from "../../referentials/referential.resolver";

export const resolvers = [
  ReferentialResolver,
  ContextualisationResolver,
  InstanceResolver,
  OrganismResolver,
  OrganismMutationResolver,
  ApplicationResolver,
  CampaignResolver,
  HabilitationResolver,
  DeadlineResolver,
  FeeResolver,
  JournalResolver,
] as const;

/** The schema as the code declares it, before permissions; `schema/schema.graphql` is this, printed. */
export function buildBareSchema(): GraphQLSchema {
  return buildSchemaSync({ resolvers, validate: false, emitSchemaFile: false });
}
