import { DataSource } from "typeorm";
import { SnakeNamingStrategy } from "typeorm-naming-strategies";
import { migrations } from "../../../migrations";
import { ContextualisationWordingEntity } from "../../contextualisations/contextualisation-wording.entity";
import { ContextualisationEntity } from "../../contextualisations/contextualisation.entity";
import { DelegationEntity } from "../../instances/delegation.entity";
import { InstanceEntity } from "../../instances/instance.entity";
import { UserEntity } from "../../instances/user.entity";
import { JournalEntryEntity } from "../../journal/journal-entry.entity";
import { CertificationEntity } from "../../referentials/certification.entity";
import { ReferentialItemEntity } from "../../referentials/referential-item.entity";
import { ReferentialVersionEntity } from "../../referentials/referential-version.entity";
import { CountingLogger } from "./query-counter";

export const entities = [
  InstanceEntity,
  DelegationEntity,
  UserEntity,
  CertificationEntity,
  ReferentialVersionEntity,
  ReferentialItemEntity,
  ContextualisationEntity,
  ContextualisationWordingEntity,
  JournalEntryEntity,
];

export function createDataSource(url: string, options: { logErrors?: boolean; poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: "mysql",
    connectorPackage: "mysql2",
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    dateStrings: ["DATE"],
    poolSize: options.poolSize ?? 20,
    logger: new CountingLogger(options.logErrors ?? false),
  });
}
