import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import type { EdofAlertSource, StandaloneWithdrawalCase } from "./rules/withdrawal";

/** A withdrawal decided on its own (WDR-1): relapse (CMP-5), audit refusal, EDOF alert; binding once notified. */
@Entity("habilitation_withdrawal")
export class HabilitationWithdrawalEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "int" }) habilitationId: number;
  @Column({ type: "int" }) organismId: number;
  /** The Instance that granted the habilitation (INS-1). */
  @Column({ type: "int" }) instanceId: number;
  @Column({ type: "varchar", length: 20 }) withdrawalCase: StandaloneWithdrawalCase;
  @Column({ type: "date" }) decidedOn: string;
  @Column({ type: "int" }) decidedByUserId: number;
  @Column({ type: "text" }) reason: string;
  @Column({ type: "date", nullable: true }) notifiedOn: string | null;
  @Column({ type: "date", nullable: true }) effectiveOn: string | null;
  @Column({ type: "int", nullable: true }) auditId: number | null;
  @Column({ type: "date", nullable: true }) refusedOn: string | null;
  @Column({ type: "int", nullable: true }) relapseProcedureId: number | null;
  @Column({ type: "date", nullable: true }) findingOn: string | null;
  @Column({ type: "varchar", length: 2000, nullable: true }) finding: string | null;
  @Column({ type: "varchar", length: 20, nullable: true }) edofSource: EdofAlertSource | null;
  @Column({ type: "varchar", length: 100, nullable: true }) edofReference: string | null;
  @Column({ type: "varchar", length: 100, nullable: true }) edofLevel: string | null;
  @Column({ type: "date", nullable: true }) edofReceivedOn: string | null;
  @Column({ type: "int", default: 1 }) rowVersion: number;
  @CreateDateColumn({ type: "datetime", precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: "datetime", precision: 3 }) updatedAt: Date;
}
