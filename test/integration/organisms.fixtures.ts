import type { DataSource } from "typeorm";
import { withLuhnKey } from "../support/identifiers";

export { ALPHA, BETA, withLuhnKey } from "../support/identifiers";

/** Test data for the organisms area: valid SIREN/SIRET numbers, bulk organisms, a fingerprint of its tables. */

/** The n-th valid SIRET of an organism (NIC from 5000 up, clear of the demo ones). */
export const siretOf = (siren: string, n: number) => withLuhnKey(`${siren}${String(5000 + n).padStart(4, "0")}`);

/** Every row of the organisms' tables, summarised: equal fingerprints mean nothing was written. */
export async function organismTables(db: DataSource): Promise<Record<string, string>> {
  const [row] = await db.query(`SELECT
      (SELECT COUNT(*) FROM organism) AS organisms,
      (SELECT CONCAT(SUM(row_version), ':', SUM(CRC32(CONCAT_WS('|', name, legal_form, declaration_number, qualiopi_certified, qualiopi_since)))) FROM organism) AS organismState,
      (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', siret, name, address, registered_until))), 0)) FROM establishment) AS establishments,
      (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', id, email, updated_on))), 0)) FROM organism_contact) AS contacts,
      (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', full_name, evaluator, trainer, qualifications, remote_ready))), 0)) FROM intervenant) AS intervenants,
      (SELECT COUNT(*) FROM situation_change) AS situationChanges,
      (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', proof_reference, valid_from, valid_until))), 0)) FROM mandate) AS mandates,
      (SELECT COUNT(*) FROM mandataire) AS mandataires,
      (SELECT COUNT(*) FROM journal_entry) AS journal`);
  return Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
}

/**
 * Inserts `count` organisms named `${prefix} 001`…, each with an establishment, a contact and an intervenant; every
 * other one applied to Certif Pro (so that Certif Pro sees the people of half of them).
 */
export async function insertOrganisms(db: DataSource, count: number, prefix: string, firstSirenBody: number): Promise<string[]> {
  const sirens = Array.from({ length: count }, (_, i) => withLuhnKey(String(firstSirenBody + i).padStart(8, "0")));
  const [campaign] = await db.query("SELECT c.id, c.instance_id AS instanceId FROM campaign c WHERE c.name = 'Campagne 2024'");
  for (const [i, siren] of sirens.entries()) {
    const name = `${prefix} ${String(i + 1).padStart(3, "0")}`;
    const { insertId } = await db.query("INSERT INTO organism (siren, name, qualiopi_certified) VALUES (?, ?, 0)", [siren, name]);
    await db.query(
      "INSERT INTO establishment (organism_id, siret, name, address, postal_code, city, registered_from) VALUES (?, ?, 'Siège', ?, '75001', 'Paris', '2025-01-01')",
      [insertId, withLuhnKey(`${siren}0001`), `${i + 1} rue de Rivoli`],
    );
    await db.query("INSERT INTO organism_contact (organism_id, full_name, email, updated_on) VALUES (?, 'Contact', ?, '2026-01-05')", [insertId, `contact${i}@${siren}.demo`]);
    await db.query("INSERT INTO intervenant (organism_id, full_name, evaluator, trainer, qualifications) VALUES (?, 'Intervenant', 1, 0, 'CV')", [insertId]);
    if (i % 2 === 0) {
      await db.query(
        "INSERT INTO application (organism_id, instance_id, campaign_id, certification_code, status, filed_on) VALUES (?, ?, ?, 'CLEA_MANAGEMENT', 'NOTIFIED_REFUSED', '2026-10-05')",
        [insertId, campaign.instanceId, campaign.id],
      );
    }
  }
  return sirens;
}

/** Files an application of the organism to the Instance (read-only for this area: written here as test data). */
export async function applyTo(db: DataSource, siren: string, instanceCode: string, campaignName: string): Promise<void> {
  await db.query(
    `INSERT INTO application (organism_id, instance_id, campaign_id, certification_code, status, filed_on)
     SELECT o.id, i.id, c.id, 'CLEA_MANAGEMENT', 'NOTIFIED_REFUSED', '2026-10-05'
     FROM organism o JOIN instance i ON i.code = ? JOIN campaign c ON c.instance_id = i.id AND c.name = ? WHERE o.siren = ?`,
    [instanceCode, campaignName, siren],
  );
}
