import type { IsoDate } from "../common/calendar/working-days";
import type { RequestContext } from "../common/context";

/**
 * GDPR-1, AUD-1: an audit of an organism is a reason for the auditing Instance to read its candidates' data (each read
 * journaled). The oversight area knows the audits and provides it (`oversight/organism-audits.ts`).
 */
export interface OrganismAudits {
  /** Codes of the Instances auditing the organism on that day. */
  auditorsOf(ctx: RequestContext, organismId: number, on: IsoDate): Promise<readonly string[]>;
}
