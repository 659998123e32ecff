import type { Harness } from "../support/harness";
import { withLuhnKey } from "../support/identifiers";

export { ALPHA, BETA } from "../support/identifiers";

/** Rows the fee and public-decision tests bill or publish, written straight to the database (the application API is another area's). */

/** A SIREN with a valid Luhn key, from 8 digits. */
export const sirenOf = withLuhnKey;

async function one<T>(h: Harness, sql: string, params: unknown[]): Promise<T> {
  const [row] = await h.db.query(sql, params);
  if (!row) throw new Error(`No row for ${sql} ${JSON.stringify(params)}`);
  return row as T;
}

export async function organismId(h: Harness, siren: string): Promise<number> {
  return Number((await one<{ id: number }>(h, "SELECT id FROM organism WHERE siren = ?", [siren])).id);
}

export async function instanceId(h: Harness, code: string): Promise<number> {
  return Number((await one<{ id: number }>(h, "SELECT id FROM instance WHERE code = ?", [code])).id);
}

export async function insertOrganism(h: Harness, siren: string, name: string): Promise<number> {
  const result = await h.db.query("INSERT INTO organism (siren, name, qualiopi_certified) VALUES (?, ?, 1)", [siren, name]);
  return Number(result.insertId);
}

/** The Instance's first campaign, made when it has none. */
async function campaignOf(h: Harness, instance: string): Promise<number> {
  const id = await instanceId(h, instance);
  const [found] = await h.db.query("SELECT id FROM campaign WHERE instance_id = ? ORDER BY id LIMIT 1", [id]);
  if (found) return Number(found.id);
  const result = await h.db.query(
    "INSERT INTO campaign (instance_id, certification_code, name, opens_on, closes_on) VALUES (?, 'CLEA_MANAGEMENT', 'Campagne de test', '2024-01-01', '2030-12-31')",
    [id],
  );
  return Number(result.insertId);
}

export interface ApplicationRow {
  organism: number;
  instance: string;
  status: string;
  certification?: string;
  filedOn?: string | null;
  notifiedOn?: string | null;
  durationMonths?: number | null;
  professionalField?: string | null;
  receiptNumber?: string | null;
  complementRequest?: string | null;
  appealGrounds?: string | null;
}

export async function insertApplication(h: Harness, row: ApplicationRow): Promise<number> {
  const result = await h.db.query(
    `INSERT INTO application (organism_id, instance_id, campaign_id, certification_code, professional_field, status, filed_on, receipt_number,
       notified_on, duration_months, complement_request, appeal_grounds)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.organism,
      await instanceId(h, row.instance),
      await campaignOf(h, row.instance),
      row.certification ?? "CLEA_MANAGEMENT",
      row.professionalField ?? null,
      row.status,
      row.filedOn ?? null,
      row.receiptNumber ?? null,
      row.notifiedOn ?? null,
      row.durationMonths ?? null,
      row.complementRequest ?? null,
      row.appealGrounds ?? null,
    ],
  );
  return Number(result.insertId);
}

export async function insertAssessment(h: Harness, application: number, reason: string): Promise<void> {
  await h.db.query(
    "INSERT INTO application_assessment (application_id, stage, criterion_code, criterion_label, met, reason) VALUES (?, 'DECISION', 'INTERVENANTS', 'Intervenants', 0, ?)",
    [application, reason],
  );
}

export async function insertHabilitation(
  h: Harness,
  row: { organism: number; instance: string; application: number; notifiedOn: string; firstUsedOn?: string | null },
): Promise<number> {
  const result = await h.db.query(
    `INSERT INTO habilitation (organism_id, instance_id, application_id, certification_code, notified_on, first_used_on)
     VALUES (?, ?, ?, 'CLEA_MANAGEMENT', ?, ?)`,
    [row.organism, await instanceId(h, row.instance), row.application, row.notifiedOn, row.firstUsedOn ?? null],
  );
  return Number(result.insertId);
}

export async function insertEstablishment(
  h: Harness,
  row: { organism: number; name: string; siret?: string | null; address: string; postalCode: string; city: string; registeredFrom: string; registeredUntil?: string | null },
): Promise<number> {
  const result = await h.db.query(
    `INSERT INTO establishment (organism_id, siret, name, address, postal_code, city, registered_from, registered_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [row.organism, row.siret ?? null, row.name, row.address, row.postalCode, row.city, row.registeredFrom, row.registeredUntil ?? null],
  );
  return Number(result.insertId);
}

/** A Certif Pro-habilitated organism with one application filed and one site, as many times as asked. */
export async function insertBilledOrganisms(h: Harness, count: number, prefix: string): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    const organism = await insertOrganism(h, sirenOf(`${prefix}${String(n).padStart(8 - prefix.length, "0")}`), `Organisme ${prefix}-${n}`);
    const application = await insertApplication(h, { organism, instance: "CERTIF_PRO", status: "NOTIFIED_ACCEPTED", filedOn: "2025-02-03", notifiedOn: "2025-04-01", durationMonths: 36 });
    await insertHabilitation(h, { organism, instance: "CERTIF_PRO", application, notifiedOn: "2025-04-01" });
    await insertEstablishment(h, { organism, name: "Siège", address: `${n} rue du Test`, postalCode: "75011", city: "Paris", registeredFrom: "2025-03-01" });
  }
}

export async function counts(h: Harness): Promise<{ tariffs: number; journal: number; tariffState: string }> {
  const [row] = await h.db.query(
    `SELECT (SELECT COUNT(*) FROM tariff) AS tariffs, (SELECT COUNT(*) FROM journal_entry) AS journal,
            (SELECT CONCAT_WS('|', SUM(application_cents), SUM(site_annual_cents), SUM(certificate_cents), GROUP_CONCAT(valid_from ORDER BY valid_from)) FROM tariff) AS tariffState`,
  );
  return { tariffs: Number(row.tariffs), journal: Number(row.journal), tariffState: String(row.tariffState) };
}
