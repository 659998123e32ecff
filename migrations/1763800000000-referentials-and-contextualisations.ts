import type { MigrationInterface, QueryRunner } from "typeorm";

export class ReferentialsAndContextualisations1763800000000 implements MigrationInterface {
  name = "ReferentialsAndContextualisations1763800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE instance (
      id INT AUTO_INCREMENT PRIMARY KEY,
      code VARCHAR(40) NOT NULL,
      name VARCHAR(200) NOT NULL,
      kind VARCHAR(20) NOT NULL,
      professional_field VARCHAR(300) NULL,
      UNIQUE KEY uq_instance_code (code),
      CONSTRAINT ck_instance_kind CHECK (kind IN ('CERTIFIER', 'CPNE'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE certification (
      code VARCHAR(40) NOT NULL PRIMARY KEY,
      name VARCHAR(200) NOT NULL
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE delegation (
      id INT AUTO_INCREMENT PRIMARY KEY,
      instance_id INT NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      granted_on DATE NOT NULL,
      revoked_on DATE NULL,
      UNIQUE KEY uq_delegation (instance_id, certification_code),
      CONSTRAINT fk_delegation_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
      CONSTRAINT fk_delegation_certification FOREIGN KEY (certification_code) REFERENCES certification (code)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE app_user (
      id INT AUTO_INCREMENT PRIMARY KEY,
      email VARCHAR(254) NOT NULL,
      display_name VARCHAR(200) NOT NULL,
      role VARCHAR(30) NOT NULL,
      instance_id INT NULL,
      active TINYINT(1) NOT NULL DEFAULT 1,
      UNIQUE KEY uq_user_email (email),
      CONSTRAINT fk_user_instance FOREIGN KEY (instance_id) REFERENCES instance (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE referential_version (
      id INT AUTO_INCREMENT PRIMARY KEY,
      certification_code VARCHAR(40) NOT NULL,
      version VARCHAR(40) NOT NULL,
      status VARCHAR(20) NOT NULL,
      effective_from DATE NOT NULL,
      source TEXT NOT NULL,
      transversal_title VARCHAR(300) NULL,
      published_at DATETIME(3) NULL,
      published_by_user_id INT NULL,
      row_version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      draft_slot VARCHAR(40) AS (CASE WHEN status = 'DRAFT' THEN certification_code END) STORED,
      UNIQUE KEY uq_referential_version (certification_code, version),
      UNIQUE KEY uq_referential_one_draft (draft_slot),
      CONSTRAINT fk_version_certification FOREIGN KEY (certification_code) REFERENCES certification (code),
      CONSTRAINT ck_version_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE referential_item (
      id INT AUTO_INCREMENT PRIMARY KEY,
      referential_version_id INT NOT NULL,
      code VARCHAR(20) NOT NULL,
      kind VARCHAR(20) NOT NULL,
      parent_code VARCHAR(20) NULL,
      position INT NOT NULL,
      text TEXT NOT NULL,
      short_title VARCHAR(500) NULL,
      criterion_kind VARCHAR(20) NULL,
      transversal TINYINT(1) NOT NULL DEFAULT 0,
      criteria_lead VARCHAR(300) NULL,
      UNIQUE KEY uq_item_code (referential_version_id, code),
      KEY ix_item_order (referential_version_id, position),
      CONSTRAINT fk_item_version FOREIGN KEY (referential_version_id) REFERENCES referential_version (id),
      CONSTRAINT ck_item_kind CHECK (kind IN ('DOMAIN', 'COMPETENCE', 'CRITERION'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE contextualisation (
      id INT AUTO_INCREMENT PRIMARY KEY,
      instance_id INT NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      base_version_id INT NOT NULL,
      status VARCHAR(20) NOT NULL,
      row_version INT NOT NULL DEFAULT 1,
      created_by_user_id INT NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      submitted_at DATETIME(3) NULL,
      decided_at DATETIME(3) NULL,
      decided_by_user_id INT NULL,
      rejection_reason VARCHAR(2000) NULL,
      published_at DATETIME(3) NULL,
      superseded_at DATETIME(3) NULL,
      published_slot VARCHAR(60) AS (CASE WHEN status = 'PUBLISHED' THEN CONCAT(instance_id, ':', certification_code) END) STORED,
      open_slot VARCHAR(60) AS (CASE WHEN status IN ('DRAFT', 'SUBMITTED') THEN CONCAT(instance_id, ':', certification_code) END) STORED,
      UNIQUE KEY uq_ctx_one_published (published_slot),
      UNIQUE KEY uq_ctx_one_open (open_slot),
      KEY ix_ctx_instance (instance_id, certification_code, status),
      CONSTRAINT fk_ctx_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
      CONSTRAINT fk_ctx_certification FOREIGN KEY (certification_code) REFERENCES certification (code),
      CONSTRAINT fk_ctx_version FOREIGN KEY (base_version_id) REFERENCES referential_version (id),
      CONSTRAINT fk_ctx_creator FOREIGN KEY (created_by_user_id) REFERENCES app_user (id),
      CONSTRAINT ck_ctx_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'SUPERSEDED'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE contextualisation_wording (
      id INT AUTO_INCREMENT PRIMARY KEY,
      contextualisation_id INT NOT NULL,
      item_code VARCHAR(20) NOT NULL,
      text TEXT NOT NULL,
      UNIQUE KEY uq_wording (contextualisation_id, item_code),
      CONSTRAINT fk_wording_ctx FOREIGN KEY (contextualisation_id) REFERENCES contextualisation (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);

    await q.query(`CREATE TABLE journal_entry (
      id BIGINT AUTO_INCREMENT PRIMARY KEY,
      occurred_at DATETIME(3) NOT NULL,
      actor_user_id INT NOT NULL,
      actor_email VARCHAR(254) NOT NULL,
      actor_role VARCHAR(30) NOT NULL,
      instance_code VARCHAR(40) NULL,
      subject_instance_code VARCHAR(40) NULL,
      subject_type VARCHAR(40) NOT NULL,
      subject_id VARCHAR(40) NOT NULL,
      action VARCHAR(60) NOT NULL,
      from_state VARCHAR(30) NULL,
      to_state VARCHAR(30) NULL,
      reason VARCHAR(2000) NULL,
      KEY ix_journal_subject (subject_type, subject_id),
      KEY ix_journal_instance (subject_instance_code, occurred_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "journal_entry",
      "contextualisation_wording",
      "contextualisation",
      "referential_item",
      "referential_version",
      "app_user",
      "delegation",
      "certification",
      "instance",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
