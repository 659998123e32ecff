import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export type ReferentialVersionStatus = "DRAFT" | "PUBLISHED";

/** One version of a referential; once PUBLISHED it never changes. */
@Entity("referential_version")
export class ReferentialVersionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 40 })
  certificationCode: string;

  @Column({ type: "varchar", length: 40 })
  version: string;

  @Column({ type: "varchar", length: 20 })
  status: ReferentialVersionStatus;

  @Column({ type: "date" })
  effectiveFrom: string;

  @Column({ type: "text" })
  source: string;

  @Column({ type: "varchar", length: 300, nullable: true })
  transversalTitle: string | null;

  @Column({ type: "datetime", precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: "int", nullable: true })
  publishedByUserId: number | null;

  @Column({ type: "int", default: 1 })
  rowVersion: number;

  @CreateDateColumn({ type: "datetime", precision: 3 })
  createdAt: Date;
}
