import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { Actor } from "../common/auth/actor";
import { addCalendarDays } from "../common/calendar/working-days";
import { isDuplicateKey } from "../common/db/optimistic";
import { badInput, conflict, forbidden, notFound } from "../common/errors";
import type { RequestContext } from "../common/graphql/context";
import { ApplicationEntity } from "../habilitations/application.entity";
import { HabilitationEntity, HabilitationSuspensionEntity } from "../habilitations/habilitation.entity";
import type { HabilitationRecord } from "../habilitations/rules/validity";
import { InstanceEntity } from "../instances/instance.entity";
import { recordInJournal } from "../journal/journal.service";
import { EstablishmentEntity } from "../organisms/establishment.entity";
import { organismsActedFor } from "../organisms/organism.access";
import { OrganismEntity } from "../organisms/organism.entity";
import { validateSiren } from "../organisms/rules/identifiers";
import type { FeeKindEnum, FeeLineType, OrganismFeesType, TariffType } from "./fee.types";
import { formatEuros } from "./rules/format";
import { habilitatedPeriods } from "./rules/habilitated";
import { type Check, checkBillingPeriod, checkInvoiceDate, checkNewTariff, describeTariff, tariffExistsReason } from "./rules/inputs";
import { feeScope } from "./rules/permissions";
import { billableSites, type EstablishmentRecord } from "./rules/sites";
import { type ApplicationFiling, computeFees, paymentDueDate, paymentLabel, type TariffRow } from "./rules/tariff";
import { TariffEntity } from "./tariff.entity";

export interface FeesDueArgs {
  periodStart: string;
  periodEnd: string;
  organism: string | null;
  invoicedOn: string | null;
}

interface OrganismRef {
  id: number;
  siren: string;
  name: string;
}

interface Billing {
  organism: OrganismRef;
  applications: ApplicationFiling[];
  establishments: EstablishmentRecord[];
  habilitations: Map<number, HabilitationRecord & { suspensions: { from: string; to: string | null }[] }>;
}

const CERTIF_PRO_JOIN = "i.id = x.instance_id AND i.kind = 'CERTIFIER'";

export class FeeService {
  constructor(private readonly db: DataSource) {}

  async tariffs(): Promise<TariffType[]> {
    const rows = await this.db.getRepository(TariffEntity).find({ order: { validFrom: "ASC" } });
    return rows.map((row, index) => {
      const next = rows[index + 1];
      return {
        validFrom: row.validFrom,
        validUntil: next ? addCalendarDays(next.validFrom, -1) : null,
        applicationCents: row.applicationCents,
        applicationAmount: formatEuros(row.applicationCents),
        siteAnnualCents: row.siteAnnualCents,
        siteAnnualAmount: formatEuros(row.siteAnnualCents),
        certificateCents: row.certificateCents,
        certificateAmount: formatEuros(row.certificateCents),
      };
    });
  }

  /** FEE-4: a new dated row, from today at the earliest; journaled with the decision maker who set it. */
  async setTariff(ctx: RequestContext, actor: Actor, row: TariffRow): Promise<TariffType> {
    const existing = await this.db.getRepository(TariffEntity).find();
    assertOk(checkNewTariff(row, ctx.clock.today(), existing.map((e) => e.validFrom)));
    try {
      await this.db.transaction(async (manager) => {
        const { identifiers } = await manager.insert(TariffEntity, { ...row });
        await recordInJournal(manager, actor, {
          subjectType: "TARIFF",
          subjectId: identifiers[0]!.id as number,
          subjectInstanceCode: actor.instanceCode,
          action: "TARIFF_SET",
          reason: describeTariff(row),
        });
      });
    } catch (error) {
      if (isDuplicateKey(error, "uq_tariff_from")) throw conflict(tariffExistsReason(row.validFrom));
      throw error;
    }
    return (await this.tariffs()).find((tariff) => tariff.validFrom === row.validFrom)!;
  }

