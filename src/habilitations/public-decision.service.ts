import type { DataSource } from "typeorm";
import { badInput, notFound } from "../common/errors";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";
import type { RequestContext } from "../common/context";
import { isIsoDate } from "../common/calendar/working-days";
import { ApplicationEntity } from "../applications/application.entity";
import { InstanceEntity } from "../instances/instance.entity";
import type { InstanceKindEnum } from "../instances/instance.types";
import { OrganismEntity } from "../organisms/organism.entity";
import { CertificationEntity } from "../referentials/certification.entity";
import type { DecisionOutcomeEnum, PublicDecisionType } from "./public-decision.types";
import { PUBLIC_DECISION_STATUSES, type PublicDecisionStatus, publicOutcome } from "./rules/public-decision";
import { instanceLoaders } from "../instances/instance.loaders";

interface DecisionRow {
  id: number;
  status: PublicDecisionStatus;
  notifiedOn: string;
  applicationField: string | null;
  durationMonths: number | null;
  organismName: string;
  organismSiren: string;
  instanceCode: string;
  instanceName: string;
  instanceKind: "CERTIFIER" | "CPNE";
  instanceField: string | null;
  certificationCode: string;
  certificationName: string;
}

/** The day the public decision was notified: the appeal decision's, once notified, else the first decision's. */
const PUBLIC_DATE = "COALESCE(a.appeal_notified_on, a.notified_on)";

/** Notified decisions, public, newest notification first, by keyset on (notified_on, id). */
export class PublicDecisionService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: RequestContext, args: { instance?: string | null; first?: number | null; after?: string | null }): Promise<Connection<PublicDecisionType>> {
    const size = pageSize(args.first);
    const position = args.after ? decisionPosition(args.after) : null;
    let instanceId: number | null = null;
    if (args.instance) {
      const instance = await instanceLoaders(ctx).instanceByCode.load(args.instance);
      if (!instance) throw notFound(`Instance « ${args.instance} »`);
      instanceId = instance.id;
    }

    const filtered = () => {
      const query = this.db
        .createQueryBuilder()
        .from(ApplicationEntity, "a")
        .innerJoin(OrganismEntity, "o", "o.id = a.organism_id")
        .innerJoin(InstanceEntity, "i", "i.id = a.instance_id")
        .innerJoin(CertificationEntity, "c", "c.code = a.certification_code")
        .where("a.status IN (:...statuses) AND a.notified_on IS NOT NULL", { statuses: [...PUBLIC_DECISION_STATUSES] });
      if (instanceId !== null) query.andWhere("a.instance_id = :instanceId", { instanceId });
      return query;
    };
    const page = filtered()
      .select(["a.id AS id", "a.status AS status", `${PUBLIC_DATE} AS notifiedOn`, "a.professional_field AS applicationField", "a.duration_months AS durationMonths"])
      .addSelect(["o.name AS organismName", "o.siren AS organismSiren"])
      .addSelect(["i.code AS instanceCode", "i.name AS instanceName", "i.kind AS instanceKind", "i.professional_field AS instanceField"])
      .addSelect(["c.code AS certificationCode", "c.name AS certificationName"]);
    if (position) {
      page.andWhere(`(${PUBLIC_DATE} < :on OR (${PUBLIC_DATE} = :on AND a.id < :id))`, { on: position.on, id: position.id });
    }
    page.orderBy(PUBLIC_DATE, "DESC").addOrderBy("a.id", "DESC").limit(size + 1);
    const [rows, count] = await Promise.all([page.getRawMany<DecisionRow>(), filtered().select("COUNT(*)", "n").getRawOne<{ n: string }>()]);
    return toConnection(rows.map(toDecision), size, Number(count?.n ?? 0), (decision) => encodeCursor(decision.notifiedOn, decision.id));
  }
}

function decisionPosition(cursor: string): { on: string; id: number } {
  const { key, id } = decodeCursor(cursor);
  if (!isIsoDate(key)) throw badInput(`Curseur invalide « ${cursor} » : reprenez le curseur renvoyé par la page précédente.`);
  return { on: key, id };
}

function toDecision(row: DecisionRow): PublicDecisionType {
  const published = publicOutcome({
    status: row.status,
    instanceKind: row.instanceKind,
    applicationField: row.applicationField,
    instanceField: row.instanceField,
    durationMonths: row.durationMonths === null ? null : Number(row.durationMonths),
  });
  return {
    id: String(row.id),
    organismName: row.organismName,
    organismSiren: row.organismSiren,
    instance: { code: row.instanceCode, name: row.instanceName, kind: row.instanceKind as InstanceKindEnum, professionalField: row.instanceField },
    certification: { code: row.certificationCode, name: row.certificationName },
    outcome: published.outcome as DecisionOutcomeEnum,
    outcomeLabel: published.outcomeLabel,
    notifiedOn: row.notifiedOn,
    professionalField: published.professionalField,
    durationMonths: published.durationMonths,
  };
}
