import type { MigrationInterface, QueryRunner } from "typeorm";

const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

export class OrganismsAndHabilitations1763900000000 implements MigrationInterface {
  name = "OrganismsAndHabilitations1763900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE organism (
      id INT AUTO_INCREMENT PRIMARY KEY,
      siren CHAR(9) NOT NULL,
      name VARCHAR(200) NOT NULL,
      legal_form VARCHAR(100) NULL,
      declaration_number VARCHAR(20) NULL,
      qualiopi_certified TINYINT(1) NOT NULL DEFAULT 0,
      qualiopi_since DATE NULL,
      row_version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_organism_siren (siren)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE establishment (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      siret CHAR(14) NULL,
      name VARCHAR(200) NOT NULL,
      address VARCHAR(300) NOT NULL,
      postal_code VARCHAR(10) NOT NULL,
      city VARCHAR(100) NOT NULL,
      registered_from DATE NOT NULL,
      registered_until DATE NULL,
      UNIQUE KEY uq_establishment_siret (siret),
      KEY ix_establishment_organism (organism_id),
      CONSTRAINT fk_establishment_organism FOREIGN KEY (organism_id) REFERENCES organism (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE organism_contact (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      full_name VARCHAR(200) NOT NULL,
      email VARCHAR(254) NOT NULL,
      phone VARCHAR(30) NULL,
      function_title VARCHAR(100) NULL,
      updated_on DATE NOT NULL,
      KEY ix_contact_organism (organism_id),
      CONSTRAINT fk_contact_organism FOREIGN KEY (organism_id) REFERENCES organism (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE intervenant (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      full_name VARCHAR(200) NOT NULL,
      evaluator TINYINT(1) NOT NULL,
      trainer TINYINT(1) NOT NULL,
      qualifications VARCHAR(2000) NOT NULL,
      remote_ready TINYINT(1) NOT NULL DEFAULT 0,
      KEY ix_intervenant_organism (organism_id),
      CONSTRAINT fk_intervenant_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT ck_intervenant_role CHECK (evaluator = 1 OR trainer = 1)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE mandataire (
      id INT AUTO_INCREMENT PRIMARY KEY,
      name VARCHAR(200) NOT NULL,
      siren CHAR(9) NULL
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE mandate (
      id INT AUTO_INCREMENT PRIMARY KEY,
      mandataire_id INT NOT NULL,
      organism_id INT NOT NULL,
      proof_reference VARCHAR(300) NOT NULL,
      valid_from DATE NOT NULL,
      valid_until DATE NULL,
      UNIQUE KEY uq_mandate (mandataire_id, organism_id),
      CONSTRAINT fk_mandate_mandataire FOREIGN KEY (mandataire_id) REFERENCES mandataire (id),
      CONSTRAINT fk_mandate_organism FOREIGN KEY (organism_id) REFERENCES organism (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`ALTER TABLE app_user
      ADD COLUMN organism_id INT NULL,
      ADD COLUMN mandataire_id INT NULL,
      ADD CONSTRAINT fk_user_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      ADD CONSTRAINT fk_user_mandataire FOREIGN KEY (mandataire_id) REFERENCES mandataire (id)`);

    await q.query(`CREATE TABLE instance_criterion (
      id INT AUTO_INCREMENT PRIMARY KEY,
      instance_id INT NOT NULL,
      code VARCHAR(40) NOT NULL,
      label VARCHAR(500) NOT NULL,
      UNIQUE KEY uq_instance_criterion (instance_id, code),
      CONSTRAINT fk_criterion_instance FOREIGN KEY (instance_id) REFERENCES instance (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE campaign (
      id INT AUTO_INCREMENT PRIMARY KEY,
      instance_id INT NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      name VARCHAR(200) NOT NULL,
      opens_on DATE NOT NULL,
      closes_on DATE NOT NULL,
      KEY ix_campaign_instance (instance_id),
      CONSTRAINT fk_campaign_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
      CONSTRAINT fk_campaign_certification FOREIGN KEY (certification_code) REFERENCES certification (code)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE meeting (
      id INT AUTO_INCREMENT PRIMARY KEY,
      campaign_id INT NOT NULL,
      meets_on DATE NOT NULL,
      UNIQUE KEY uq_meeting (campaign_id, meets_on),
      CONSTRAINT fk_meeting_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE application (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      instance_id INT NOT NULL,
      campaign_id INT NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      professional_field VARCHAR(300) NULL,
      mandataire_id INT NULL,
      status VARCHAR(30) NOT NULL,
      row_version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      filed_on DATE NULL,
      receipt_number VARCHAR(40) NULL,
      complement_request VARCHAR(2000) NULL,
      complement_requested_on DATE NULL,
      completed_on DATE NULL,
      meeting_id INT NULL,
      audition_on DATE NULL,
      convocation_on DATE NULL,
      opinion_on DATE NULL,
      decided_on DATE NULL,
      duration_months INT NULL,
      notified_on DATE NULL,
      appeal_filed_on DATE NULL,
      appeal_grounds VARCHAR(4000) NULL,
      appeal_acknowledged_on DATE NULL,
      appeal_decided_on DATE NULL,
      next_due_on DATE NULL,
      next_due_rule VARCHAR(60) NULL,
      open_slot VARCHAR(80) AS (CASE WHEN status NOT IN ('WITHDRAWN_BY_APPLICANT', 'NOTIFIED_ACCEPTED', 'NOTIFIED_REFUSED', 'APPEAL_DISMISSED')
        THEN CONCAT(organism_id, ':', instance_id, ':', certification_code) END) STORED,
      UNIQUE KEY uq_application_receipt (receipt_number),
      UNIQUE KEY uq_application_one_open (open_slot),
      KEY ix_application_instance (instance_id, status),
      KEY ix_application_organism (organism_id),
      KEY ix_application_due (next_due_on),
      CONSTRAINT fk_application_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_application_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
      CONSTRAINT fk_application_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
      CONSTRAINT fk_application_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
      CONSTRAINT fk_application_mandataire FOREIGN KEY (mandataire_id) REFERENCES mandataire (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE application_assessment (
      id INT AUTO_INCREMENT PRIMARY KEY,
      application_id INT NOT NULL,
      stage VARCHAR(20) NOT NULL,
      criterion_code VARCHAR(40) NOT NULL,
      criterion_label VARCHAR(500) NOT NULL,
      met TINYINT(1) NOT NULL,
      reason VARCHAR(2000) NOT NULL,
      UNIQUE KEY uq_assessment (application_id, stage, criterion_code),
      CONSTRAINT fk_assessment_application FOREIGN KEY (application_id) REFERENCES application (id),
      CONSTRAINT ck_assessment_stage CHECK (stage IN ('OPINION', 'DECISION'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE habilitation (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      instance_id INT NOT NULL,
      application_id INT NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      professional_field VARCHAR(300) NULL,
      notified_on DATE NOT NULL,
      first_used_on DATE NULL,
      withdrawn_on DATE NULL,
      withdrawal_reason VARCHAR(2000) NULL,
      renunciation_sent_on DATE NULL,
      renunciation_received_on DATE NULL,
      row_version INT NOT NULL DEFAULT 1,
      UNIQUE KEY uq_habilitation_application (application_id),
      KEY ix_habilitation_organism (organism_id),
      KEY ix_habilitation_instance (instance_id),
      CONSTRAINT fk_habilitation_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_habilitation_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
      CONSTRAINT fk_habilitation_application FOREIGN KEY (application_id) REFERENCES application (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE habilitation_suspension (
      id INT AUTO_INCREMENT PRIMARY KEY,
      habilitation_id INT NOT NULL,
      starts_on DATE NOT NULL,
      ends_on DATE NULL,
      reason VARCHAR(2000) NOT NULL,
      KEY ix_suspension_habilitation (habilitation_id),
      CONSTRAINT fk_suspension_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE situation_change (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      kind VARCHAR(40) NOT NULL,
      changed_on DATE NOT NULL,
      reported_on DATE NOT NULL,
      due_on DATE NOT NULL,
      description VARCHAR(2000) NOT NULL,
      KEY ix_change_organism (organism_id),
      CONSTRAINT fk_change_organism FOREIGN KEY (organism_id) REFERENCES organism (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE tariff (
      id INT AUTO_INCREMENT PRIMARY KEY,
      valid_from DATE NOT NULL,
      application_cents INT NOT NULL,
      site_annual_cents INT NOT NULL,
      certificate_cents INT NOT NULL,
      UNIQUE KEY uq_tariff_from (valid_from)
    ) ${TABLE_OPTIONS}`);

    await q.query(`ALTER TABLE journal_entry ADD KEY ix_journal_occurred (occurred_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE journal_entry DROP KEY ix_journal_occurred`);
    for (const table of [
      "tariff",
      "situation_change",
      "habilitation_suspension",
      "habilitation",
      "application_assessment",
      "application",
      "meeting",
      "campaign",
      "instance_criterion",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE app_user DROP FOREIGN KEY fk_user_organism, DROP FOREIGN KEY fk_user_mandataire, DROP COLUMN organism_id, DROP COLUMN mandataire_id`);
    for (const table of ["mandate", "mandataire", "intervenant", "organism_contact", "establishment", "organism"]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
