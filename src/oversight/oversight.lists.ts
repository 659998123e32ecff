import { optionalDate } from "../common/date-input";
import { Brackets, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../common/context";
import { authenticationRequired } from "../common/errors";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";
import { isNumericId } from "../common/graphql/ids";
import { instanceLoaders } from "../instances/instance.loaders";
import { isCertifPro, isInstanceMember } from "../instances/rules/roles";
import { organismLoaders } from "../organisms/organism.loaders";
import { organismsActedFor } from "../organisms/organism.queries";
import { AuditEntity } from "./audit.entity";
import { ComplianceProcedureEntity } from "./compliance-procedure.entity";
import { HabilitationWithdrawalEntity } from "./habilitation-withdrawal.entity";
import type { OversightOrder } from "./oversight.enums";
import type { AuditFilter, ProcedureFilter, WithdrawalFilter } from "./oversight.inputs";

/**
 * Lists for dashboards, in two statements a page: the phases and due dates that move with the days are computed in SQL
 * from the stored stage and the due dates kept beside it, the same way `auditPhase`, `procedurePhaseAt` and the pending
 * steps compute them (the list tests compare both, day by day around each due date).
 */

/** AUD-3: the observations period runs out by itself. */
export const AUDIT_PHASE_SQL = `(CASE WHEN a.stage = 'OBSERVATIONS_PERIOD' AND a.observations_due_on < :today THEN 'AWAITING_DECISION' ELSE a.stage END)`;

export const AUDIT_DUE_SQL = `(CASE
  WHEN a.stage = 'OBSERVATIONS_PERIOD' AND a.observations_due_on >= :today THEN a.observations_due_on
  WHEN a.stage IN ('DECIDED_KEEP', 'DECIDED_PROCEDURE') THEN a.notification_due_on END)`;

const DECIDING = "('JUSTIFIED', 'WITHDRAWAL_DECIDED', 'COMPLEMENTARY_PERIOD_DECIDED')";

/** CMP-3: no justification in time, the withdrawal date comes; CMP-4: no decision notified in time, the measures suffice. */
export const PROCEDURE_PHASE_SQL = `(CASE
  WHEN p.stage = 'AWAITING_JUSTIFICATION' AND p.justification_due_on < :today
    THEN IF(p.withdrawal_on <= :today, 'WITHDRAWN_ON_NOTICE_DATE', 'WITHDRAWAL_SCHEDULED')
  WHEN p.stage IN ${DECIDING} AND p.response_due_on < :today THEN 'DEEMED_SUFFICIENT'
  ELSE p.stage END)`;

export const PROCEDURE_DUE_SQL = `(CASE
  WHEN p.stage = 'NOTICE_ISSUED' THEN p.notice_due_on
  WHEN p.stage = 'AWAITING_JUSTIFICATION'
    THEN IF(p.justification_due_on >= :today, p.justification_due_on, IF(p.withdrawal_on > :today, p.withdrawal_on, NULL))
  WHEN p.stage IN ${DECIDING} THEN IF(p.response_due_on >= :today, p.response_due_on, NULL) END)`;

const LAST = "9999-12-31";

const idOrNone = (value: string | null | undefined) => (value && isNumericId(value) ? Number(value) : 0);

/** Who sees which files: Certif Pro every one (CTX-5); a CPNE those of its Instance; an organism its own; an auditor its audits. */
async function applyScope(query: SelectQueryBuilder<ObjectLiteral>, ctx: RequestContext, alias: string, instanceColumns: string[], auditorColumn?: string) {
  const actor = ctx.actor;
  if (!actor) throw authenticationRequired();
  if (isInstanceMember(actor)) {
    if (isCertifPro(actor)) return;
    const mine = instanceColumns.map((column) => `${alias}.${column} = :scopeInstance`);
    if (auditorColumn) mine.push(`${alias}.${auditorColumn} = :scopeUser`);
    query.andWhere(`(${mine.join(" OR ")})`, { scopeInstance: actor.instanceId, scopeUser: actor.userId });
    return;
  }
  const organisms = await organismsActedFor(ctx);
  if (organisms.length) query.andWhere(`${alias}.organism_id IN (:...scopeOrganisms)`, { scopeOrganisms: organisms });
  else if (auditorColumn) query.andWhere(`${alias}.${auditorColumn} = :scopeUser`, { scopeUser: actor.userId });
  else query.andWhere("1 = 0");
}

async function applyCommonFilter(
  query: SelectQueryBuilder<ObjectLiteral>,
  ctx: RequestContext,
  alias: string,
  filter: { instance?: string | null; organism?: string | null; habilitation?: string | null },
  instanceColumns: string[],
) {
  if (filter.instance) {
    const instance = await instanceLoaders(ctx).instanceByCode.load(filter.instance);
    query.andWhere(`(${instanceColumns.map((column) => `${alias}.${column} = :filterInstance`).join(" OR ")})`, { filterInstance: instance?.id ?? 0 });
  }
  if (filter.organism) {
    const organism = await organismLoaders(ctx).organismBySiren.load(filter.organism.replace(/\s/g, ""));
    query.andWhere(`${alias}.organism_id = :filterOrganism`, { filterOrganism: organism?.id ?? 0 });
  }
  if (filter.habilitation) query.andWhere(`${alias}.habilitation_id = :filterHabilitation`, { filterHabilitation: idOrNone(filter.habilitation) });
}

function applyDueFilter(query: SelectQueryBuilder<ObjectLiteral>, dueSql: string, filter: { dueBefore?: string | null; overdue?: boolean | null }) {
  optionalDate(filter.dueBefore, "dueBefore");
  if (filter.dueBefore) query.andWhere(`${dueSql} <= :dueBefore`, { dueBefore: filter.dueBefore });
  if (filter.overdue === true) query.andWhere(`${dueSql} < :today`);
  if (filter.overdue === false) query.andWhere(`(${dueSql} IS NULL OR ${dueSql} >= :today)`);
}

/** Keyset pages on (due date, id) or id; the count and the page are the two statements. */
async function page<T extends { id: number }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  dueSql: string,
  order: OversightOrder,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<T>> {
  const size = pageSize(first);
  const total = await query.clone().getCount();
  const byDue = order === "NEXT_DUE_ON";
  const key = byDue ? `COALESCE(${dueSql}, '${LAST}')` : `${alias}.id`;
  const paged = query.clone().orderBy(key, "ASC").addOrderBy(`${alias}.id`, "ASC").take(size + 1);
  if (byDue) paged.addSelect(key, "sort_key");
  if (after) {
    const cursor = decodeCursor(after);
    paged.andWhere(new Brackets((q) => q.where(`${key} > :afterKey`).orWhere(`(${key} = :afterKey AND ${alias}.id > :afterId)`)), {
      afterKey: cursor.key,
      afterId: cursor.id,
    });
  }
  const { entities, raw } = await paged.getRawAndEntities();
  const keys = new Map(raw.map((row: Record<string, unknown>) => [Number(row[`${alias}_id`]), row.sort_key as string]));
  const cursors = entities.map((row) => encodeCursor(byDue ? (keys.get(row.id) ?? null) : row.id, row.id));
  return { rows: entities, connection: (nodes) => toConnection(nodes, size, total, (_node) => cursors[nodes.indexOf(_node)]) };
}

/** A page's rows, and the connection of the nodes made from them (in the same order). */
export interface Page<T> {
  rows: T[];
  connection: <N>(nodes: N[]) => Connection<N>;
}

export async function listAudits(db: DataSource, ctx: RequestContext, filter: AuditFilter, order: OversightOrder, first?: number | null, after?: string | null) {
  const query = db.getRepository(AuditEntity).createQueryBuilder("a").setParameter("today", ctx.clock.today());
  await applyScope(query, ctx, "a", ["granting_instance_id", "ordering_instance_id"], "auditor_user_id");
  await applyCommonFilter(query, ctx, "a", filter, ["granting_instance_id", "ordering_instance_id"]);
  if (filter.phase?.length) query.andWhere(`${AUDIT_PHASE_SQL} IN (:...phases)`, { phases: filter.phase });
  applyDueFilter(query, AUDIT_DUE_SQL, filter);
  return page(query, "a", AUDIT_DUE_SQL, order, first, after);
}

export async function listProcedures(db: DataSource, ctx: RequestContext, filter: ProcedureFilter, order: OversightOrder, first?: number | null, after?: string | null) {
  const query = db.getRepository(ComplianceProcedureEntity).createQueryBuilder("p").setParameter("today", ctx.clock.today());
  await applyScope(query, ctx, "p", ["instance_id"]);
  await applyCommonFilter(query, ctx, "p", filter, ["instance_id"]);
  if (filter.phase?.length) query.andWhere(`${PROCEDURE_PHASE_SQL} IN (:...phases)`, { phases: filter.phase });
  if (filter.origin) query.andWhere("p.origin = :origin", { origin: filter.origin });
  applyDueFilter(query, PROCEDURE_DUE_SQL, filter);
  return page(query, "p", PROCEDURE_DUE_SQL, order, first, after);
}

export async function listWithdrawals(db: DataSource, ctx: RequestContext, filter: WithdrawalFilter, first?: number | null, after?: string | null) {
  const query = db.getRepository(HabilitationWithdrawalEntity).createQueryBuilder("w");
  await applyScope(query, ctx, "w", ["instance_id"]);
  await applyCommonFilter(query, ctx, "w", filter, ["instance_id"]);
  if (filter.case?.length) query.andWhere("w.withdrawal_case IN (:...cases)", { cases: filter.case });
  if (filter.notified === true) query.andWhere("w.notified_on IS NOT NULL");
  if (filter.notified === false) query.andWhere("w.notified_on IS NULL");
  return page(query, "w", "NULL", "CREATED", first, after);
}
