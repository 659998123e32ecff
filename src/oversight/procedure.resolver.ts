import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { HabilitationService } from "../habilitations/habilitation.service";
import { HabilitationType } from "../habilitations/habilitation.types";
import { organismSummary } from "../organisms/organism.queries";
import { OrganismSummaryType } from "../organisms/organism.types";
import { AuditService } from "./audit.service";
import { AuditType } from "./audit.types";
import { JustificationOutcomeEnum, OversightOrderEnum, type OversightOrder } from "./oversight.enums";
import { FormalNoticeInput, ProcedureFilter } from "./oversight.inputs";
import { ProcedureService } from "./procedure.service";
import { ComplianceProcedureConnection, ComplianceProcedureType, type ProcedureView } from "./procedure.types";
import type { ProcedureDecisionKind } from "./rules/procedure-lifecycle";

@Resolver(() => ComplianceProcedureType)
export class ProcedureResolver {
  constructor(
    private readonly procedures: ProcedureService,
    private readonly audits: AuditService,
    private readonly habilitations: HabilitationService,
  ) {}

  @Query(() => ComplianceProcedureType, { description: "CMP-1…CMP-5: a procedure the caller may read (NOT_FOUND otherwise)." })
  complianceProcedure(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return this.procedures.viewOf(ctx, parseId(id));
  }

  @Query(() => ComplianceProcedureConnection, { description: "Procedures the caller may read, for dashboards: filtered, keyset-paginated (at most 100 a page)." })
  complianceProcedures(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ProcedureFilter, { nullable: true }) filter: ProcedureFilter | null,
    @Arg("orderBy", () => OversightOrderEnum, { nullable: true }) orderBy: OversightOrder | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.procedures.list(ctx, filter ?? {}, orderBy ?? "NEXT_DUE_ON", first, after);
  }

  @Mutation(() => ComplianceProcedureType, { description: "CMP-1, INS-1: outside an audit, on a reasoned finding, the granting Instance's decision maker issues a formal notice." })
  openComplianceProcedure(
    @Ctx() ctx: RequestContext,
    @Arg("habilitation", () => ID) habilitation: string,
    @Arg("finding") finding: string,
    @Arg("notice", () => FormalNoticeInput) notice: FormalNoticeInput,
  ) {
    return this.procedures.open(ctx, parseId(habilitation), finding, notice);
  }

  @Mutation(() => ComplianceProcedureType, { description: "CMP-1: corrects a formal notice before it is notified." })
  reviseFormalNotice(@Ctx() ctx: RequestContext, @Arg("procedure", () => ID) procedure: string, @Arg("notice", () => FormalNoticeInput) notice: FormalNoticeInput) {
    return this.procedures.revise(ctx, parseId(procedure), notice);
  }

  @Mutation(() => ComplianceProcedureType, { description: "CMP-2: notified today, 30 working days to justify; a serious failing suspends from today (CMP-1)." })
  notifyFormalNotice(@Ctx() ctx: RequestContext, @Arg("procedure", () => ID) procedure: string) {
    return this.procedures.notifyNotice(ctx, parseId(procedure));
  }

  @Mutation(() => ComplianceProcedureType, { description: "CMP-2: the organism's (or its Mandataire's) written, detailed justification of its corrective measures." })
  sendJustification(@Ctx() ctx: RequestContext, @Arg("procedure", () => ID) procedure: string, @Arg("text") text: string) {
    return this.procedures.justify(ctx, parseId(procedure), text);
  }

  @Mutation(() => ComplianceProcedureType, { description: "CMP-4: a reasoned withdrawal, or a complementary period with its formal notice." })
  decideOnJustification(
    @Ctx() ctx: RequestContext,
    @Arg("procedure", () => ID) procedure: string,
    @Arg("outcome", () => JustificationOutcomeEnum) outcome: ProcedureDecisionKind,
    @Arg("reason") reason: string,
    @Arg("notice", () => FormalNoticeInput, { nullable: true }) notice: FormalNoticeInput | null,
  ) {
    return this.procedures.decide(ctx, parseId(procedure), outcome, reason, notice ?? null);
  }

  @Mutation(() => ComplianceProcedureType, { description: "CMP-4, WDR-1: notified within the Instance's 30 working days; a withdrawal takes effect today." })
  notifyProcedureDecision(@Ctx() ctx: RequestContext, @Arg("procedure", () => ID) procedure: string) {
    return this.procedures.notifyDecision(ctx, parseId(procedure));
  }

  @FieldResolver(() => HabilitationType)
  habilitation(@Root() root: ProcedureView, @Ctx() ctx: RequestContext) {
    return this.habilitations.viewOf(ctx, root.habilitationId);
  }

  @FieldResolver(() => OrganismSummaryType)
  organism(@Root() root: ProcedureView, @Ctx() ctx: RequestContext) {
    return organismSummary(ctx, root.organismId);
  }

  @FieldResolver(() => AuditType, { nullable: true, description: "The audit whose decision opened it." })
  async audit(@Root() root: ProcedureView, @Ctx() ctx: RequestContext) {
    const audit = root.auditId ? await this.audits.find(ctx, root.auditId) : undefined;
    return audit ? this.audits.view(ctx, audit) : null;
  }
}