  /**
   * FEE-1, FEE-2, FEE-4 for each organism in the caller's reach that owes something in the period (or the one named).
   * Four statements whatever the number of organisms, plus the organism named and the caller's mandates.
   */
  async feesDue(ctx: RequestContext, args: FeesDueArgs): Promise<OrganismFeesType[]> {
    const tariffRows = await this.db.getRepository(TariffEntity).find({ order: { validFrom: "ASC" } });
    const { periodStart, periodEnd } = args;
    assertOk(checkBillingPeriod(periodStart, periodEnd, tariffRows[0]?.validFrom ?? null));
    const invoicedOn = args.invoicedOn ?? periodEnd;
    assertOk(checkInvoiceDate(invoicedOn, periodEnd));

    const { ids, named } = await this.scope(ctx, args.organism);
    if (ids !== null && ids.length === 0) return [];
    const period = { periodStart, periodEnd };
    const [applications, establishments, habilitations] = await Promise.all([
      this.applicationsFiled(ids, period),
      this.establishmentsOfHabilitated(ids, periodEnd),
      this.habilitations(ids, periodEnd),
    ]);

    const billings = new Map<number, Billing>();
    const billing = (organism: OrganismRef): Billing => {
      let found = billings.get(organism.id);
      if (!found) billings.set(organism.id, (found = { organism, applications: [], establishments: [], habilitations: new Map() }));
      return found;
    };
    if (named) billing(named);
    for (const row of applications) billing(organismOf(row)).applications.push({ id: Number(row.id), filedOn: row.filedOn, receiptNumber: row.receiptNumber });
    for (const row of establishments) billing(organismOf(row)).establishments.push(establishmentOf(row));
    for (const row of habilitations) {
      const target = billings.get(Number(row.organismId));
      if (!target) continue;
      const id = Number(row.id);
      let record = target.habilitations.get(id);
      if (!record) target.habilitations.set(id, (record = habilitationOf(row)));
      if (row.startsOn) record.suspensions.push({ from: row.startsOn, to: row.endsOn });
    }

    const table: TariffRow[] = tariffRows.map(({ id: _id, ...row }) => row);
    const result: OrganismFeesType[] = [];
    for (const { organism, applications: filed, establishments: sites, habilitations: records } of billings.values()) {
      const statement = computeFees({
        applications: filed,
        sites: billableSites(sites),
        habilitated: habilitatedPeriods([...records.values()]),
        periodStart,
        periodEnd,
        table,
      });
      if (statement.lines.length === 0 && organism.id !== named?.id) continue;
      result.push({
        siren: organism.siren,
        organismName: organism.name,
        periodStart,
        periodEnd,
        lines: statement.lines.map(
          (line): FeeLineType => ({
            kind: line.kind as FeeKindEnum,
            rule: line.rule,
            chargedOn: line.chargedOn,
            amountCents: line.amountCents,
            amount: formatEuros(line.amountCents),
            label: line.label,
            subjectId: line.subjectId === undefined ? null : String(line.subjectId),
          }),
        ),
        totalCents: statement.totalCents,
        total: formatEuros(statement.totalCents),
        totalLabel: statement.totalLabel,
        invoicedOn,
        paymentDueOn: paymentDueDate(invoicedOn),
        paymentLabel: paymentLabel(invoicedOn),
      });
    }
    return result.sort((a, b) => a.siren.localeCompare(b.siren));
  }

  /** Organism ids the caller may see (null: every one), narrowed to the organism named by SIREN. */
  private async scope(ctx: RequestContext, siren: string | null): Promise<{ ids: number[] | null; named: OrganismRef | null }> {
    const scope = feeScope(ctx.actor);
    if (!scope) throw forbidden("Opération non autorisée.");
    const actedFor = scope === "ORGANISMS_ACTED_FOR" ? await organismsActedFor(ctx) : null;
    if (siren === null) return { ids: actedFor, named: null };
    const valid = validateSiren(siren);
    if (!valid.ok) throw badInput(valid.reason);
    const found = await this.db.getRepository(OrganismEntity).findOneBy({ siren: valid.value });
    if (actedFor !== null && (!found || !actedFor.includes(found.id))) {
      throw forbidden(`Vous n'agissez pas pour l'organisme SIREN ${valid.value} : ses frais ne vous sont pas accessibles.`);
    }
    if (!found) throw notFound(`Organisme SIREN ${valid.value}`);
    return { ids: [found.id], named: { id: found.id, siren: found.siren, name: found.name } };
  }

