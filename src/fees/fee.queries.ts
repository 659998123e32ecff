import type { DataSource, SelectQueryBuilder } from "typeorm";
import { ApplicationEntity } from "../applications/application.entity";
import { certificatesAwarded } from "../evaluations/evaluation.queries";
import { HabilitationEntity } from "../habilitations/habilitation.entity";
import type { HabilitationRecord } from "../habilitations/rules/validity";
import { InstanceEntity } from "../instances/instance.entity";
import { EstablishmentEntity } from "../organisms/establishment.entity";
import { OrganismEntity } from "../organisms/organism.entity";
import { oversightFactsFor } from "../oversight/oversight.queries";
import { type BaseHabilitationRecord, oversightEffects, withOversight } from "../oversight/rules/habilitation-effects";
import type { EstablishmentRecord } from "./rules/sites";
import type { ApplicationFiling, CertificateCharge } from "./rules/tariff";

/** The rows a billing period needs, in four statements whatever the number of organisms. */

export interface OrganismRef {
  id: number;
  siren: string;
  name: string;
}

export interface OrganismBilling {
  organism: OrganismRef;
  applications: ApplicationFiling[];
  establishments: EstablishmentRecord[];
  habilitations: Map<number, HabilitationRecord>;
  certificates: CertificateCharge[];
}

const CERTIF_PRO = "i.id = x.instance_id AND i.kind = 'CERTIFIER'";
/** Annexe 2 belongs to the CléA management convention: it sets the fees of that certification only. */
const BILLED = { certification: "CLEA_MANAGEMENT" };

/**
 * Per organism, what may be billed between the two dates; `ids` null reads every organism. Suspensions and withdrawals
 * are those oversight computes as known `today`.
 */
export async function readBillings(
  db: DataSource,
  ids: number[] | null,
  periodStart: string,
  periodEnd: string,
  named: OrganismRef | null,
  today: string,
): Promise<Map<number, OrganismBilling>> {
  const [applications, establishments, habilitations, certificates] = await Promise.all([
    applicationsFiled(db, ids, periodStart, periodEnd),
    establishmentsOfHabilitated(db, ids, periodEnd),
    habilitationsNotified(db, ids, periodEnd),
    certificatesAwarded(db, ids, BILLED.certification, periodStart, periodEnd),
  ]);
  const billings = new Map<number, OrganismBilling>();
  const billing = (organism: OrganismRef): OrganismBilling => {
    let found = billings.get(organism.id);
    if (!found) billings.set(organism.id, (found = { organism, applications: [], establishments: [], habilitations: new Map(), certificates: [] }));
    return found;
  };
  if (named) billing(named);
  for (const row of applications) {
    billing(organismOf(row)).applications.push({ id: Number(row.id), filedOn: row.filedOn, receiptNumber: row.receiptNumber });
  }
  for (const row of establishments) billing(organismOf(row)).establishments.push(establishmentOf(row));
  for (const row of certificates) billing(organismOf(row)).certificates.push({ awardedOn: row.awardedOn, number: row.number });
  const billed = habilitations.filter((row) => billings.has(Number(row.organismId)));
  const oversight = await oversightFactsFor(db, billed.map((row) => Number(row.id)));
  for (const row of billed) {
    const effects = oversightEffects(oversight.get(Number(row.id))!, today);
    billings.get(Number(row.organismId))!.habilitations.set(Number(row.id), withOversight(habilitationOf(row), effects));
  }
  return billings;
}

/** Applications for CléA management filed to Certif Pro in the period, whatever became of them. */
function applicationsFiled(db: DataSource, ids: number[] | null, periodStart: string, periodEnd: string) {
  const query = db
    .createQueryBuilder()
    .select(["x.id AS id", "x.filed_on AS filedOn", "x.receipt_number AS receiptNumber"])
    .from(ApplicationEntity, "x")
    .innerJoin(InstanceEntity, "i", CERTIF_PRO)
    .where("x.filed_on BETWEEN :periodStart AND :periodEnd", { periodStart, periodEnd })
    .andWhere("x.certification_code = :certification", BILLED);
  return withOrganism(query, ids).getRawMany<OrganismRow & { id: number; filedOn: string; receiptNumber: string | null }>();
}

