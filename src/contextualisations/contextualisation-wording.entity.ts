import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A contextualised wording of one base item; items without a row keep the base wording. */
@Entity("contextualisation_wording")
export class ContextualisationWordingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  contextualisationId: number;

  @Column({ type: "varchar", length: 20 })
  itemCode: string;

  @Column({ type: "text" })
  text: string;
}
