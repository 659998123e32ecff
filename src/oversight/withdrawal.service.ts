import type { DataSource } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { UnitOfWork, VersionCheck } from "../common/db/unit-of-work";
import { conflict, notFound } from "../common/errors";
import type { HabilitationEntity } from "../habilitations/habilitation.entity";
import { AuditEntity } from "./audit.entity";
import { HabilitationWithdrawalEntity } from "./habilitation-withdrawal.entity";
import { auditFacts, auditParties, grantingParties, withdrawalFacts } from "./oversight.facts";
import type { EdofAlertInput, WithdrawalFilter } from "./oversight.inputs";
import { listWithdrawals } from "./oversight.lists";
import { oversightLoaders } from "./oversight.loaders";
import type { OversightReader } from "./oversight-reader";
import { withdrawalView } from "./oversight.views";
import { orThrow } from "./rule-answer";
import { mayReadOversightFile, oversightActorKind } from "./rules/actors";
import { auditPhase } from "./rules/audit-lifecycle";
import { procedureOutcome } from "./rules/procedure-outcome";
import { decideRelapseWithdrawal, type EndedProcedure } from "./rules/relapse";
import { decideEdofWithdrawal, decideRefusalWithdrawal, EDOF_ALERT_SOURCE_LABELS, type EdofAlertSource, notifyWithdrawal, type WithdrawalDecisionBase } from "./rules/withdrawal";
import type { WithdrawalView } from "./withdrawal.types";

const PENDING_TAKEN = "Un retrait de cette habilitation vient d'être décidé par ailleurs : rechargez la page.";

