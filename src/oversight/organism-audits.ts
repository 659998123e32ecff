import type { IsoDate } from "../common/calendar/working-days";
import type { RequestContext } from "../common/context";

/**
 * The Instances auditing an organism on a day (AUD-1): an audit ordered by then, neither cancelled nor refused before,
 * whose decision was not yet notified. The evaluations area takes it as a reason for the auditing Instance to read
 * the candidates' data; its shape is that area's `OrganismAudits`, wired in `app/compose.ts`.
 */
export const auditsInProgress = {
  async auditorsOf(ctx: RequestContext, organismId: number, on: IsoDate): Promise<readonly string[]> {
    const rows: { code: string }[] = await ctx.db.query(
      `SELECT DISTINCT i.code FROM audit a JOIN instance i ON i.id = a.ordering_instance_id
       WHERE a.organism_id = ? AND a.ordered_on <= ?
         AND (a.cancelled_on IS NULL OR a.cancelled_on > ?)
         AND (a.refused_on IS NULL OR a.refused_on > ?)
         AND (a.decision_notified_on IS NULL OR a.decision_notified_on > ?)`,
      [organismId, on, on, on, on],
    );
    return rows.map((row) => row.code);
  },
};
