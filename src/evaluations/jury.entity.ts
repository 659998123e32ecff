import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

export type JuryOutcome = "AWARDED" | "NOT_AWARDED";

/** EVA-5: the sovereign jury's decision on a candidate, with its minutes. */
@Entity("jury_decision")
export class JuryDecisionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  candidateId: number;

  @Column({ type: "varchar", length: 12 })
  outcome: JuryOutcome;

  @Column({ type: "date" })
  decidedOn: string;

  /** Domain codes as the jury judged them, comma-separated. */
  @Column({ type: "varchar", length: 200 })
  validatedDomains: string;

  @Column({ type: "varchar", length: 2000, nullable: true })
  reason: string | null;

  @Column({ type: "text" })
  minutes: string;

  @Column({ type: "int" })
  recordedByUserId: number;
}

@Entity("jury_member")
export class JuryMemberEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  juryDecisionId: number;

  @Column({ type: "int", nullable: true })
  intervenantId: number | null;

  @Column({ type: "varchar", length: 200 })
  fullName: string;
}

/** A domain the jury judged otherwise than the evaluations, and why. */
@Entity("jury_departure")
export class JuryDepartureEntity {
  @PrimaryColumn({ type: "int" })
  juryDecisionId: number;

  @PrimaryColumn({ type: "varchar", length: 20 })
  domainCode: string;

  @Column({ type: "varchar", length: 2000 })
  reason: string;
}
