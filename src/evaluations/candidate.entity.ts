import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

export type CandidateStatus = "OPEN" | "AWARDED";

/** One enrolment of a person with an organism: their path to one certification. No identity here (GDPR-1). */
@Entity("candidate")
export class CandidateEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  /** The organism's own file number: never a name. */
  @Column({ type: "varchar", length: 40 })
  reference: string;

  /** The habilitation that gave the right on the enrolment day (EVA-1, CTX-4). */
  @Column({ type: "int" })
  habilitationId: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  @Column({ type: "int" })
  referentialVersionId: number;

  /** The CPNE's published contextualisation on the enrolment day, whose wording the person is evaluated against. */
  @Column({ type: "int", nullable: true })
  contextualisationId: number | null;

  /** The CPNE whose context applies; null under Certif Pro's referential. */
  @Column({ type: "int", nullable: true })
  contextInstanceId: number | null;

  @Column({ type: "date" })
  enrolledOn: string;

  @Column({ type: "boolean" })
  purposeStated: boolean;

  @Column({ type: "boolean" })
  disabilityReferentGiven: boolean;

  @Column({ type: "varchar", length: 12 })
  status: CandidateStatus;

  @Column({ type: "date", nullable: true })
  resultsCommunicatedOn: string | null;

  @Column({ type: "date", nullable: true })
  restrictedSince: string | null;

  @Column({ type: "date", nullable: true })
  objectedSince: string | null;

  @Column({ type: "int", default: 1 })
  rowVersion: number;
}

/** The person's identity and contact: the only personal data of a path, deleted on erasure. */
@Entity("candidate_identity")
export class CandidateIdentityEntity {
  @PrimaryColumn({ type: "int" })
  candidateId: number;

  @Column({ type: "varchar", length: 100 })
  lastName: string;

  @Column({ type: "varchar", length: 100 })
  firstNames: string;

  @Column({ type: "date" })
  birthDate: string;

  @Column({ type: "varchar", length: 254, nullable: true })
  email: string | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  postalAddress: string | null;
}

/** EVA-6: an accommodation by kind, saying what is provided, never the person's condition. */
@Entity("candidate_accommodation")
export class AccommodationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  candidateId: number;

  @Column({ type: "varchar", length: 30 })
  kind: string;

  @Column({ type: "varchar", length: 500 })
  description: string;

  @Column({ type: "int", nullable: true })
  extraMinutes: number | null;
}

/** EVA-2: a training path, with its trainer (EVA-3: never the person's evaluator nor juror). */
@Entity("candidate_training")
export class TrainingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  candidateId: number;

  /** Null once the intervenant has left the organism; the name stays for EVA-3. */
  @Column({ type: "int", nullable: true })
  trainerId: number | null;

  @Column({ type: "varchar", length: 200 })
  trainerName: string;

  @Column({ type: "date" })
  startsOn: string;
}
