import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

export type CertificateFormat = "PAPER" | "PDF";

/** EVA-5: a certificate, and the verification stub the certifier keeps after erasure (GDPR-1). */
@Entity("certificate")
export class CertificateEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 20 })
  number: string;

  @Column({ type: "char", length: 14 })
  verificationCode: string;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  /** Null once the holder's data is erased or destroyed. */
  @Column({ type: "int", nullable: true })
  candidateId: number | null;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "int" })
  habilitationId: number;

  @Column({ type: "varchar", length: 40 })
  referentialVersion: string;

  @Column({ type: "int", nullable: true })
  contextInstanceId: number | null;

  /** The Instance that granted the habilitation: Certif Pro, or the delegated CPNE. */
  @Column({ type: "int" })
  certifierInstanceId: number;

  @Column({ type: "varchar", length: 300 })
  deliveredInNameOf: string;

  @Column({ type: "date" })
  deliveredOn: string;

  @Column({ type: "varchar", length: 20 })
  holderInitials: string;

  @Column({ type: "varchar", length: 10 })
  format: CertificateFormat;

  @Column({ type: "date", nullable: true })
  revokedOn: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  revocationReason: string | null;

  @Column({ type: "int", default: 1 })
  rowVersion: number;
}

/** The last number given, per certification and year. */
@Entity("certificate_sequence")
export class CertificateSequenceEntity {
  @PrimaryColumn({ type: "varchar", length: 40 })
  certificationCode: string;

  @PrimaryColumn({ type: "smallint" })
  year: number;

  @Column({ type: "int" })
  lastValue: number;
}

export type ResultsRequestStatus = "OPEN" | "DECIDED";

/** EVA-7: a request to consult the jury minutes or contest the results, as the certifier received it. */
@Entity("results_request")
export class ResultsRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int", nullable: true })
  candidateId: number | null;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "int" })
  certifierInstanceId: number;

  @Column({ type: "int" })
  addressedToInstanceId: number;

  @Column({ type: "varchar", length: 20 })
  kind: "CONSULT_MINUTES" | "CONTEST_RESULTS";

  @Column({ type: "varchar", length: 40 })
  channel: "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT" | "OTHER";

  @Column({ type: "date" })
  sentOn: string;

  @Column({ type: "date" })
  receivedOn: string;

  @Column({ type: "date" })
  resultsCommunicatedOn: string;

  @Column({ type: "int" })
  recordedByUserId: number;

  @Column({ type: "varchar", length: 10 })
  status: ResultsRequestStatus;

  @Column({ type: "varchar", length: 12, nullable: true })
  outcome: "GRANTED" | "UPHELD" | "DISMISSED" | null;

  @Column({ type: "varchar", length: 4000, nullable: true })
  reasons: string | null;

  @Column({ type: "date", nullable: true })
  decidedOn: string | null;

  @Column({ type: "int", nullable: true })
  decidedByUserId: number | null;

  @Column({ type: "int", default: 1 })
  rowVersion: number;
}

/** What statistics keep of an erased or destroyed path: no identity (GDPR-1). */
@Entity("anonymised_result")
export class AnonymisedResultEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "int" })
  habilitationId: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  @Column({ type: "varchar", length: 40 })
  referentialVersion: string;

  @Column({ type: "int", nullable: true })
  contextInstanceId: number | null;

  @Column({ type: "smallint" })
  enrolmentYear: number;

  @Column({ type: "varchar", length: 200 })
  validatedDomains: string;

  @Column({ type: "varchar", length: 12, nullable: true })
  juryOutcome: string | null;

  @Column({ type: "varchar", length: 12 })
  cause: "ERASURE" | "DESTRUCTION";

  @Column({ type: "date" })
  recordedOn: string;
}
