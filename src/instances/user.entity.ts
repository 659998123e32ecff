import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

import type { UserRole } from "../common/auth/actor";

export type { UserRole };

@Entity("app_user")
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 254, unique: true })
  email: string;

  @Column({ type: "varchar", length: 200 })
  displayName: string;

  @Column({ type: "varchar", length: 30 })
  role: UserRole;

  @Column({ type: "int", nullable: true })
  instanceId: number | null;

  /** For ORGANISM_ADMIN: the organism the user belongs to. */
  @Column({ type: "int", nullable: true })
  organismId: number | null;

  /** For MANDATAIRE: the mandataire the user works for. */
  @Column({ type: "int", nullable: true })
  mandataireId: number | null;

  @Column({ type: "boolean", default: true })
  active: boolean;
}
