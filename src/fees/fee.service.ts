import type { DataSource } from "typeorm";
import { addCalendarDays } from "../common/calendar/working-days";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { UnitOfWork } from "../common/db/unit-of-work";
import { badInput, conflict, forbidden, notFound } from "../common/errors";
import { feeScope } from "../instances/rules/roles";
import { organismsActedFor } from "../organisms/organism.queries";
import { OrganismEntity } from "../organisms/organism.entity";
import { validateSiren } from "../organisms/rules/identifiers";
import { type OrganismBilling, type OrganismRef, readBillings } from "./fee.queries";
import type { FeeKindEnum, OrganismFeesType, TariffType } from "./fee.types";
import { formatEuros } from "./rules/format";
import { habilitatedPeriods } from "./rules/habilitated";
import { type Check, checkBillingPeriod, checkInvoiceDate, checkNewTariff, describeTariff, tariffExistsReason } from "./rules/inputs";
import { billableSites } from "./rules/sites";
import { computeFees, paymentDueDate, paymentLabel, type TariffRow } from "./rules/tariff";
import { TariffEntity } from "./tariff.entity";

export interface FeesDueArgs {
  periodStart: string;
  periodEnd: string;
  /** SIREN */
  organism: string | null;
  invoicedOn: string | null;
}

export class FeeService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
  ) {}

  async tariffs(): Promise<TariffType[]> {
    const rows = await this.tariffRows();
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

  /** A new dated row, from today at the earliest, journaled with the decision maker who set it. */
  async setTariff(ctx: RequestContext, row: TariffRow): Promise<TariffType> {
    const existing = await this.tariffRows();
    assertOk(checkNewTariff(row, ctx.clock.today(), existing.map((e) => e.validFrom)));
    return this.writes.run(ctx, {
      work: async (manager) => (await manager.insert(TariffEntity, { ...row })).identifiers[0]!.id as number,
      journal: (id) => ({ subjectType: "TARIFF", subjectId: id, subjectInstanceCode: ctx.actor!.instanceCode, action: "TARIFF_SET", reason: describeTariff(row) }),
      onDuplicate: (error) => (isDuplicateKey(error, "uq_tariff_from") ? conflict(tariffExistsReason(row.validFrom)) : undefined),
      reread: async () => (await this.tariffs()).find((tariff) => tariff.validFrom === row.validFrom)!,
    });
  }

  /** The fees of each organism in the caller's reach that owes something in the period, or the one named. */
  async feesDue(ctx: RequestContext, args: FeesDueArgs): Promise<OrganismFeesType[]> {
    const tariffRows = await this.tariffRows();
    const { periodStart, periodEnd } = args;
    assertOk(checkBillingPeriod(periodStart, periodEnd, tariffRows[0]?.validFrom ?? null));
    const invoicedOn = args.invoicedOn ?? periodEnd;
    assertOk(checkInvoiceDate(invoicedOn, periodEnd));

    const { ids, named } = await this.scope(ctx, args.organism);
    if (ids !== null && ids.length === 0) return [];
    const billings = await readBillings(this.db, ids, periodStart, periodEnd, named, ctx.clock.today());
    const table: TariffRow[] = tariffRows.map(({ id: _id, ...row }) => row);
    const result: OrganismFeesType[] = [];
    for (const billing of billings.values()) {
      const fees = statementOf(billing, periodStart, periodEnd, invoicedOn, table);
      if (fees.lines.length > 0 || billing.organism.id === named?.id) result.push(fees);
    }
    return result.sort((a, b) => a.siren.localeCompare(b.siren));
  }

  private tariffRows() {
    return this.db.getRepository(TariffEntity).find({ order: { validFrom: "ASC" } });
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
    // Whether another organism exists is not told to those who do not act for it.
    if (actedFor !== null && (!found || !actedFor.includes(found.id))) {
      throw forbidden(`Vous n'agissez pas pour l'organisme SIREN ${valid.value} : ses frais ne vous sont pas accessibles.`);
    }
    if (!found) throw notFound(`Organisme SIREN ${valid.value}`);
    return { ids: [found.id], named: { id: found.id, siren: found.siren, name: found.name } };
  }
}

function statementOf(billing: OrganismBilling, periodStart: string, periodEnd: string, invoicedOn: string, table: TariffRow[]): OrganismFeesType {
  const statement = computeFees({
    applications: billing.applications,
    sites: billableSites(billing.establishments),
    habilitated: habilitatedPeriods([...billing.habilitations.values()]),
    certificates: billing.certificates,
    periodStart,
    periodEnd,
    table,
  });
  return {
    siren: billing.organism.siren,
    organismName: billing.organism.name,
    periodStart,
    periodEnd,
    lines: statement.lines.map((line) => ({
      kind: line.kind as FeeKindEnum,
      rule: line.rule,
      chargedOn: line.chargedOn,
      amountCents: line.amountCents,
      amount: formatEuros(line.amountCents),
      label: line.label,
      subjectId: line.subjectId === undefined ? null : String(line.subjectId),
    })),
    totalCents: statement.totalCents,
    total: formatEuros(statement.totalCents),
    totalLabel: statement.totalLabel,
    invoicedOn,
    paymentDueOn: paymentDueDate(invoicedOn),
    paymentLabel: paymentLabel(invoicedOn),
  };
}

function assertOk(check: Check): void {
  if (check.ok) return;
  throw check.code === "CONFLICT" ? conflict(check.reason) : badInput(check.reason);
}
