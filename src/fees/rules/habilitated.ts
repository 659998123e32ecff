import { computeValidity, type HabilitationRecord } from "../../habilitations/rules/validity";
import type { Period } from "./tariff";

/**
 * FEE-2: the days an organism is "Organisme Habilité" by Certif Pro: from each notification to the last valid day
 * (expiry, renewal, withdrawal or renunciation, HAB-6). A suspension does not end the habilitation, so the fee runs on.
 */
export function habilitatedPeriods(records: readonly HabilitationRecord[]): Period[] {
  return records
    .map((record) => ({ from: record.notifiedOn, until: computeValidity(record).lastValidDay }))
    .filter((period) => period.until >= period.from);
}
