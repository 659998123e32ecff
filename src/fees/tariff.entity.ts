import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Fees in euro cents net of VAT, from a date. */
@Entity("tariff")
export class TariffEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "date" })
  validFrom: string;

  @Column({ type: "int" })
  applicationCents: number;

  @Column({ type: "int" })
  siteAnnualCents: number;

  @Column({ type: "int" })
  certificateCents: number;
}
