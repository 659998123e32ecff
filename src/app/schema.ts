import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync, type ContainerType } from "type-graphql";
import { ApplicationResolver, CampaignResolver } from "../applications/application.resolver";
import { DeadlineResolver } from "../common/calendar/deadline.resolver";
import { ContextualisationResolver } from "../contextualisations/contextualisation.resolver";
import { CandidateFieldsResolver, CandidateResolver } from "../evaluations/candidate.resolver";
import { CertificateFieldsResolver, CertificateResolver } from "../evaluations/certificate.resolver";
import { EvaluationResolver } from "../evaluations/evaluation.resolver";
import { PersonalDataResolver } from "../evaluations/personal-data.resolver";
import { FeeResolver } from "../fees/fee.resolver";
import { HabilitationResolver } from "../habilitations/habilitation.resolver";
import { InstanceResolver } from "../instances/instance.resolver";
import { JournalResolver } from "../journal/journal.resolver";
import { OrganismMutationResolver } from "../organisms/organism-mutation.resolver";
import { OrganismResolver } from "../organisms/organism.resolver";
import { AuditResolver } from "../oversight/audit.resolver";
import { HabilitationOversightResolver } from "../oversight/habilitation-oversight.resolver";
import { ProcedureResolver } from "../oversight/procedure.resolver";
import { WithdrawalResolver } from "../oversight/withdrawal.resolver";
import { ReferentialResolver } from "../referentials/referential.resolver";

export const resolvers = [
  ReferentialResolver,
  ContextualisationResolver,
  InstanceResolver,
  OrganismResolver,
  OrganismMutationResolver,
  ApplicationResolver,
  CampaignResolver,
  HabilitationResolver,
  AuditResolver,
  ProcedureResolver,
  WithdrawalResolver,
  HabilitationOversightResolver,
  DeadlineResolver,
  CandidateResolver,
  CandidateFieldsResolver,
  EvaluationResolver,
  CertificateResolver,
  CertificateFieldsResolver,
  PersonalDataResolver,
  FeeResolver,
  JournalResolver,
] as const;

/**
 * The schema as the code declares it, before permissions; `schema/schema.graphql` is this, printed. The resolver
 * instances come from the composition root; resolvers without dependencies are built by type-graphql itself.
 */
export function buildBareSchema(instances: Map<Function, object> = new Map()): GraphQLSchema {
  const built = new Map(instances);
  const container: ContainerType = {
    get: (resolverClass: new () => object) => {
      let resolver = built.get(resolverClass);
      if (!resolver) built.set(resolverClass, (resolver = new resolverClass()));
      return resolver;
    },
  };
  return buildSchemaSync({ resolvers, validate: false, emitSchemaFile: false, container });
}
