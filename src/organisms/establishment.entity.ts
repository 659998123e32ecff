import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An establishment (own SIRET) or a site (distinct address) of an organism. */
@Entity("establishment")
export class EstablishmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  organismId: number;

  @Column({ type: "char", length: 14, nullable: true })
  siret: string | null;

  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "varchar", length: 300 })
  address: string;

  @Column({ type: "varchar", length: 10 })
  postalCode: string;

  @Column({ type: "varchar", length: 100 })
  city: string;

  @Column({ type: "date" })
  registeredFrom: string;

  @Column({ type: "date", nullable: true })
  registeredUntil: string | null;
}
