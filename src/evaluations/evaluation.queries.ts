import type { DataSource } from "typeorm";
import { OrganismEntity } from "../organisms/organism.entity";
import { CertificateEntity } from "./certificate.entity";

/** What other areas may ask of evaluations. */

export interface CertificateAwarded {
  organismId: number;
  organismSiren: string;
  organismName: string;
  number: string;
  awardedOn: string;
}

/**
 * FEE-3: the certificates of a certification awarded in the period, per organism, in one statement; withdrawn ones
 * count (the charge fell due on the award), whatever became of their holder's data.
 */
export async function certificatesAwarded(db: DataSource, organismIds: number[] | null, certification: string, periodStart: string, periodEnd: string): Promise<CertificateAwarded[]> {
  const query = db
    .createQueryBuilder()
    .select(["x.number AS number", "x.delivered_on AS awardedOn", "o.id AS organismId", "o.siren AS organismSiren", "o.name AS organismName"])
    .from(CertificateEntity, "x")
    .innerJoin(OrganismEntity, "o", "o.id = x.organism_id")
    .where("x.delivered_on BETWEEN :periodStart AND :periodEnd AND x.certification_code = :certification", { periodStart, periodEnd, certification })
    .orderBy("x.delivered_on", "ASC")
    .addOrderBy("x.id", "ASC");
  if (organismIds !== null) query.andWhere("x.organism_id IN (:...organismIds)", { organismIds });
  const rows = await query.getRawMany<CertificateAwarded>();
  return rows.map((row) => ({ ...row, organismId: Number(row.organismId) }));
}
