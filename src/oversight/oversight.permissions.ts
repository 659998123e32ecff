import type { RequestContext } from "../common/context";
import { isNumericId } from "../common/graphql/ids";
import { type AreaRules, forbidden, isAuthenticated, whenAuthenticated } from "../common/graphql/rules";
import { habilitationLoaders } from "../habilitations/habilitation.loaders";
import { instanceLoaders } from "../instances/instance.loaders";
import { actsForOrganism } from "../organisms/organism.queries";
import { auditParties, callerFacts, grantingParties } from "./oversight.facts";
import { oversightLoaders } from "./oversight.loaders";
import { type FileParties, type OversightActorKind, oversightActorKind } from "./rules/actors";
import { AUDIT_ACTION_SIDE, AUDIT_MACHINE, type AuditAction } from "./rules/audit-lifecycle";
import { orderingInstanceFor } from "./rules/audit-order";
import type { Decision } from "./rules/decision";
import { permissionIn } from "./rules/machine";
import { checkProcedureOpener } from "./rules/notice-actions";
import { PROCEDURE_MACHINE, type ProcedureAction } from "./rules/procedure-lifecycle";
import { checkWithdrawalDecider, WITHDRAWAL_MACHINE } from "./rules/withdrawal";

/**
 * Who may call each oversight mutation (INS-1, INS-2, CTX-5, AUD-1), from the same rules the services ask: the
 * caller's part in the file must be one the state machine lets take the action, whatever the state (the state is the
 * service's check). An id that names nothing passes, and the service answers NOT_FOUND.
 */

type Verdict = true | Error;
const verdict = (decision: Decision<unknown>): Verdict => (decision.ok ? true : forbidden(decision.message));

async function partOf(ctx: RequestContext, organismId: number, parties: FileParties, side: "ORDERING" | "GRANTING"): Promise<OversightActorKind | null> {
  return oversightActorKind(callerFacts(ctx.actor, await actsForOrganism(ctx, organismId)), parties, side);
}

/** A rule on a mutation whose `key` argument names a record, judged once the record is loaded. */
const onRecord = <R>(key: string, load: (ctx: RequestContext, id: number) => Promise<R | undefined>, judge: (ctx: RequestContext, record: R) => Promise<Verdict>) =>
  whenAuthenticated<Record<string, string>>(async (_actor, args, ctx) => {
    if (!isNumericId(args[key])) return true;
    const record = await load(ctx, Number(args[key]));
    return record === undefined ? true : judge(ctx, record);
  });

const audit = (ctx: RequestContext, id: number) => oversightLoaders(ctx).auditById.load(id);
const procedure = (ctx: RequestContext, id: number) => oversightLoaders(ctx).procedureById.load(id);
const withdrawal = (ctx: RequestContext, id: number) => oversightLoaders(ctx).withdrawalById.load(id);
const habilitation = (ctx: RequestContext, id: number) => habilitationLoaders(ctx).habilitationById.load(id);

const mayActOnAudit = (action: AuditAction) =>
  onRecord("audit", audit, async (ctx, a) => verdict(permissionIn(AUDIT_MACHINE, action, await partOf(ctx, a.organismId, auditParties(a), AUDIT_ACTION_SIDE[action]))));

const mayActOnProcedure = (action: ProcedureAction) =>
  onRecord("procedure", procedure, async (ctx, p) => verdict(permissionIn(PROCEDURE_MACHINE, action, await partOf(ctx, p.organismId, grantingParties(p), "GRANTING"))));

/** Decisions on a habilitation itself (a procedure on a finding, a relapse, an EDOF alert): the granting Instance's decision maker. */
const mayDecideOnHabilitation = (check: (actor: OversightActorKind | null) => Decision<true>) =>
  onRecord("habilitation", habilitation, async (ctx, h) => verdict(check(await partOf(ctx, h.organismId, { grantingInstanceId: h.instanceId }, "GRANTING"))));

const mayOrderAudit = onRecord("habilitation", habilitation, async (ctx, h) => {
  const granting = (await instanceLoaders(ctx).instanceById.load(h.instanceId))!;
  const caller = callerFacts(ctx.actor, await actsForOrganism(ctx, h.organismId));
  return verdict(orderingInstanceFor(caller, { grantingInstanceId: granting.id, grantingInstanceKind: granting.kind }));
});

const mayWithdrawForRefusal = onRecord("audit", audit, async (ctx, a) =>
  verdict(checkWithdrawalDecider(await partOf(ctx, a.organismId, { grantingInstanceId: a.grantingInstanceId }, "GRANTING"))),
);

const mayNotifyWithdrawal = onRecord("withdrawal", withdrawal, async (ctx, w) =>
  verdict(permissionIn(WITHDRAWAL_MACHINE, "NOTIFY", await partOf(ctx, w.organismId, grantingParties(w), "GRANTING"))),
);

export const oversightRules: AreaRules = {
  Query: {
    audit: isAuthenticated,
    audits: isAuthenticated,
    complianceProcedure: isAuthenticated,
    complianceProcedures: isAuthenticated,
    habilitationWithdrawal: isAuthenticated,
    habilitationWithdrawals: isAuthenticated,
  },
  Mutation: {
    orderAudit: mayOrderAudit,
    rescheduleAudit: mayActOnAudit("RESCHEDULE"),
    cancelAudit: mayActOnAudit("CANCEL"),
    recordAuditRefusal: mayActOnAudit("RECORD_REFUSAL"),
    recordAuditReport: mayActOnAudit("RECORD_REPORT"),
    sendAuditObservations: mayActOnAudit("SEND_OBSERVATIONS"),
    decideAfterAudit: mayActOnAudit("DECIDE_KEEP"),
    notifyAuditDecision: mayActOnAudit("NOTIFY_DECISION"),
    openComplianceProcedure: mayDecideOnHabilitation(checkProcedureOpener),
    reviseFormalNotice: mayActOnProcedure("REVISE_NOTICE"),
    notifyFormalNotice: mayActOnProcedure("NOTIFY_NOTICE"),
    sendJustification: mayActOnProcedure("SEND_JUSTIFICATION"),
    decideOnJustification: mayActOnProcedure("DECIDE_WITHDRAWAL"),
    notifyProcedureDecision: mayActOnProcedure("NOTIFY_DECISION"),
    decideAuditRefusalWithdrawal: mayWithdrawForRefusal,
    decideRelapseWithdrawal: mayDecideOnHabilitation(checkWithdrawalDecider),
    decideEdofWithdrawal: mayDecideOnHabilitation(checkWithdrawalDecider),
    notifyWithdrawal: mayNotifyWithdrawal,
  },
};
