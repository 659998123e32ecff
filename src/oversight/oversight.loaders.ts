import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { perRequest } from "../common/context";
import { loaderByKey, loaderGroupedBy } from "../common/db/loaders";
import { AuditEntity } from "./audit.entity";
import { ComplianceProcedureEntity, FormalNoticeEntity } from "./compliance-procedure.entity";
import { HabilitationWithdrawalEntity } from "./habilitation-withdrawal.entity";
import { oversightFactsFor } from "./oversight.queries";
import type { OversightFacts } from "./rules/habilitation-effects";

export const oversightLoaders = perRequest((db: DataSource) => ({
  auditById: loaderByKey<AuditEntity, number>(db, AuditEntity, "id"),
  auditsByHabilitation: loaderGroupedBy(db, AuditEntity, "habilitationId"),
  procedureById: loaderByKey<ComplianceProcedureEntity, number>(db, ComplianceProcedureEntity, "id"),
  procedureByAudit: loaderByKey<ComplianceProcedureEntity, number>(db, ComplianceProcedureEntity, "auditId"),
  proceduresByHabilitation: loaderGroupedBy(db, ComplianceProcedureEntity, "habilitationId"),
  proceduresByOrganism: loaderGroupedBy(db, ComplianceProcedureEntity, "organismId"),
  noticesByProcedure: loaderGroupedBy(db, FormalNoticeEntity, "procedureId", { round: "ASC" }),
  withdrawalById: loaderByKey<HabilitationWithdrawalEntity, number>(db, HabilitationWithdrawalEntity, "id"),
  withdrawalsByHabilitation: loaderGroupedBy(db, HabilitationWithdrawalEntity, "habilitationId"),
  /** What each habilitation's suspensions and withdrawal follow from, one statement per batch. */
  factsByHabilitation: new DataLoader<number, OversightFacts>(async (ids) => {
    const facts = await oversightFactsFor(db, ids);
    return ids.map((id) => facts.get(id)!);
  }),
}));
