import type { MigrationInterface, QueryRunner } from "typeorm";

const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
const OPEN_SLOT = (closed: string[]) =>
  `open_slot VARCHAR(80) AS (CASE WHEN status NOT IN (${closed.map((s) => `'${s}'`).join(", ")})
        THEN CONCAT(organism_id, ':', instance_id, ':', certification_code) END) STORED`;
const CLOSED = ["WITHDRAWN_BY_APPLICANT", "NOTIFIED_ACCEPTED", "NOTIFIED_REFUSED", "APPEAL_DISMISSED"];

/**
 * Appeals decided at a meeting and notified; a CPNE's notification period per campaign; what changed since a
 * refusal; a habilitation that follows the previous one without gap, the CPNE contextualisation it is under, who
 * declared its first use; the date a contact change happened.
 */
export class HabilitationToTheLetter1764100000000 implements MigrationInterface {
  name = "HabilitationToTheLetter1764100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE application
      ADD COLUMN appeal_meeting_id INT NULL AFTER appeal_acknowledged_on,
      ADD COLUMN appeal_notified_on DATE NULL AFTER appeal_decided_on,
      ADD CONSTRAINT fk_application_appeal_meeting FOREIGN KEY (appeal_meeting_id) REFERENCES meeting (id),
      MODIFY ${OPEN_SLOT([...CLOSED, "APPEAL_DISMISSED_NOTIFIED"])}`);
    await q.query("ALTER TABLE campaign ADD COLUMN notification_working_days INT NULL");
    await q.query(`CREATE TABLE application_change (
      id INT AUTO_INCREMENT PRIMARY KEY,
      application_id INT NOT NULL,
      criterion_code VARCHAR(40) NOT NULL,
      criterion_label VARCHAR(500) NOT NULL,
      description VARCHAR(2000) NOT NULL,
      UNIQUE KEY uq_application_change (application_id, criterion_code),
      CONSTRAINT fk_change_application FOREIGN KEY (application_id) REFERENCES application (id)
    ) ${TABLE_OPTIONS}`);
    await q.query(`ALTER TABLE habilitation
      ADD COLUMN starts_on DATE NULL AFTER notified_on,
      ADD COLUMN contextualisation_id INT NULL AFTER professional_field,
      ADD COLUMN first_use_declared_by INT NULL AFTER first_used_on,
      ADD CONSTRAINT fk_habilitation_contextualisation FOREIGN KEY (contextualisation_id) REFERENCES contextualisation (id)`);
    await q.query("ALTER TABLE organism_contact ADD COLUMN changed_on DATE NULL AFTER function_title");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE organism_contact DROP COLUMN changed_on");
    await q.query(`ALTER TABLE habilitation DROP FOREIGN KEY fk_habilitation_contextualisation,
      DROP COLUMN starts_on, DROP COLUMN contextualisation_id, DROP COLUMN first_use_declared_by`);
    await q.query("DROP TABLE application_change");
    await q.query("ALTER TABLE campaign DROP COLUMN notification_working_days");
    await q.query(`ALTER TABLE application DROP FOREIGN KEY fk_application_appeal_meeting,
      DROP COLUMN appeal_meeting_id, DROP COLUMN appeal_notified_on, MODIFY ${OPEN_SLOT(CLOSED)}`);
  }
}
