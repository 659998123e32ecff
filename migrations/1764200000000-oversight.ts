import type { MigrationInterface, QueryRunner } from "typeorm";

const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
const TIMESTAMPS = `row_version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)`;

/**
 * Oversight (AUD, CMP, WDR): audits, compliance procedures and their formal notices, withdrawals decided on their own.
 * A habilitation's suspensions and withdrawal are computed from them from now on, so the columns typed in before go;
 * the migration stops rather than invent a procedure behind a suspension or a withdrawal recorded without one.
 */
export class Oversight1764200000000 implements MigrationInterface {
  name = "Oversight1764200000000";

  async up(q: QueryRunner): Promise<void> {
    const suspended: { habilitation_id: number }[] = await q.query("SELECT DISTINCT habilitation_id FROM habilitation_suspension");
    const withdrawn: { id: number }[] = await q.query("SELECT id FROM habilitation WHERE withdrawn_on IS NOT NULL");
    const named = [...suspended.map((r) => r.habilitation_id), ...withdrawn.map((r) => r.id)];
    if (named.length > 0) {
      throw new Error(
        `Habilitations ${[...new Set(named)].join(", ")}: a suspension or a withdrawal recorded without a compliance procedure or a withdrawal case cannot be carried over. Record them through a procedure, or start from an empty development database.`,
      );
    }

    await q.query(`CREATE TABLE audit (
      id INT AUTO_INCREMENT PRIMARY KEY,
      habilitation_id INT NOT NULL,
      organism_id INT NOT NULL,
      granting_instance_id INT NOT NULL,
      ordering_instance_id INT NOT NULL,
      ordered_on DATE NOT NULL,
      ordered_by_user_id INT NOT NULL,
      mode VARCHAR(20) NOT NULL,
      scheduled_on DATE NOT NULL,
      auditor_kind VARCHAR(20) NOT NULL,
      auditor_user_id INT NULL,
      auditor_name VARCHAR(200) NULL,
      stage VARCHAR(30) NOT NULL,
      cancelled_on DATE NULL,
      cancellation_reason VARCHAR(2000) NULL,
      refusal_kind VARCHAR(10) NULL,
      refused_on DATE NULL,
      refusal_withdrawal_id INT NULL,
      report_presented_on DATE NULL,
      opinion VARCHAR(30) NULL,
      anomalies JSON NULL,
      report_recorded_by_user_id INT NULL,
      observations_due_on DATE NULL,
      observations_sent_on DATE NULL,
      observations_text TEXT NULL,
      decision_outcome VARCHAR(20) NULL,
      meeting_on DATE NULL,
      decided_on DATE NULL,
      decided_by_user_id INT NULL,
      decision_reason TEXT NULL,
      follows_opinion TINYINT(1) NULL,
      notification_due_on DATE NULL,
      decision_notified_on DATE NULL,
      notified_late TINYINT(1) NULL,
      ${TIMESTAMPS},
      open_slot INT AS (CASE WHEN stage IN ('KEPT', 'PROCEDURE_OPENED', 'CANCELLED') OR refusal_withdrawal_id IS NOT NULL THEN NULL ELSE habilitation_id END) STORED,
      UNIQUE KEY uq_audit_open (open_slot),
      KEY ix_audit_granting (granting_instance_id, stage),
      KEY ix_audit_ordering (ordering_instance_id, stage),
      KEY ix_audit_habilitation (habilitation_id),
      KEY ix_audit_organism (organism_id),
      KEY ix_audit_auditor (auditor_user_id),
      CONSTRAINT ck_audit_mode CHECK (mode IN ('ON_DOCUMENTS', 'ON_SITE')),
      CONSTRAINT ck_audit_auditor CHECK ((auditor_user_id IS NULL) <> (auditor_name IS NULL)),
      CONSTRAINT ck_audit_opinion CHECK (opinion IS NULL OR opinion IN ('FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE')),
      CONSTRAINT ck_audit_refusal CHECK (refusal_kind IS NULL OR refusal_kind IN ('WRITTEN', 'OBSERVED')),
      CONSTRAINT ck_audit_outcome CHECK (decision_outcome IS NULL OR decision_outcome IN ('KEEP', 'OPEN_PROCEDURE')),
      CONSTRAINT fk_audit_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id),
      CONSTRAINT fk_audit_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_audit_granting FOREIGN KEY (granting_instance_id) REFERENCES instance (id),
      CONSTRAINT fk_audit_ordering FOREIGN KEY (ordering_instance_id) REFERENCES instance (id),
      CONSTRAINT fk_audit_auditor FOREIGN KEY (auditor_user_id) REFERENCES app_user (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE compliance_procedure (
      id INT AUTO_INCREMENT PRIMARY KEY,
      habilitation_id INT NOT NULL,
      organism_id INT NOT NULL,
      instance_id INT NOT NULL,
      origin VARCHAR(20) NOT NULL,
      audit_id INT NULL,
      finding TEXT NULL,
      opened_on DATE NOT NULL,
      opened_by_user_id INT NOT NULL,
      notice_due_on DATE NULL,
      stage VARCHAR(30) NOT NULL,
      current_round INT NOT NULL DEFAULT 1,
      justification_due_on DATE NULL,
      withdrawal_on DATE NOT NULL,
      response_due_on DATE NULL,
      ${TIMESTAMPS},
      UNIQUE KEY uq_procedure_audit (audit_id),
      KEY ix_procedure_instance (instance_id, stage),
      KEY ix_procedure_habilitation (habilitation_id),
      KEY ix_procedure_organism (organism_id),
      CONSTRAINT ck_procedure_origin CHECK ((origin = 'AUDIT' AND audit_id IS NOT NULL) OR (origin = 'FINDING' AND finding IS NOT NULL)),
      CONSTRAINT fk_procedure_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id),
      CONSTRAINT fk_procedure_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_procedure_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
      CONSTRAINT fk_procedure_audit FOREIGN KEY (audit_id) REFERENCES audit (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE formal_notice (
      id INT AUTO_INCREMENT PRIMARY KEY,
      procedure_id INT NOT NULL,
      round INT NOT NULL,
      period VARCHAR(15) NOT NULL,
      failings JSON NOT NULL,
      suspension TINYINT(1) NOT NULL,
      withdrawal_on DATE NOT NULL,
      issued_on DATE NOT NULL,
      issued_by_user_id INT NOT NULL,
      notified_on DATE NULL,
      justified_on DATE NULL,
      justification_text MEDIUMTEXT NULL,
      justified_by_user_id INT NULL,
      decision_kind VARCHAR(25) NULL,
      decided_on DATE NULL,
      decided_by_user_id INT NULL,
      decision_reason TEXT NULL,
      decision_notified_on DATE NULL,
      UNIQUE KEY uq_notice_round (procedure_id, round),
      CONSTRAINT ck_notice_period CHECK ((round = 1) = (period = 'INITIAL')),
      CONSTRAINT ck_notice_decision CHECK (decision_kind IS NULL OR decision_kind IN ('WITHDRAWAL', 'COMPLEMENTARY_PERIOD')),
      CONSTRAINT fk_notice_procedure FOREIGN KEY (procedure_id) REFERENCES compliance_procedure (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE habilitation_withdrawal (
      id INT AUTO_INCREMENT PRIMARY KEY,
      habilitation_id INT NOT NULL,
      organism_id INT NOT NULL,
      instance_id INT NOT NULL,
      withdrawal_case VARCHAR(20) NOT NULL,
      decided_on DATE NOT NULL,
      decided_by_user_id INT NOT NULL,
      reason TEXT NOT NULL,
      notified_on DATE NULL,
      effective_on DATE NULL,
      audit_id INT NULL,
      refused_on DATE NULL,
      relapse_procedure_id INT NULL,
      finding_on DATE NULL,
      finding VARCHAR(2000) NULL,
      edof_source VARCHAR(20) NULL,
      edof_reference VARCHAR(100) NULL,
      edof_level VARCHAR(100) NULL,
      edof_received_on DATE NULL,
      ${TIMESTAMPS},
      pending_slot INT AS (CASE WHEN notified_on IS NULL THEN habilitation_id END) STORED,
      UNIQUE KEY uq_withdrawal_pending (pending_slot),
      UNIQUE KEY uq_withdrawal_audit (audit_id),
      KEY ix_withdrawal_instance (instance_id, notified_on),
      KEY ix_withdrawal_habilitation (habilitation_id),
      KEY ix_withdrawal_organism (organism_id),
      CONSTRAINT ck_withdrawal_case CHECK (
        (withdrawal_case = 'AUDIT_REFUSAL' AND audit_id IS NOT NULL AND refused_on IS NOT NULL AND relapse_procedure_id IS NULL AND edof_source IS NULL)
        OR (withdrawal_case = 'RELAPSE' AND relapse_procedure_id IS NOT NULL AND finding_on IS NOT NULL AND audit_id IS NULL AND edof_source IS NULL)
        OR (withdrawal_case = 'EDOF_ALERT' AND edof_source IN ('CAISSE_DES_DEPOTS', 'FRANCE_COMPETENCES') AND edof_received_on IS NOT NULL AND audit_id IS NULL AND relapse_procedure_id IS NULL)),
      CONSTRAINT fk_withdrawal_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id),
      CONSTRAINT fk_withdrawal_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_withdrawal_instance FOREIGN KEY (instance_id) REFERENCES instance (id),
      CONSTRAINT fk_withdrawal_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
      CONSTRAINT fk_withdrawal_procedure FOREIGN KEY (relapse_procedure_id) REFERENCES compliance_procedure (id)
    ) ${TABLE_OPTIONS}`);
    await q.query("ALTER TABLE audit ADD CONSTRAINT fk_audit_refusal_withdrawal FOREIGN KEY (refusal_withdrawal_id) REFERENCES habilitation_withdrawal (id)");

    await q.query("DROP TABLE habilitation_suspension");
    await q.query("ALTER TABLE habilitation DROP COLUMN withdrawn_on, DROP COLUMN withdrawal_reason");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE habilitation ADD COLUMN withdrawn_on DATE NULL AFTER first_use_declared_by, ADD COLUMN withdrawal_reason VARCHAR(2000) NULL AFTER withdrawn_on");
    await q.query(`CREATE TABLE habilitation_suspension (
      id INT AUTO_INCREMENT PRIMARY KEY,
      habilitation_id INT NOT NULL,
      starts_on DATE NOT NULL,
      ends_on DATE NULL,
      reason VARCHAR(2000) NOT NULL,
      KEY ix_suspension_habilitation (habilitation_id),
      CONSTRAINT fk_suspension_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id)
    ) ${TABLE_OPTIONS}`);
    await q.query("ALTER TABLE audit DROP FOREIGN KEY fk_audit_refusal_withdrawal");
    for (const table of ["habilitation_withdrawal", "formal_notice", "compliance_procedure", "audit"]) await q.query(`DROP TABLE ${table}`);
  }
}
