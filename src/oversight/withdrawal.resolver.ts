import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { HabilitationService } from "../habilitations/habilitation.service";
import { HabilitationType } from "../habilitations/habilitation.types";
import { organismSummary } from "../organisms/organism.queries";
import { OrganismSummaryType } from "../organisms/organism.types";
import { AuditService } from "./audit.service";
import { AuditType } from "./audit.types";
import { EdofAlertInput, WithdrawalFilter } from "./oversight.inputs";
import { ProcedureService } from "./procedure.service";
import { ComplianceProcedureType } from "./procedure.types";
import { WithdrawalService } from "./withdrawal.service";
import { HabilitationWithdrawalConnection, HabilitationWithdrawalType, type WithdrawalView } from "./withdrawal.types";

@Resolver(() => HabilitationWithdrawalType)
export class WithdrawalResolver {
  constructor(
    private readonly withdrawals: WithdrawalService,
    private readonly audits: AuditService,
    private readonly procedures: ProcedureService,
    private readonly habilitations: HabilitationService,
  ) {}

  @Query(() => HabilitationWithdrawalType, { description: "WDR-1: a withdrawal decision the caller may read (NOT_FOUND otherwise)." })
  habilitationWithdrawal(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return this.withdrawals.viewOf(ctx, parseId(id));
  }

  @Query(() => HabilitationWithdrawalConnection, { description: "Withdrawal decisions the caller may read, newest last (at most 100 a page)." })
  habilitationWithdrawals(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => WithdrawalFilter, { nullable: true }) filter: WithdrawalFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.withdrawals.list(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => HabilitationWithdrawalType, { description: "WDR-1, INS-1: withdrawal for a refused audit, from the refusal; binding once notified." })
  decideAuditRefusalWithdrawal(@Ctx() ctx: RequestContext, @Arg("audit", () => ID) audit: string, @Arg("reason") reason: string) {
    return this.withdrawals.decideAuditRefusal(ctx, parseId(audit), reason);
  }

  @Mutation(() => HabilitationWithdrawalType, { description: "CMP-5: a new failing within 12 months after a procedure ended; effective on its notification." })
  decideRelapseWithdrawal(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) habilitation: string,
    @Arg("findingOn") findingOn: string,
    @Arg("finding") finding: string,
    @Arg("reason") reason: string,
  ) {
    return this.withdrawals.decideRelapse(ctx, parseId(habilitation), findingOn, finding, reason);
  }

  @Mutation(() => HabilitationWithdrawalType, { description: "WDR-1: on an alert of the Caisse des Dépôts or France compétences (EDOF); effective on its notification." })
  decideEdofWithdrawal(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) habilitation: string,
    @Arg("alert", () => EdofAlertInput) alert: EdofAlertInput,
    @Arg("reason") reason: string,
  ) {
    return this.withdrawals.decideEdof(ctx, parseId(habilitation), alert, reason);
  }

  @Mutation(() => HabilitationWithdrawalType, { description: "WDR-1: notified today, the withdrawal binds." })
  notifyWithdrawal(@Ctx() ctx: RequestContext, @Arg("withdrawal", () => ID) withdrawal: string) {
    return this.withdrawals.notify(ctx, parseId(withdrawal));
  }

  @FieldResolver(() => HabilitationType)
  habilitation(@Root() root: WithdrawalView, @Ctx() ctx: RequestContext) {
    return this.habilitations.viewOf(ctx, root.habilitationId);
  }

  @FieldResolver(() => OrganismSummaryType)
  organism(@Root() root: WithdrawalView, @Ctx() ctx: RequestContext) {
    return organismSummary(ctx, root.organismId);
  }

  @FieldResolver(() => AuditType, { nullable: true, description: "The refused audit (AUDIT_REFUSAL)." })
  async audit(@Root() root: WithdrawalView, @Ctx() ctx: RequestContext) {
    const audit = root.auditId ? await this.audits.find(ctx, root.auditId) : undefined;
    return audit ? this.audits.view(ctx, audit) : null;
  }

  @FieldResolver(() => ComplianceProcedureType, { nullable: true, description: "The procedure whose end opened the 12 months (RELAPSE)." })
  async relapseOf(@Root() root: WithdrawalView, @Ctx() ctx: RequestContext) {
    const procedure = root.relapseProcedureId ? await this.procedures.find(ctx, root.relapseProcedureId) : undefined;
    return procedure ? this.procedures.view(ctx, procedure) : null;
  }
}