/** The establishments of organisms holding a Certif Pro habilitation for CléA management notified by the end of the period. */
function establishmentsOfHabilitated(db: DataSource, ids: number[] | null, periodEnd: string) {
  const query = db
    .createQueryBuilder()
    .select(["x.id AS id", "x.siret AS siret", "x.name AS name", "x.address AS address", "x.postal_code AS postalCode", "x.city AS city"])
    .addSelect(["x.registered_from AS registeredFrom", "x.registered_until AS registeredUntil"])
    .from(EstablishmentEntity, "x")
    .where((qb) => {
      const habilitated = qb
        .subQuery()
        .select("h.organism_id")
        .from(HabilitationEntity, "h")
        .innerJoin(InstanceEntity, "hi", "hi.id = h.instance_id AND hi.kind = 'CERTIFIER'")
        .where("h.notified_on <= :periodEnd AND h.certification_code = :certification", { periodEnd, ...BILLED })
        .getQuery();
      return `x.organism_id IN ${habilitated}`;
    })
    .andWhere("x.registered_from <= :periodEnd", { periodEnd });
  return withOrganism(query, ids).getRawMany<OrganismRow & EstablishmentRow>();
}

/** Those habilitations. */
function habilitationsNotified(db: DataSource, ids: number[] | null, periodEnd: string) {
  const query = db
    .createQueryBuilder()
    .select(["x.id AS id", "x.organism_id AS organismId", "x.notified_on AS notifiedOn", "x.starts_on AS startsOn", "x.first_used_on AS firstUsedOn"])
    .addSelect(["x.renunciation_sent_on AS renunciationSentOn", "x.renunciation_received_on AS renunciationReceivedOn"])
    .from(HabilitationEntity, "x")
    .innerJoin(InstanceEntity, "i", CERTIF_PRO)
    .where("x.notified_on <= :periodEnd AND x.certification_code = :certification", { periodEnd, ...BILLED });
  if (ids !== null) query.andWhere("x.organism_id IN (:...ids)", { ids });
  return query.getRawMany<HabilitationRow>();
}

interface OrganismRow {
  organismId: number;
  organismSiren: string;
  organismName: string;
}

interface EstablishmentRow {
  id: number;
  siret: string | null;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  registeredFrom: string;
  registeredUntil: string | null;
}

interface HabilitationRow {
  id: number;
  organismId: number;
  notifiedOn: string;
  startsOn: string | null;
  firstUsedOn: string | null;
  renunciationSentOn: string | null;
  renunciationReceivedOn: string | null;
}

function withOrganism<T extends SelectQueryBuilder<object>>(query: T, ids: number[] | null): T {
  query.addSelect(["o.id AS organismId", "o.siren AS organismSiren", "o.name AS organismName"]).innerJoin(OrganismEntity, "o", "o.id = x.organism_id");
  if (ids !== null) query.andWhere("x.organism_id IN (:...ids)", { ids });
  return query;
}

const organismOf = (row: OrganismRow): OrganismRef => ({ id: Number(row.organismId), siren: row.organismSiren, name: row.organismName });

const establishmentOf = (row: EstablishmentRow): EstablishmentRecord => ({
  id: Number(row.id),
  siret: row.siret,
  name: row.name,
  address: row.address,
  postalCode: row.postalCode,
  city: row.city,
  registeredFrom: row.registeredFrom,
  registeredUntil: row.registeredUntil,
});

function habilitationOf(row: HabilitationRow): BaseHabilitationRecord {
  return {
    notifiedOn: row.notifiedOn,
    startsOn: row.startsOn ?? row.notifiedOn,
    firstUsedOn: row.firstUsedOn,
    renunciation:
      row.renunciationSentOn && row.renunciationReceivedOn ? { noticeSentOn: row.renunciationSentOn, noticeReceivedOn: row.renunciationReceivedOn } : null,
  };
}
