import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

export type EvaluationKind = "PRELIMINARY" | "FINAL";
/** A preliminary or final evaluation of a candidate (EVA-2), validated when recorded: every rule is checked first. */
@Entity("evaluation")
export class EvaluationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  candidateId: number;

  @Column({ type: "varchar", length: 12 })
  kind: EvaluationKind;

  /** The day of its last sitting. */
  @Column({ type: "date" })
  heldOn: string;

  @Column({ type: "int" })
  totalMinutes: number;

  @Column({ type: "decimal", precision: 5, scale: 2, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  scorePercent: number | null;

  @Column({ type: "boolean" })
  remote: boolean;

  @Column({ type: "date" })
  recordedOn: string;
}

@Entity("evaluation_sitting")
export class EvaluationSittingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  evaluationId: number;

  @Column({ type: "date" })
  heldOn: string;

  @Column({ type: "int" })
  minutes: number;
}

@Entity("evaluation_evaluator")
export class EvaluationEvaluatorEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  evaluationId: number;

  /** Null once the intervenant has left the organism. */
  @Column({ type: "int", nullable: true })
  intervenantId: number | null;

  @Column({ type: "varchar", length: 200 })
  fullName: string;
}

/** One criterion (or a competence without criteria) judged acquired or not. */
@Entity("evaluation_assessment")
export class EvaluationAssessmentEntity {
  @PrimaryColumn({ type: "int" })
  evaluationId: number;

  @PrimaryColumn({ type: "varchar", length: 20 })
  itemCode: string;

  @Column({ type: "boolean" })
  acquired: boolean;
}

/** EVA-8: what a remote evaluation records before it may be validated. */
@Entity("remote_evaluation")
export class RemoteEvaluationEntity {
  @PrimaryColumn({ type: "int" })
  evaluationId: number;

  @Column({ type: "date", nullable: true })
  identityCheckedOn: string | null;

  /** How the identity was checked; never a copy of the document. */
  @Column({ type: "varchar", length: 200, nullable: true })
  identityCheckMethod: string | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  pathTraceability: string | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  reinforcedSupport: string | null;

  @Column({ type: "date", nullable: true })
  feasibilityCheckedOn: string | null;
}

@Entity("remote_synchronous_phase")
export class RemoteSynchronousPhaseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  evaluationId: number;

  @Column({ type: "date" })
  heldOn: string;

  @Column({ type: "int" })
  minutes: number;
}
