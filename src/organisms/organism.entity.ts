import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A candidate or habilitated organism, identified by its SIREN. */
@Entity("organism")
export class OrganismEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "char", length: 9, unique: true })
  siren: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "varchar", length: 100, nullable: true })
  legalForm: string | null;

  /** Numéro de déclaration d'activité (NDA). */
  @Column({ type: "varchar", length: 20, nullable: true })
  declarationNumber: string | null;

  @Column({ type: "boolean", default: false })
  qualiopiCertified: boolean;

  @Column({ type: "date", nullable: true })
  qualiopiSince: string | null;

  @Column({ type: "int", default: 1 })
  rowVersion: number;

  @CreateDateColumn({ type: "datetime", precision: 3 })
  createdAt: Date;
}
