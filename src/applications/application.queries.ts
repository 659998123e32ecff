import { optionalDate } from "../common/date-input";
import { Brackets, type DataSource, type SelectQueryBuilder } from "typeorm";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";
import { authenticationRequired } from "../common/errors";
import type { RequestContext } from "../common/context";
import { actsForOrganism, organismsActedFor } from "../organisms/organism.queries";
import { ApplicationEntity } from "./application.entity";
import { ApplicationOrder, type ApplicationFilter } from "./application.types";
import { isInstanceMember } from "../instances/rules/roles";
import { type ActorKind, partInApplication } from "./rules/application-lifecycle";
import { applicationLoaders } from "./application.loaders";
import { instanceLoaders } from "../instances/instance.loaders";
import { organismLoaders } from "../organisms/organism.loaders";

const ORDER_COLUMNS: Record<ApplicationOrder, { sql: string; key: (a: ApplicationEntity) => string | number }> = {
  // Rows without the key sort last; the id breaks ties, so the order is total and cursors are stable.
  FILED_ON: { sql: "COALESCE(a.filed_on, '9999-12-31')", key: (a) => a.filedOn ?? "9999-12-31" },
  NEXT_DUE_ON: { sql: "COALESCE(a.next_due_on, '9999-12-31')", key: (a) => a.nextDueOn ?? "9999-12-31" },
  CREATED: { sql: "a.id", key: (a) => a.id },
};

/** Lists for dashboards: scoped to what the caller may see, filtered, sorted, keyset-paginated, in two statements. */
export async function listApplications(
  db: DataSource,
  ctx: RequestContext,
  filter: ApplicationFilter,
  order: ApplicationOrder,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<ApplicationEntity>> {
  const size = pageSize(first);
  optionalDate(filter.filedFrom, "filedFrom");
  optionalDate(filter.filedTo, "filedTo");
  optionalDate(filter.dueBefore, "dueBefore");
  const scoped = db.getRepository(ApplicationEntity).createQueryBuilder("a");
  await applyScope(scoped, ctx);
  await applyFilter(scoped, ctx, filter);

  const total = await scoped.clone().getCount();
  const column = ORDER_COLUMNS[order];
  const page = scoped.clone().orderBy(column.sql, "ASC").addOrderBy("a.id", "ASC").take(size + 1);
  if (after) {
    const cursor = decodeCursor(after);
    page.andWhere(new Brackets((q) => q.where(`${column.sql} > :afterKey`).orWhere(`(${column.sql} = :afterKey AND a.id > :afterId)`)), {
      afterKey: cursor.key,
      afterId: cursor.id,
    });
  }
  const rows = await page.getMany();
  for (const row of rows) applicationLoaders(ctx).applicationById.prime(row.id, row);
  return toConnection(rows, size, total, (row) => encodeCursor(column.key(row), row.id));
}

/** An organism sees its own applications; an Instance member those made to its Instance; nobody else anything. */
async function applyScope(query: SelectQueryBuilder<ApplicationEntity>, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw authenticationRequired();
  if (isInstanceMember(actor)) {
    // A draft is the organism's until it is filed (filing accepts the convention and reaches the Instance).
    query.andWhere("a.instance_id = :scopeInstance AND a.filed_on IS NOT NULL", { scopeInstance: actor.instanceId });
    return;
  }
  const organisms = await organismsActedFor(ctx);
  query.andWhere(organisms.length ? "a.organism_id IN (:...scopeOrganisms)" : "1 = 0", { scopeOrganisms: organisms });
}

async function applyFilter(query: SelectQueryBuilder<ApplicationEntity>, ctx: RequestContext, filter: ApplicationFilter): Promise<void> {
  if (filter.instance) {
    const instance = await instanceLoaders(ctx).instanceByCode.load(filter.instance);
    query.andWhere("a.instance_id = :instanceId", { instanceId: instance?.id ?? 0 });
  }
  if (filter.organism) {
    const organism = await organismLoaders(ctx).organismBySiren.load(filter.organism);
    query.andWhere("a.organism_id = :organismId", { organismId: organism?.id ?? 0 });
  }
  if (filter.status?.length) query.andWhere("a.status IN (:...statuses)", { statuses: filter.status });
  if (filter.certification) query.andWhere("a.certification_code = :certification", { certification: filter.certification });
  if (filter.filedFrom) query.andWhere("a.filed_on >= :filedFrom", { filedFrom: filter.filedFrom });
  if (filter.filedTo) query.andWhere("a.filed_on <= :filedTo", { filedTo: filter.filedTo });
  if (filter.dueBefore) query.andWhere("a.next_due_on <= :dueBefore", { dueBefore: filter.dueBefore });
  if (filter.overdue !== null && filter.overdue !== undefined) {
    query.andWhere(filter.overdue ? "a.next_due_on < :today" : "(a.next_due_on IS NULL OR a.next_due_on >= :today)", { today: ctx.clock.today() });
  }
}

/**
 * The caller's part in an application: the applicant (ORGANISM), or a member of the deciding Instance (DECIDER for
 * its decision makers, INSTRUCTOR for its staff and providers). Any other Instance has none.
 */
export async function actorKindFor(ctx: RequestContext, application: Pick<ApplicationEntity, "organismId" | "instanceId" | "filedOn">): Promise<ActorKind | null> {
  const instancePart = application.filedOn !== null ? partInApplication(ctx.actor, application.instanceId) : null;
  if (instancePart) return instancePart;
  return (await actsForOrganism(ctx, application.organismId)) ? "ORGANISM" : null;
}

/** An Instance's campaigns for a certification, with their meetings: the calendar organisms plan by. */
export async function campaignCalendar(ctx: RequestContext, instanceId: number, certificationCode: string) {
  const loaders = applicationLoaders(ctx);
  const meetings = await loaders.meetingsOfInstance.load(`${instanceId}:${certificationCode}`);
  const campaigns = await Promise.all([...new Set(meetings.map((m) => m.campaignId))].map((id) => loaders.campaignById.load(id)));
  return campaigns
    .filter((campaign) => campaign !== undefined)
    .map((campaign) => ({
      opensOn: campaign.opensOn,
      closesOn: campaign.closesOn,
      notificationWorkingDays: campaign.notificationWorkingDays,
      meetings: meetings.filter((m) => m.campaignId === campaign.id).map((m) => m.meetsOn),
    }));
}
