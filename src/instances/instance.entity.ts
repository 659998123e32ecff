import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

import type { InstanceKind } from "../common/auth/actor";

export type { InstanceKind };

/** Certif Pro or a CPNE: a body that decides. */
@Entity("instance")
export class InstanceEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 40, unique: true })
  code: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "varchar", length: 20 })
  kind: InstanceKind;

  /** The professional field a CPNE acts in; null for Certif Pro. */
  @Column({ type: "varchar", length: 300, nullable: true })
  professionalField: string | null;
}