  /** FEE-1: applications filed to Certif Pro in the period, whatever became of them. */
  private applicationsFiled(ids: number[] | null, { periodStart, periodEnd }: { periodStart: string; periodEnd: string }) {
    const query = this.db
      .createQueryBuilder()
      .select(["x.id AS id", "x.filed_on AS filedOn", "x.receipt_number AS receiptNumber"])
      .from(ApplicationEntity, "x")
      .innerJoin(InstanceEntity, "i", CERTIF_PRO_JOIN)
      .where("x.filed_on BETWEEN :periodStart AND :periodEnd", { periodStart, periodEnd });
    return withOrganism(query, ids).getRawMany<OrganismRow & { id: number; filedOn: string; receiptNumber: string | null }>();
  }

  /** FEE-2: the establishments of organisms holding a Certif Pro habilitation notified by the end of the period. */
  private establishmentsOfHabilitated(ids: number[] | null, periodEnd: string) {
    const query = this.db
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
          .where("h.notified_on <= :periodEnd", { periodEnd })
          .getQuery();
        return `x.organism_id IN ${habilitated}`;
      })
      .andWhere("x.registered_from <= :periodEnd", { periodEnd });
    return withOrganism(query, ids).getRawMany<OrganismRow & EstablishmentRow>();
  }

  /** Certif Pro habilitations notified by the end of the period, one row per suspension. */
  private habilitations(ids: number[] | null, periodEnd: string) {
    let query = this.db
      .createQueryBuilder()
      .select(["x.id AS id", "x.organism_id AS organismId", "x.notified_on AS notifiedOn", "x.first_used_on AS firstUsedOn"])
      .addSelect(["x.withdrawn_on AS withdrawnOn", "x.renunciation_sent_on AS renunciationSentOn", "x.renunciation_received_on AS renunciationReceivedOn"])
      .addSelect(["s.starts_on AS startsOn", "s.ends_on AS endsOn"])
      .from(HabilitationEntity, "x")
      .innerJoin(InstanceEntity, "i", CERTIF_PRO_JOIN)
      .leftJoin(HabilitationSuspensionEntity, "s", "s.habilitation_id = x.id")
      .where("x.notified_on <= :periodEnd", { periodEnd });
    if (ids !== null) query = query.andWhere("x.organism_id IN (:...ids)", { ids });
    return query.getRawMany<HabilitationRow>();
  }
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
  firstUsedOn: string | null;
  withdrawnOn: string | null;
  renunciationSentOn: string | null;
  renunciationReceivedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

function withOrganism<T extends SelectQueryBuilder<object>>(query: T, ids: number[] | null): T {
  query
    .addSelect(["o.id AS organismId", "o.siren AS organismSiren", "o.name AS organismName"])
    .innerJoin(OrganismEntity, "o", "o.id = x.organism_id");
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

function habilitationOf(row: HabilitationRow): HabilitationRecord & { suspensions: { from: string; to: string | null }[] } {
  return {
    notifiedOn: row.notifiedOn,
    firstUsedOn: row.firstUsedOn,
    withdrawnOn: row.withdrawnOn,
    renunciation:
      row.renunciationSentOn && row.renunciationReceivedOn
        ? { noticeSentOn: row.renunciationSentOn, noticeReceivedOn: row.renunciationReceivedOn }
        : null,
    suspensions: [],
  };
}

function assertOk(check: Check): void {
  if (check.ok) return;
  throw check.code === "CONFLICT" ? conflict(check.reason) : badInput(check.reason);
}