/** WDR-1, CMP-5: withdrawals decided on their own (relapse, audit refusal, EDOF alert), binding once notified. */
export class WithdrawalService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly reader: OversightReader,
  ) {}

  async find(ctx: RequestContext, id: number): Promise<HabilitationWithdrawalEntity | undefined> {
    const withdrawal = await oversightLoaders(ctx).withdrawalById.load(id);
    if (!withdrawal || !mayReadOversightFile(await this.reader.caller(ctx, withdrawal.organismId), grantingParties(withdrawal))) return undefined;
    return withdrawal;
  }

  async get(ctx: RequestContext, id: number): Promise<HabilitationWithdrawalEntity> {
    const withdrawal = await this.find(ctx, id);
    if (!withdrawal) throw notFound(`Retrait ${id}`);
    return withdrawal;
  }

  view(ctx: RequestContext, withdrawal: HabilitationWithdrawalEntity): Promise<WithdrawalView> {
    return withdrawalView(ctx, withdrawal, this.reader);
  }

  async viewOf(ctx: RequestContext, id: number): Promise<WithdrawalView> {
    return this.view(ctx, await this.get(ctx, id));
  }

  /** A withdrawal the caller may read, by id (null otherwise). */
  async readable(ctx: RequestContext, id: number | null): Promise<WithdrawalView | null> {
    const withdrawal = id === null ? undefined : await this.find(ctx, id);
    return withdrawal ? this.view(ctx, withdrawal) : null;
  }

  async list(ctx: RequestContext, filter: WithdrawalFilter, first?: number | null, after?: string | null) {
    const { rows, connection } = await listWithdrawals(this.db, ctx, filter, first, after);
    for (const row of rows) oversightLoaders(ctx).withdrawalById.prime(row.id, row);
    return connection(await Promise.all(rows.map((row) => this.view(ctx, row))));
  }

  async ofHabilitation(ctx: RequestContext, habilitationId: number): Promise<WithdrawalView[]> {
    const withdrawals = await oversightLoaders(ctx).withdrawalsByHabilitation.load(habilitationId);
    for (const withdrawal of withdrawals) oversightLoaders(ctx).withdrawalById.prime(withdrawal.id, withdrawal);
    const readable = await Promise.all(withdrawals.map((w) => this.find(ctx, w.id)));
    return Promise.all(readable.filter((w): w is HabilitationWithdrawalEntity => w !== undefined).map((w) => this.view(ctx, w)));
  }

  /** WDR-1: after a refused audit, the granting Instance withdraws, from the refusal's receipt or observation. */
  async decideAuditRefusal(ctx: RequestContext, auditId: number, reason: string): Promise<WithdrawalView> {
    const audit = await oversightLoaders(ctx).auditById.load(auditId);
    const caller = audit ? await this.reader.caller(ctx, audit.organismId) : null;
    if (!audit || !mayReadOversightFile(caller, auditParties(audit))) {
      throw notFound(`Audit ${auditId}`);
    }
    const habilitation = await this.reader.habilitation(ctx, audit.habilitationId);
    const base = await this.decisionBase(ctx, habilitation, reason);
    const decided = orThrow(decideRefusalWithdrawal({ ...base, auditPhase: auditPhase(auditFacts(audit), base.today), refusedOn: audit.refusedOn }));
    return this.decideWith(ctx, habilitation, [{ entity: AuditEntity, id: audit.id, rowVersion: audit.rowVersion }], {
      withdrawalCase: "AUDIT_REFUSAL",
      reason: decided.reason,
      auditId: audit.id,
      refusedOn: decided.effectiveOn,
    }, `Retrait pour refus de l'audit n° ${audit.id}, à compter du ${decided.effectiveOn} une fois notifié : ${decided.reason}`);
  }

  /** CMP-5: a new failing within 12 months after a procedure of this organism with this Instance ended: withdrawal. */
  async decideRelapse(ctx: RequestContext, habilitationId: number, findingOn: string, finding: string, reason: string): Promise<WithdrawalView> {
    const habilitation = await this.reader.habilitation(ctx, habilitationId);
    const base = await this.decisionBase(ctx, habilitation, reason);
    const decided = orThrow(decideRelapseWithdrawal({ ...base, findingOn, finding, procedures: await this.endedProcedures(ctx, habilitation) }));
    return this.decideWith(ctx, habilitation, [], {
      withdrawalCase: "RELAPSE",
      reason: decided.reason,
      relapseProcedureId: decided.basis.procedureId,
      findingOn: decided.findingOn,
      finding: decided.finding,
    }, `Retrait pour nouveau manquement constaté le ${decided.findingOn}, dans les 12 mois suivant la fin de la procédure n° ${decided.basis.procedureId} (le ${decided.basis.procedureEndedOn}, jusqu'au ${decided.basis.windowEnd}) : ${decided.reason}`);
  }

  /** WDR-1: an alert of the Caisse des Dépôts or France compétences about a non-compliant EDOF registration. */
  async decideEdof(ctx: RequestContext, habilitationId: number, alert: EdofAlertInput, reason: string): Promise<WithdrawalView> {
    const habilitation = await this.reader.habilitation(ctx, habilitationId);
    const base = await this.decisionBase(ctx, habilitation, reason);
    const decided = orThrow(decideEdofWithdrawal({ ...base, alert: { ...alert, source: alert.source as EdofAlertSource } }));
    return this.decideWith(ctx, habilitation, [], {
      withdrawalCase: "EDOF_ALERT",
      reason: decided.reason,
      edofSource: decided.alert.source,
      edofReference: decided.alert.reference,
      edofLevel: decided.alert.level,
      edofReceivedOn: decided.alert.receivedOn,
    }, `Retrait sur alerte EDOF (${EDOF_ALERT_SOURCE_LABELS[decided.alert.source]}, réf. ${decided.alert.reference}, niveau ${decided.alert.level}, reçue le ${decided.alert.receivedOn}) : ${decided.reason}`);
  }

  /** WDR-1: notified today, the withdrawal binds: from today, or from the refusal of the audit. */
  async notify(ctx: RequestContext, id: number): Promise<WithdrawalView> {
    const withdrawal = await this.get(ctx, id);
    const [caller, granting] = await Promise.all([this.reader.caller(ctx, withdrawal.organismId), this.reader.instance(ctx, withdrawal.instanceId)]);
    const notified = orThrow(
      notifyWithdrawal({ actor: oversightActorKind(caller, grantingParties(withdrawal), "GRANTING"), facts: withdrawalFacts(withdrawal), today: ctx.clock.today() }),
    );
    return this.writes.run(ctx, {
      check: { entity: HabilitationWithdrawalEntity, id: withdrawal.id, rowVersion: withdrawal.rowVersion, values: { notifiedOn: notified.notifiedOn, effectiveOn: notified.effectiveOn } },
      journal: {
        subjectType: "HABILITATION_WITHDRAWAL",
        subjectId: withdrawal.id,
        subjectInstanceCode: granting.code,
        action: "WITHDRAWAL_NOTIFIED",
        fromState: "DECIDED",
        toState: "NOTIFIED",
        reason: `Retrait notifié le ${notified.notifiedOn} : l'habilitation ${withdrawal.habilitationId} est retirée à compter du ${notified.effectiveOn}`,
      },
      reread: () => this.viewOf(ctx, withdrawal.id),
    });
  }

  private async decisionBase(ctx: RequestContext, habilitation: HabilitationEntity, reason: string): Promise<WithdrawalDecisionBase> {
    const [standing, caller, pendingWithdrawalId] = await Promise.all([
      this.reader.standing(ctx, habilitation),
      this.reader.caller(ctx, habilitation.organismId),
      this.reader.pendingWithdrawalId(ctx, habilitation.id),
    ]);
    const actor = oversightActorKind(caller, { grantingInstanceId: habilitation.instanceId }, "GRANTING");
    return { actor, habilitation: standing, pendingWithdrawalId, reason, today: ctx.clock.today() };
  }

  /** CMP-5: the procedures this Instance conducted with this organism, as they ended (the organism's corrective commitments). */
  private async endedProcedures(ctx: RequestContext, habilitation: HabilitationEntity): Promise<EndedProcedure[]> {
    const procedures = (await oversightLoaders(ctx).proceduresByOrganism.load(habilitation.organismId)).filter((p) => p.instanceId === habilitation.instanceId);
    return Promise.all(
      procedures.map(async (procedure) => {
        const outcome = procedureOutcome(await this.reader.procedureFacts(ctx, procedure), ctx.clock.today());
        return { id: procedure.id, endsOn: outcome.endsOn, habilitationKept: outcome.habilitationKept };
      }),
    );
  }

  private async decideWith(
    ctx: RequestContext,
    habilitation: HabilitationEntity,
    checks: VersionCheck[],
    values: Partial<HabilitationWithdrawalEntity>,
    journalReason: string,
  ): Promise<WithdrawalView> {
    const granting = await this.reader.instance(ctx, habilitation.instanceId);
    return this.writes.run(ctx, {
      check: [this.reader.habilitations.versionCheck(habilitation), ...checks],
      work: async (manager) => {
        const id = (
          await manager.insert(HabilitationWithdrawalEntity, {
            habilitationId: habilitation.id,
            organismId: habilitation.organismId,
            instanceId: habilitation.instanceId,
            decidedOn: ctx.clock.today(),
            decidedByUserId: ctx.actor!.userId,
            rowVersion: 1,
            ...values,
          })
        ).identifiers[0].id as number;
        // The refused audit closes with the withdrawal decided on it (its version was checked above).
        if (values.auditId) await manager.update(AuditEntity, { id: values.auditId }, { refusalWithdrawalId: id });
        return id;
      },
      journal: (id) => ({
        subjectType: "HABILITATION_WITHDRAWAL",
        subjectId: id,
        subjectInstanceCode: granting.code,
        action: "WITHDRAWAL_DECIDED",
        fromState: null,
        toState: "DECIDED",
        reason: journalReason,
      }),
      onDuplicate: (error) => (isDuplicateKey(error, "uq_withdrawal_pending") || isDuplicateKey(error, "uq_withdrawal_audit") ? conflict(PENDING_TAKEN) : undefined),
      reread: (id) => this.viewOf(ctx, id),
    });
  }
}
