import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Append-only trace of every transition and decision: who, in which role, under which Instance, when. */
@Entity("journal_entry")
export class JournalEntryEntity {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id: string;

  @Column({ type: "datetime", precision: 3 })
  occurredAt: Date;

  @Column({ type: "int" })
  actorUserId: number;

  @Column({ type: "varchar", length: 254 })
  actorEmail: string;

  @Column({ type: "varchar", length: 30 })
  actorRole: string;

  /** The Instance under which the actor acted. */
  @Column({ type: "varchar", length: 40, nullable: true })
  instanceCode: string | null;

  /** The Instance the subject belongs to (who may read this entry). */
  @Column({ type: "varchar", length: 40, nullable: true })
  subjectInstanceCode: string | null;

  @Column({ type: "varchar", length: 40 })
  subjectType: string;

  @Column({ type: "varchar", length: 40 })
  subjectId: string;

  @Column({ type: "varchar", length: 60 })
  action: string;

  @Column({ type: "varchar", length: 30, nullable: true })
  fromState: string | null;

  @Column({ type: "varchar", length: 30, nullable: true })
  toState: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  reason: string | null;
}
