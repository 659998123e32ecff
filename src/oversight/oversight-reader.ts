import type { RequestContext } from "../common/context";
import { notFound } from "../common/errors";
import type { HabilitationEntity } from "../habilitations/habilitation.entity";
import type { HabilitationService } from "../habilitations/habilitation.service";
import { computeValidity, statusOn } from "../habilitations/rules/validity";
import type { InstanceEntity } from "../instances/instance.entity";
import type { InstanceService } from "../instances/instance.service";
import { actsForOrganism } from "../organisms/organism.queries";
import type { AuditEntity } from "./audit.entity";
import type { ComplianceProcedureEntity } from "./compliance-procedure.entity";
import { auditFacts, callerFacts, procedureFacts, withdrawalFacts } from "./oversight.facts";
import { oversightLoaders } from "./oversight.loaders";
import type { CallerFacts } from "./rules/actors";
import { isAuditOpen } from "./rules/audit-lifecycle";
import type { HabilitationStanding } from "./rules/in-force";
import { isProcedureOpen, type ProcedureFacts } from "./rules/procedure-lifecycle";
import { withdrawalPhase } from "./rules/withdrawal";

/** The facts every oversight service loads before asking a rule: the habilitation as it stands, the caller, open files. */
export class OversightReader {
  constructor(
    readonly habilitations: HabilitationService,
    readonly instances: InstanceService,
  ) {}

  habilitation(ctx: RequestContext, id: number): Promise<HabilitationEntity> {
    return this.habilitations.get(ctx, id);
  }

  /** Status and last valid day today, oversight included (AUD-1, V.2, V.3: only a habilitation in force is acted on). */
  async standing(ctx: RequestContext, habilitation: HabilitationEntity): Promise<HabilitationStanding> {
    const record = await this.habilitations.record(ctx, habilitation);
    const validity = computeValidity(record);
    return { status: statusOn(record, ctx.clock.today()), startsOn: validity.startsOn, lastValidDay: validity.lastValidDay };
  }

  instance(ctx: RequestContext, id: number): Promise<InstanceEntity> {
    return this.instances.byId(ctx, id);
  }

  async caller(ctx: RequestContext, organismId: number): Promise<CallerFacts | null> {
    return callerFacts(ctx.actor, ctx.actor ? await actsForOrganism(ctx, organismId) : false);
  }

  async procedureFacts(ctx: RequestContext, procedure: Pick<ComplianceProcedureEntity, "id">): Promise<ProcedureFacts> {
    const notices = await oversightLoaders(ctx).noticesByProcedure.load(procedure.id);
    if (notices.length === 0) throw notFound(`Mise en demeure de la procédure ${procedure.id}`);
    return procedureFacts(notices);
  }

  /** One open audit per habilitation. */
  async openAuditId(ctx: RequestContext, habilitationId: number): Promise<number | null> {
    const audits: AuditEntity[] = await oversightLoaders(ctx).auditsByHabilitation.load(habilitationId);
    return audits.find((audit) => isAuditOpen(auditFacts(audit), ctx.clock.today()))?.id ?? null;
  }

  /** One compliance procedure at a time per habilitation. */
  async openProcedureId(ctx: RequestContext, habilitationId: number): Promise<number | null> {
    const procedures = await oversightLoaders(ctx).proceduresByHabilitation.load(habilitationId);
    const facts = await Promise.all(procedures.map((procedure) => this.procedureFacts(ctx, procedure)));
    const open = procedures.find((_, index) => isProcedureOpen(facts[index], ctx.clock.today()));
    return open?.id ?? null;
  }

  /** One withdrawal decided and not yet notified per habilitation. */
  async pendingWithdrawalId(ctx: RequestContext, habilitationId: number): Promise<number | null> {
    const withdrawals = await oversightLoaders(ctx).withdrawalsByHabilitation.load(habilitationId);
    return withdrawals.find((w) => withdrawalPhase(withdrawalFacts(w)) === "DECIDED")?.id ?? null;
  }
}
