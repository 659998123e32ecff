import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export type ItemKind = "DOMAIN" | "COMPETENCE" | "CRITERION";
export type CriterionKind = "CERTIFICATION" | "ASSOCIATED";

/** A domain, competence or criterion of one referential version; `code` is unique in the version. */
@Entity("referential_item")
export class ReferentialItemEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  referentialVersionId: number;

  @Column({ type: "varchar", length: 20 })
  code: string;

  @Column({ type: "varchar", length: 20 })
  kind: ItemKind;

  @Column({ type: "varchar", length: 20, nullable: true })
  parentCode: string | null;

  @Column({ type: "int" })
  position: number;

  @Column({ type: "text" })
  text: string;

  @Column({ type: "varchar", length: 500, nullable: true })
  shortTitle: string | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  criterionKind: CriterionKind | null;

  @Column({ type: "boolean", default: false })
  transversal: boolean;

  @Column({ type: "varchar", length: 300, nullable: true })
  criteriaLead: string | null;
}
