import type { MigrationInterface, QueryRunner } from "typeorm";

const TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

/**
 * Candidates, their evaluations, juries and certificates (EVA-1…9). The person's identity lives in
 * `candidate_identity` alone; erasure deletes every row of the candidate and keeps `certificate` (the verification
 * stub) and `anonymised_result`. Intervenants are named alongside their id: one who leaves the organism is erased
 * from it, and the separation of trainers and evaluators (EVA-3) still holds by name. The first certificate
 * decided under a habilitation is its evidence of use (HAB-6): the declaration column goes.
 */
export class EvaluationsAndCertificates1764300000000 implements MigrationInterface {
  name = "EvaluationsAndCertificates1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE candidate (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      reference VARCHAR(40) NOT NULL,
      habilitation_id INT NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      referential_version_id INT NOT NULL,
      contextualisation_id INT NULL,
      context_instance_id INT NULL,
      enrolled_on DATE NOT NULL,
      purpose_stated TINYINT(1) NOT NULL,
      disability_referent_given TINYINT(1) NOT NULL,
      status VARCHAR(12) NOT NULL,
      results_communicated_on DATE NULL,
      restricted_since DATE NULL,
      objected_since DATE NULL,
      row_version INT NOT NULL DEFAULT 1,
      UNIQUE KEY uq_candidate_reference (organism_id, reference),
      KEY ix_candidate_list (organism_id, enrolled_on, id),
      KEY ix_candidate_habilitation (habilitation_id),
      CONSTRAINT fk_candidate_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_candidate_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id),
      CONSTRAINT fk_candidate_certification FOREIGN KEY (certification_code) REFERENCES certification (code),
      CONSTRAINT fk_candidate_version FOREIGN KEY (referential_version_id) REFERENCES referential_version (id),
      CONSTRAINT fk_candidate_ctx FOREIGN KEY (contextualisation_id) REFERENCES contextualisation (id),
      CONSTRAINT fk_candidate_context FOREIGN KEY (context_instance_id) REFERENCES instance (id),
      CONSTRAINT ck_candidate_status CHECK (status IN ('OPEN', 'AWARDED'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE candidate_identity (
      candidate_id INT NOT NULL PRIMARY KEY,
      last_name VARCHAR(100) NOT NULL,
      first_names VARCHAR(100) NOT NULL,
      birth_date DATE NOT NULL,
      email VARCHAR(254) NULL,
      postal_address VARCHAR(300) NULL,
      CONSTRAINT fk_identity_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE candidate_accommodation (
      id INT AUTO_INCREMENT PRIMARY KEY,
      candidate_id INT NOT NULL,
      kind VARCHAR(30) NOT NULL,
      description VARCHAR(500) NOT NULL,
      extra_minutes INT NULL,
      KEY ix_accommodation_candidate (candidate_id),
      CONSTRAINT fk_accommodation_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
      CONSTRAINT ck_accommodation_kind CHECK (kind IN ('DURATION', 'ACCESSIBLE_PREMISES', 'HUMAN_AID', 'MATERIAL_AID', 'TECHNICAL_AID'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE candidate_training (
      id INT AUTO_INCREMENT PRIMARY KEY,
      candidate_id INT NOT NULL,
      trainer_id INT NULL,
      trainer_name VARCHAR(200) NOT NULL,
      starts_on DATE NOT NULL,
      KEY ix_training_candidate (candidate_id),
      KEY ix_training_trainer (trainer_id),
      CONSTRAINT fk_training_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
      CONSTRAINT fk_training_trainer FOREIGN KEY (trainer_id) REFERENCES intervenant (id) ON DELETE SET NULL
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE evaluation (
      id INT AUTO_INCREMENT PRIMARY KEY,
      candidate_id INT NOT NULL,
      kind VARCHAR(12) NOT NULL,
      held_on DATE NOT NULL,
      total_minutes INT NOT NULL,
      score_percent DECIMAL(5,2) NULL,
      remote TINYINT(1) NOT NULL,
      recorded_on DATE NOT NULL,
      preliminary_slot INT AS (CASE WHEN kind = 'PRELIMINARY' THEN candidate_id END) STORED,
      UNIQUE KEY uq_evaluation_one_preliminary (preliminary_slot),
      KEY ix_evaluation_candidate (candidate_id, held_on),
      KEY ix_evaluation_list (held_on, id),
      CONSTRAINT fk_evaluation_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
      CONSTRAINT ck_evaluation_kind CHECK (kind IN ('PRELIMINARY', 'FINAL'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE evaluation_sitting (
      id INT AUTO_INCREMENT PRIMARY KEY,
      evaluation_id INT NOT NULL,
      held_on DATE NOT NULL,
      minutes INT NOT NULL,
      KEY ix_sitting_evaluation (evaluation_id),
      CONSTRAINT fk_sitting_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE evaluation_evaluator (
      id INT AUTO_INCREMENT PRIMARY KEY,
      evaluation_id INT NOT NULL,
      intervenant_id INT NULL,
      full_name VARCHAR(200) NOT NULL,
      UNIQUE KEY uq_evaluator (evaluation_id, intervenant_id),
      KEY ix_evaluator_intervenant (intervenant_id),
      CONSTRAINT fk_evaluator_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
      CONSTRAINT fk_evaluator_intervenant FOREIGN KEY (intervenant_id) REFERENCES intervenant (id) ON DELETE SET NULL
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE evaluation_assessment (
      evaluation_id INT NOT NULL,
      item_code VARCHAR(20) NOT NULL,
      acquired TINYINT(1) NOT NULL,
      PRIMARY KEY (evaluation_id, item_code),
      CONSTRAINT fk_assessment_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE remote_evaluation (
      evaluation_id INT NOT NULL PRIMARY KEY,
      identity_checked_on DATE NULL,
      identity_check_method VARCHAR(200) NULL,
      path_traceability VARCHAR(500) NULL,
      reinforced_support VARCHAR(500) NULL,
      feasibility_checked_on DATE NULL,
      CONSTRAINT fk_remote_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE remote_synchronous_phase (
      id INT AUTO_INCREMENT PRIMARY KEY,
      evaluation_id INT NOT NULL,
      held_on DATE NOT NULL,
      minutes INT NOT NULL,
      KEY ix_phase_evaluation (evaluation_id),
      CONSTRAINT fk_phase_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE jury_decision (
      id INT AUTO_INCREMENT PRIMARY KEY,
      candidate_id INT NOT NULL,
      outcome VARCHAR(12) NOT NULL,
      decided_on DATE NOT NULL,
      validated_domains VARCHAR(200) NOT NULL,
      reason VARCHAR(2000) NULL,
      minutes TEXT NOT NULL,
      recorded_by_user_id INT NOT NULL,
      awarded_slot INT AS (CASE WHEN outcome = 'AWARDED' THEN candidate_id END) STORED,
      UNIQUE KEY uq_jury_one_award (awarded_slot),
      KEY ix_jury_candidate (candidate_id, decided_on),
      CONSTRAINT fk_jury_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
      CONSTRAINT fk_jury_user FOREIGN KEY (recorded_by_user_id) REFERENCES app_user (id),
      CONSTRAINT ck_jury_outcome CHECK (outcome IN ('AWARDED', 'NOT_AWARDED'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE jury_member (
      id INT AUTO_INCREMENT PRIMARY KEY,
      jury_decision_id INT NOT NULL,
      intervenant_id INT NULL,
      full_name VARCHAR(200) NOT NULL,
      KEY ix_member_decision (jury_decision_id),
      CONSTRAINT fk_member_decision FOREIGN KEY (jury_decision_id) REFERENCES jury_decision (id),
      CONSTRAINT fk_member_intervenant FOREIGN KEY (intervenant_id) REFERENCES intervenant (id) ON DELETE SET NULL
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE jury_departure (
      jury_decision_id INT NOT NULL,
      domain_code VARCHAR(20) NOT NULL,
      reason VARCHAR(2000) NOT NULL,
      PRIMARY KEY (jury_decision_id, domain_code),
      CONSTRAINT fk_departure_decision FOREIGN KEY (jury_decision_id) REFERENCES jury_decision (id)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE certificate_sequence (
      certification_code VARCHAR(40) NOT NULL,
      year SMALLINT NOT NULL,
      last_value INT NOT NULL,
      PRIMARY KEY (certification_code, year)
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE certificate (
      id INT AUTO_INCREMENT PRIMARY KEY,
      number VARCHAR(20) NOT NULL,
      verification_code CHAR(14) NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      candidate_id INT NULL,
      organism_id INT NOT NULL,
      habilitation_id INT NOT NULL,
      referential_version VARCHAR(40) NOT NULL,
      context_instance_id INT NULL,
      certifier_instance_id INT NOT NULL,
      delivered_in_name_of VARCHAR(300) NOT NULL,
      delivered_on DATE NOT NULL,
      holder_initials VARCHAR(20) NOT NULL,
      format VARCHAR(10) NOT NULL,
      revoked_on DATE NULL,
      revocation_reason VARCHAR(2000) NULL,
      row_version INT NOT NULL DEFAULT 1,
      UNIQUE KEY uq_certificate_number (number),
      UNIQUE KEY uq_certificate_code (verification_code),
      UNIQUE KEY uq_certificate_candidate (candidate_id),
      KEY ix_certificate_list (organism_id, delivered_on, id),
      KEY ix_certificate_delivered (delivered_on, id),
      KEY ix_certificate_habilitation (habilitation_id, delivered_on),
      CONSTRAINT fk_certificate_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE SET NULL,
      CONSTRAINT fk_certificate_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_certificate_habilitation FOREIGN KEY (habilitation_id) REFERENCES habilitation (id),
      CONSTRAINT fk_certificate_certification FOREIGN KEY (certification_code) REFERENCES certification (code),
      CONSTRAINT fk_certificate_context FOREIGN KEY (context_instance_id) REFERENCES instance (id),
      CONSTRAINT fk_certificate_certifier FOREIGN KEY (certifier_instance_id) REFERENCES instance (id),
      CONSTRAINT ck_certificate_format CHECK (format IN ('PAPER', 'PDF'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE results_request (
      id INT AUTO_INCREMENT PRIMARY KEY,
      candidate_id INT NULL,
      organism_id INT NOT NULL,
      certifier_instance_id INT NOT NULL,
      addressed_to_instance_id INT NOT NULL,
      kind VARCHAR(20) NOT NULL,
      channel VARCHAR(40) NOT NULL,
      sent_on DATE NOT NULL,
      received_on DATE NOT NULL,
      results_communicated_on DATE NOT NULL,
      recorded_by_user_id INT NOT NULL,
      status VARCHAR(10) NOT NULL,
      outcome VARCHAR(12) NULL,
      reasons VARCHAR(4000) NULL,
      decided_on DATE NULL,
      decided_by_user_id INT NULL,
      row_version INT NOT NULL DEFAULT 1,
      KEY ix_request_candidate (candidate_id),
      KEY ix_request_addressed (addressed_to_instance_id, received_on, id),
      CONSTRAINT fk_request_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE SET NULL,
      CONSTRAINT fk_request_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT fk_request_certifier FOREIGN KEY (certifier_instance_id) REFERENCES instance (id),
      CONSTRAINT fk_request_addressed FOREIGN KEY (addressed_to_instance_id) REFERENCES instance (id),
      CONSTRAINT ck_request_kind CHECK (kind IN ('CONSULT_MINUTES', 'CONTEST_RESULTS')),
      CONSTRAINT ck_request_status CHECK (status IN ('OPEN', 'DECIDED')),
      CONSTRAINT ck_request_outcome CHECK (outcome IS NULL OR outcome IN ('GRANTED', 'UPHELD', 'DISMISSED'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`CREATE TABLE anonymised_result (
      id INT AUTO_INCREMENT PRIMARY KEY,
      organism_id INT NOT NULL,
      habilitation_id INT NOT NULL,
      certification_code VARCHAR(40) NOT NULL,
      referential_version VARCHAR(40) NOT NULL,
      context_instance_id INT NULL,
      enrolment_year SMALLINT NOT NULL,
      validated_domains VARCHAR(200) NOT NULL,
      jury_outcome VARCHAR(12) NULL,
      cause VARCHAR(12) NOT NULL,
      recorded_on DATE NOT NULL,
      KEY ix_anonymised_organism (organism_id, certification_code),
      CONSTRAINT fk_anonymised_organism FOREIGN KEY (organism_id) REFERENCES organism (id),
      CONSTRAINT ck_anonymised_cause CHECK (cause IN ('ERASURE', 'DESTRUCTION'))
    ) ${TABLE_OPTIONS}`);

    await q.query(`ALTER TABLE habilitation
      ADD COLUMN first_use_certificate VARCHAR(20) NULL AFTER first_used_on,
      DROP COLUMN first_use_declared_by`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE habilitation
      ADD COLUMN first_use_declared_by INT NULL AFTER first_used_on,
      DROP COLUMN first_use_certificate`);
    for (const table of [
      "anonymised_result",
      "results_request",
      "certificate",
      "certificate_sequence",
      "jury_departure",
      "jury_member",
      "jury_decision",
      "remote_synchronous_phase",
      "remote_evaluation",
      "evaluation_assessment",
      "evaluation_evaluator",
      "evaluation_sitting",
      "evaluation",
      "candidate_training",
      "candidate_accommodation",
      "candidate_identity",
      "candidate",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
