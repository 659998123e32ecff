import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity("certification")
export class CertificationEntity {
  @PrimaryColumn({ type: "varchar", length: 40 })
  code: string;

  @Column({ type: "varchar", length: 200 })
  name: string;
}
