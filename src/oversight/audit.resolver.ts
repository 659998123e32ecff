import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { HabilitationService } from "../habilitations/habilitation.service";
import { HabilitationType } from "../habilitations/habilitation.types";
import { organismSummary } from "../organisms/organism.queries";
import { OrganismSummaryType } from "../organisms/organism.types";
import { AuditService } from "./audit.service";
import { AuditConnection, AuditType, type AuditView } from "./audit.types";
import { AuditModeEnum, AuditOpinionEnum, AuditOutcomeEnum, OversightOrderEnum, type OversightOrder, RefusalKindEnum } from "./oversight.enums";
import { AnomalyInput, AuditFilter, AuditorInput, FormalNoticeInput } from "./oversight.inputs";
import { ProcedureService } from "./procedure.service";
import { ComplianceProcedureType } from "./procedure.types";
import type { AuditOpinion } from "./rules/audit-lifecycle";
import type { AuditMode } from "./rules/audit-order";
import type { RefusalKind } from "./rules/audit-report";
import { WithdrawalService } from "./withdrawal.service";
import { HabilitationWithdrawalType } from "./withdrawal.types";

@Resolver(() => AuditType)
export class AuditResolver {
  constructor(
    private readonly auditService: AuditService,
    private readonly procedures: ProcedureService,
    private readonly withdrawals: WithdrawalService,
    private readonly habilitations: HabilitationService,
  ) {}

  @Query(() => AuditType, { description: "AUD-1: an audit the caller may read (NOT_FOUND otherwise)." })
  audit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return this.auditService.viewOf(ctx, parseId(id));
  }

  @Query(() => AuditConnection, { description: "Audits the caller may read, for dashboards: filtered, keyset-paginated (at most 100 a page)." })
  audits(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg("orderBy", () => OversightOrderEnum, { nullable: true }) orderBy: OversightOrder | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.auditService.list(ctx, filter ?? {}, orderBy ?? "NEXT_DUE_ON", first, after);
  }

  @Mutation(() => AuditType, { description: "AUD-1, CTX-5: the granting Instance, or Certif Pro, orders an audit (decision makers)." })
  orderAudit(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) habilitation: string,
    @Arg("mode", () => AuditModeEnum) mode: AuditMode,
    @Arg("scheduledOn") scheduledOn: string,
    @Arg("auditor", () => AuditorInput) auditor: AuditorInput,
  ) {
    return this.auditService.order(ctx, parseId(habilitation), mode, scheduledOn, auditor);
  }

  @Mutation(() => AuditType, { description: "AUD-1: before the report, a new date or mode." })
  rescheduleAudit(@Ctx() ctx: RequestContext, @Arg("audit", () => ID) audit: string, @Arg("mode", () => AuditModeEnum) mode: AuditMode, @Arg("scheduledOn") scheduledOn: string) {
    return this.auditService.reschedule(ctx, parseId(audit), mode, scheduledOn);
  }

  @Mutation(() => AuditType, { description: "AUD-1: the ordering Instance's decision maker calls off an audit, with its reason." })
  cancelAudit(@Ctx() ctx: RequestContext, @Arg("audit", () => ID) audit: string, @Arg("reason") reason: string) {
    return this.auditService.cancel(ctx, parseId(audit), reason);
  }

  @Mutation(() => AuditType, { description: "WDR-1: the organism refused the audit (receipt of a written refusal, or the day it was observed)." })
  recordAuditRefusal(@Ctx() ctx: RequestContext, @Arg("audit", () => ID) audit: string, @Arg("kind", () => RefusalKindEnum) kind: RefusalKind, @Arg("on") on: string) {
    return this.auditService.recordRefusal(ctx, parseId(audit), kind, on);
  }

  @Mutation(() => AuditType, { description: "AUD-2, AUD-3: the report, presented to the organism today; 15 working days for its observations." })
  recordAuditReport(
    @Ctx() ctx: RequestContext,
    @Arg("audit", () => ID) audit: string,
    @Arg("opinion", () => AuditOpinionEnum) opinion: AuditOpinion,
    @Arg("anomalies", () => [AnomalyInput]) anomalies: AnomalyInput[],
  ) {
    return this.auditService.recordReport(ctx, parseId(audit), opinion, anomalies);
  }

  @Mutation(() => AuditType, { description: "AUD-3: the organism's (or its Mandataire's) written observations on the report." })
  sendAuditObservations(@Ctx() ctx: RequestContext, @Arg("audit", () => ID) audit: string, @Arg("text") text: string) {
    return this.auditService.sendObservations(ctx, parseId(audit), text);
  }

  @Mutation(() => AuditType, {
    description: "AUD-3, CMP-1: at a meeting, keep the habilitation, or open a compliance procedure with its formal notice (the Instance qualifies the anomalies).",
  })
  decideAfterAudit(
    @Ctx() ctx: RequestContext,
    @Arg("audit", () => ID) audit: string,
    @Arg("outcome", () => AuditOutcomeEnum) outcome: "KEEP" | "OPEN_PROCEDURE",
    @Arg("meetingOn") meetingOn: string,
    @Arg("reason") reason: string,
    @Arg("notice", () => FormalNoticeInput, { nullable: true }) notice: FormalNoticeInput | null,
  ) {
    return this.auditService.decide(ctx, parseId(audit), outcome, meetingOn, reason, notice ?? null);
  }

  @Mutation(() => AuditType, { description: "AUD-3: notified within 15 working days of the meeting; a procedure's formal notice goes out with it." })
  notifyAuditDecision(@Ctx() ctx: RequestContext, @Arg("audit", () => ID) audit: string) {
    return this.auditService.notify(ctx, parseId(audit));
  }

  @FieldResolver(() => HabilitationType)
  habilitation(@Root() root: AuditView, @Ctx() ctx: RequestContext) {
    return this.habilitations.viewOf(ctx, root.habilitationId);
  }

  @FieldResolver(() => OrganismSummaryType)
  organism(@Root() root: AuditView, @Ctx() ctx: RequestContext) {
    return organismSummary(ctx, root.organismId);
  }

  @FieldResolver(() => ComplianceProcedureType, { nullable: true, description: "The procedure the decision opened (not shown to the auditor)." })
  procedure(@Root() root: AuditView, @Ctx() ctx: RequestContext) {
    return this.procedures.ofAudit(ctx, root.id);
  }

  @FieldResolver(() => HabilitationWithdrawalType, { nullable: true, description: "The withdrawal decided on a refusal (WDR-1)." })
  refusalWithdrawal(@Root() root: AuditView, @Ctx() ctx: RequestContext) {
    return this.withdrawals.readable(ctx, root.refusalWithdrawalId);
  }
}
