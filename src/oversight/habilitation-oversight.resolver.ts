import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { HabilitationType } from "../habilitations/habilitation.types";
import { AuditService } from "./audit.service";
import { AuditType } from "./audit.types";
import { ProcedureService } from "./procedure.service";
import { ComplianceProcedureType } from "./procedure.types";
import { WithdrawalService } from "./withdrawal.service";
import { HabilitationWithdrawalType } from "./withdrawal.types";

@ObjectType("HabilitationOversight", { simpleResolvers: true, description: "The oversight files of a habilitation the caller may read." })
export class HabilitationOversightType {
  @Field(() => [AuditType]) audits: AuditType[];
  @Field(() => [ComplianceProcedureType]) procedures: ComplianceProcedureType[];
  @Field(() => [HabilitationWithdrawalType]) withdrawals: HabilitationWithdrawalType[];
}

/** Adds the files to a habilitation without the habilitations area knowing of them. */
@Resolver(() => HabilitationType)
export class HabilitationOversightResolver {
  constructor(
    private readonly audits: AuditService,
    private readonly procedures: ProcedureService,
    private readonly withdrawals: WithdrawalService,
  ) {}

  @FieldResolver(() => HabilitationOversightType, { nullable: true, description: "Audits, procedures and withdrawals the caller may read; null for anonymous callers." })
  async oversight(@Root() root: HabilitationType, @Ctx() ctx: RequestContext) {
    if (!ctx.actor) return null;
    const [audits, procedures, withdrawals] = await Promise.all([
      this.audits.ofHabilitation(ctx, root.id),
      this.procedures.ofHabilitation(ctx, root.id),
      this.withdrawals.ofHabilitation(ctx, root.id),
    ]);
    return { audits, procedures, withdrawals };
  }
}
