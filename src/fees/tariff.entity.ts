import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Fees in euro cents net of VAT, from a date (FEE-1…4: amounts may change each year). */
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
