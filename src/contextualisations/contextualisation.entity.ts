import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { ContextualisationStatus } from "./rules/lifecycle";

@Entity("contextualisation")
export class ContextualisationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  instanceId: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  @Column({ type: "int" })
  baseVersionId: number;

  @Column({ type: "varchar", length: 20 })
  status: ContextualisationStatus;

  /** Optimistic concurrency: every write checks and bumps it. */
  @Column({ type: "int", default: 1 })
  rowVersion: number;

  @Column({ type: "int" })
  createdByUserId: number;

  @CreateDateColumn({ type: "datetime", precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime", precision: 3 })
  updatedAt: Date;

  @Column({ type: "datetime", precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: "datetime", precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: "int", nullable: true })
  decidedByUserId: number | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  rejectionReason: string | null;

  @Column({ type: "datetime", precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: "datetime", precision: 3, nullable: true })
  supersededAt: Date | null;
}
