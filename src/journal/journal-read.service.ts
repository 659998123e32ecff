import type { DataSource } from "typeorm";
import { badInput, notFound } from "../common/errors";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";
import type { RequestContext } from "../common/context";
import type { UserRoleEnum } from "../instances/instance.types";
import { JournalEntryEntity } from "../common/db/journal-entry.entity";
import type { JournalEntryType } from "./journal.types";
import { parseRange } from "./rules/time-range";
import { instanceLoaders } from "../instances/instance.loaders";

export interface JournalFilter {
  instance: string;
  subjectType?: string | null;
  subjectId?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Reads the append-only journal of one Instance, newest first, by keyset on (occurred_at, id): two statements a page. */
export class JournalReadService {
  constructor(private readonly db: DataSource) {}

  async entries(ctx: RequestContext, filter: JournalFilter): Promise<Connection<JournalEntryType>> {
    const size = pageSize(filter.first);
    const range = parseRange(filter.from, filter.to);
    if (!range.ok) throw badInput(range.reason);
    const position = filter.after ? journalPosition(filter.after) : null;
    if (!(await instanceLoaders(ctx).instanceByCode.load(filter.instance))) throw notFound(`Instance « ${filter.instance} »`);

    const filtered = () => {
      const query = this.db.getRepository(JournalEntryEntity).createQueryBuilder("j").where("j.subject_instance_code = :instance", { instance: filter.instance });
      if (filter.subjectType) query.andWhere("j.subject_type = :subjectType", { subjectType: filter.subjectType });
      if (filter.subjectId) query.andWhere("j.subject_id = :subjectId", { subjectId: filter.subjectId });
      if (filter.action) query.andWhere("j.action = :action", { action: filter.action });
      if (range.from) query.andWhere("j.occurred_at >= :from", { from: range.from });
      if (range.to) query.andWhere("j.occurred_at <= :to", { to: range.to });
      return query;
    };
    const page = filtered();
    if (position) {
      page.andWhere("(j.occurred_at < :at OR (j.occurred_at = :at AND j.id < :id))", { at: position.at, id: position.id });
    }
    page.orderBy("j.occurred_at", "DESC").addOrderBy("j.id", "DESC").limit(size + 1);
    const [rows, totalCount] = await Promise.all([page.getMany(), filtered().getCount()]);
    return toConnection(rows.map(toEntry), size, totalCount, (entry) => encodeCursor(entry.occurredAt.toISOString(), entry.id));
  }
}

function journalPosition(cursor: string): { at: Date; id: number } {
  const { key, id } = decodeCursor(cursor);
  const at = typeof key === "string" ? new Date(key) : null;
  if (!at || Number.isNaN(at.getTime())) throw badInput(`Curseur invalide « ${cursor} » : reprenez le curseur renvoyé par la page précédente.`);
  return { at, id };
}

function toEntry(row: JournalEntryEntity): JournalEntryType {
  return {
    id: String(row.id),
    occurredAt: row.occurredAt,
    actorEmail: row.actorEmail,
    actorRole: row.actorRole as UserRoleEnum,
    actorInstance: row.instanceCode,
    subjectInstance: row.subjectInstanceCode,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    action: row.action,
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason,
  };
}
