import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Files applications for one or several organisms, with proof of mandate. */
@Entity("mandataire")
export class MandataireEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "char", length: 9, nullable: true })
  siren: string | null;
}

@Entity("mandate")
export class MandateEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  mandataireId: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "varchar", length: 300 })
  proofReference: string;

  @Column({ type: "date" })
  validFrom: string;

  @Column({ type: "date", nullable: true })
  validUntil: string | null;
}
