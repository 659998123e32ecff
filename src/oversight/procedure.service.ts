import type { DataSource, EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import type { UnitOfWork, VersionCheck } from "../common/db/unit-of-work";
import { badInput, notFound } from "../common/errors";
import { ComplianceProcedureEntity, FormalNoticeEntity } from "./compliance-procedure.entity";
import { noticeNotifiedReason } from "./journal-reasons";
import type { OversightOrder } from "./oversight.enums";
import { grantingParties } from "./oversight.facts";
import type { FormalNoticeInput, ProcedureFilter } from "./oversight.inputs";
import { listProcedures } from "./oversight.lists";
import { oversightLoaders } from "./oversight.loaders";
import type { OversightReader } from "./oversight-reader";
import { procedureView } from "./oversight.views";
import type { ProcedureView } from "./procedure.types";
import { orThrow } from "./rule-answer";
import { mayReadOversightFile, oversightActorKind, type OversightActorKind } from "./rules/actors";
import type { FormalNotice } from "./rules/formal-notice";
import { decideComplementaryPeriod, decideWithdrawal, notifyProcedureDecision, sendJustification } from "./rules/justification-actions";
import { checkNoticeSentAlone, notifyNotice, openProcedure, reviseNotice } from "./rules/notice-actions";
import { type ProcedureDecisionKind, type ProcedurePhase, procedurePhaseAt } from "./rules/procedure-lifecycle";
import { count } from "../common/french";

interface ProcedureFile {
  procedure: ComplianceProcedureEntity;
  phase: ProcedurePhase;
  /** The round the phase is about (the current one, or the one whose decision awaits notification). */
  notice: FormalNoticeEntity;
  /** The next round, when a complementary period is decided and not yet notified. */
  next: FormalNoticeEntity | undefined;
  actor: OversightActorKind | null;
  today: string;
}

interface ProcedureStep {
  action: string;
  to: ProcedurePhase;
  values?: Partial<ComplianceProcedureEntity>;
  reason: string;
  work?: (manager: EntityManager) => Promise<unknown>;
}

const noticeOf = (round: FormalNoticeEntity): FormalNotice => ({ failings: round.failings, suspension: round.suspension, withdrawalOn: round.withdrawalOn, period: round.period });

const DECISION_WORDS: Record<ProcedureDecisionKind, string> = {
  WITHDRAWAL: "Retrait de l'habilitation décidé",
  COMPLEMENTARY_PERIOD: "Période complémentaire de mise en conformité décidée",
};

/** CMP-1…CMP-4: formal notices, justifications and the Instance's decisions on them; the automatic outcomes are computed. */
export class ProcedureService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly reader: OversightReader,
  ) {}

  /** A procedure the caller may read: the organism, its Mandataire, the granting Instance, and Certif Pro (CTX-5). */
  async find(ctx: RequestContext, id: number): Promise<ComplianceProcedureEntity | undefined> {
    const procedure = await oversightLoaders(ctx).procedureById.load(id);
    if (!procedure || !mayReadOversightFile(await this.reader.caller(ctx, procedure.organismId), grantingParties(procedure))) return undefined;
    return procedure;
  }

  async get(ctx: RequestContext, id: number): Promise<ComplianceProcedureEntity> {
    const procedure = await this.find(ctx, id);
    if (!procedure) throw notFound(`Procédure de mise en conformité ${id}`);
    return procedure;
  }

  view(ctx: RequestContext, procedure: ComplianceProcedureEntity): Promise<ProcedureView> {
    return procedureView(ctx, procedure, this.reader);
  }

  async viewOf(ctx: RequestContext, id: number): Promise<ProcedureView> {
    return this.view(ctx, await this.get(ctx, id));
  }

  async list(ctx: RequestContext, filter: ProcedureFilter, order: OversightOrder, first?: number | null, after?: string | null) {
    const { rows, connection } = await listProcedures(this.db, ctx, filter, order, first, after);
    for (const row of rows) oversightLoaders(ctx).procedureById.prime(row.id, row);
    return connection(await Promise.all(rows.map((row) => this.view(ctx, row))));
  }

  async ofHabilitation(ctx: RequestContext, habilitationId: number): Promise<ProcedureView[]> {
    const procedures = await oversightLoaders(ctx).proceduresByHabilitation.load(habilitationId);
    for (const procedure of procedures) oversightLoaders(ctx).procedureById.prime(procedure.id, procedure);
    const readable = await Promise.all(procedures.map((p) => this.find(ctx, p.id)));
    return Promise.all(readable.filter((p): p is ComplianceProcedureEntity => p !== undefined).map((p) => this.view(ctx, p)));
  }

  /** The procedure an audit decision opened, if the caller may read it (an auditor may not). */
  async ofAudit(ctx: RequestContext, auditId: number): Promise<ProcedureView | null> {
    const procedure = await oversightLoaders(ctx).procedureByAudit.load(auditId);
    if (procedure) oversightLoaders(ctx).procedureById.prime(procedure.id, procedure);
    const readable = procedure ? await this.find(ctx, procedure.id) : undefined;
    return readable ? this.view(ctx, readable) : null;
  }

  /** CMP-1, INS-1: outside an audit, the granting Instance opens a procedure on a reasoned finding, with its formal notice. */
  async open(ctx: RequestContext, habilitationId: number, finding: string, notice: FormalNoticeInput): Promise<ProcedureView> {
    const habilitation = await this.reader.habilitation(ctx, habilitationId);
    const today = ctx.clock.today();
    const [granting, standing, caller, openProcedureId] = await Promise.all([
      this.reader.instance(ctx, habilitation.instanceId),
      this.reader.standing(ctx, habilitation),
      this.reader.caller(ctx, habilitation.organismId),
      this.reader.openProcedureId(ctx, habilitation.id),
    ]);
    const actor = oversightActorKind(caller, { grantingInstanceId: habilitation.instanceId }, "GRANTING");
    const opened = orThrow(openProcedure({ actor, habilitation: standing, openProcedureId, finding, notice, today }));
    return this.writes.run(ctx, {
      check: this.reader.habilitations.versionCheck(habilitation),
      work: async (manager) => {
        const id = (
          await manager.insert(ComplianceProcedureEntity, {
            habilitationId: habilitation.id,
            organismId: habilitation.organismId,
            instanceId: habilitation.instanceId,
            origin: "FINDING",
            auditId: null,
            finding: opened.finding,
            openedOn: today,
            openedByUserId: ctx.actor!.userId,
            noticeDueOn: null,
            stage: "NOTICE_ISSUED",
            currentRound: 1,
            withdrawalOn: opened.notice.withdrawalOn,
            rowVersion: 1,
          })
        ).identifiers[0].id as number;
        await manager.insert(FormalNoticeEntity, this.noticeRow(ctx, id, 1, opened.notice));
        return id;
      },
      journal: (id) => ({
        subjectType: "COMPLIANCE_PROCEDURE",
        subjectId: id,
        subjectInstanceCode: granting.code,
        action: "PROCEDURE_OPENED",
        fromState: null,
        toState: "NOTICE_ISSUED",
        reason: `Habilitation ${habilitation.id} : procédure engagée sur constat, mise en demeure ${opened.notice.suspension ? "avec" : "sans"} suspension, retrait au ${opened.notice.withdrawalOn} à défaut de justification`,
      }),
      reread: (id) => this.viewOf(ctx, id),
    });
  }

  /** CMP-1: a notice not yet notified (initial, or the one a complementary period carries) is corrected. */
  revise(ctx: RequestContext, id: number, draft: FormalNoticeInput) {
    return this.step(ctx, id, async (file) => {
      const target = file.next ?? file.notice;
      const notice = orThrow(reviseNotice({ phase: file.phase, actor: file.actor, notice: draft, today: file.today }));
      return {
        action: "FORMAL_NOTICE_REVISED",
        to: file.phase,
        values: file.next ? {} : { withdrawalOn: notice.withdrawalOn },
        reason: `Mise en demeure (période ${target.round}) modifiée : ${count(notice.failings.length, "manquement")}, ${notice.suspension ? "avec" : "sans"} suspension, retrait au ${notice.withdrawalOn}`,
        work: (manager) => manager.update(FormalNoticeEntity, { id: target.id }, { failings: [...notice.failings], suspension: notice.suspension, withdrawalOn: notice.withdrawalOn }),
      };
    });
  }

  /** CMP-2: notified today, the notice gives the organism 30 working days; CMP-1: a serious failing suspends from today. */
  notifyNotice(ctx: RequestContext, id: number) {
    return this.step(ctx, id, async (file) => {
      const sent = orThrow(notifyNotice({ phase: file.phase, actor: file.actor, notice: noticeOf(file.notice), today: file.today }));
      orThrow(checkNoticeSentAlone(file.procedure.origin));
      return {
        action: "FORMAL_NOTICE_NOTIFIED",
        to: "AWAITING_JUSTIFICATION",
        values: { justificationDueOn: sent.justificationDue },
        reason: noticeNotifiedReason(sent),
        work: (manager) => manager.update(FormalNoticeEntity, { id: file.notice.id }, { notifiedOn: sent.notifiedOn }),
      };
    });
  }

  /** CMP-2: the organism's written, detailed justification, within its 30 working days; CMP-3: none after. */
  justify(ctx: RequestContext, id: number, text: string) {
    return this.step(ctx, id, async (file) => {
      const justified = orThrow(
        sendJustification({ phase: file.phase, actor: file.actor, text, noticeNotifiedOn: file.notice.notifiedOn, withdrawalOn: file.notice.withdrawalOn, today: file.today }),
      );
      return {
        action: "JUSTIFICATION_RECEIVED",
        to: "JUSTIFIED",
        values: { responseDueOn: justified.responseDue },
        reason: `Justification reçue le ${justified.justifiedOn} ; décision de l'Instance à notifier au plus tard le ${justified.responseDue}, faute de quoi les mesures correctives sont réputées suffisantes (CMP-4)`,
        work: (manager) => manager.update(FormalNoticeEntity, { id: file.notice.id }, { justifiedOn: justified.justifiedOn, justificationText: text.trim(), justifiedByUserId: ctx.actor!.userId }),
      };
    });
  }

  /** CMP-4: a reasoned withdrawal, or a complementary period with its own formal notice. */
  decide(ctx: RequestContext, id: number, outcome: ProcedureDecisionKind, reason: string, draft: FormalNoticeInput | null) {
    if (outcome === "WITHDRAWAL" && draft) throw badInput("Une décision de retrait n'ouvre pas de nouvelle mise en demeure : retirez-la, ou décidez une période complémentaire.");
    if (outcome === "COMPLEMENTARY_PERIOD" && !draft) throw badInput("Une période complémentaire se déroule dans les mêmes conditions : précisez sa mise en demeure (manquements, suspension éventuelle, date de retrait).");
    return this.step(ctx, id, async (file) => {
      const base = { phase: file.phase, actor: file.actor, reason, justifiedOn: file.notice.justifiedOn, today: file.today };
      const decision = outcome === "WITHDRAWAL" ? orThrow(decideWithdrawal(base)) : orThrow(decideComplementaryPeriod({ ...base, notice: draft! }));
      const next = "notice" in decision ? decision.notice : null;
      return {
        action: "PROCEDURE_DECIDED",
        to: decision.phase,
        reason: `${DECISION_WORDS[outcome]}, à notifier au plus tard le ${decision.notifyBy} : ${decision.reason}`,
        work: async (manager) => {
          await manager.update(FormalNoticeEntity, { id: file.notice.id }, { decisionKind: outcome, decidedOn: decision.decidedOn, decidedByUserId: ctx.actor!.userId, decisionReason: decision.reason });
          if (next) await manager.insert(FormalNoticeEntity, this.noticeRow(ctx, file.procedure.id, file.notice.round + 1, next));
        },
      };
    });
  }

  /** CMP-4: notified within the Instance's 30 working days; a withdrawal takes effect today (WDR-1), a complementary period starts. */
  notifyDecision(ctx: RequestContext, id: number) {
    return this.step(ctx, id, async (file) => {
      const notified = orThrow(
        notifyProcedureDecision({ phase: file.phase, actor: file.actor, justifiedOn: file.notice.justifiedOn, nextNotice: file.next ? noticeOf(file.next) : null, today: file.today }),
      );
      const withdrawn = notified.phase === "WITHDRAWN";
      const next = file.next;
      return {
        action: "PROCEDURE_DECISION_NOTIFIED",
        to: notified.phase,
        values: next
          ? { currentRound: next.round, justificationDueOn: notified.justificationDue, withdrawalOn: next.withdrawalOn, responseDueOn: null }
          : {},
        reason: withdrawn
          ? `Retrait notifié : l'habilitation est retirée à compter du ${notified.withdrawalEffectiveOn} (WDR-1)`
          : noticeNotifiedReason({ justificationDue: notified.justificationDue!, withdrawalOn: next!.withdrawalOn, suspendedFrom: next!.suspension ? notified.notifiedOn : null }),
        work: async (manager) => {
          await manager.update(FormalNoticeEntity, { id: file.notice.id }, { decisionNotifiedOn: notified.notifiedOn });
          if (next) await manager.update(FormalNoticeEntity, { id: next.id }, { notifiedOn: notified.notifiedOn });
        },
      };
    });
  }

  private noticeRow(ctx: RequestContext, procedureId: number, round: number, notice: FormalNotice) {
    return {
      procedureId,
      round,
      period: notice.period,
      failings: [...notice.failings],
      suspension: notice.suspension,
      withdrawalOn: notice.withdrawalOn,
      issuedOn: ctx.clock.today(),
      issuedByUserId: ctx.actor!.userId,
    };
  }

  /** Loads the procedure and its rounds, asks `build` (the rules) for the step, and writes it under the procedure's version. */
  private async step(ctx: RequestContext, id: number, build: (file: ProcedureFile) => Promise<ProcedureStep>): Promise<ProcedureView> {
    const procedure = await this.get(ctx, id);
    const today = ctx.clock.today();
    const [facts, notices, caller, granting] = await Promise.all([
      this.reader.procedureFacts(ctx, procedure),
      oversightLoaders(ctx).noticesByProcedure.load(procedure.id),
      this.reader.caller(ctx, procedure.organismId),
      this.reader.instance(ctx, procedure.instanceId),
    ]);
    const { phase, roundIndex } = procedurePhaseAt(facts, today);
    const sorted = [...notices].sort((a, b) => a.round - b.round);
    const step = await build({
      procedure,
      phase,
      notice: sorted[roundIndex],
      next: sorted[roundIndex + 1],
      actor: oversightActorKind(caller, grantingParties(procedure), "GRANTING"),
      today,
    });
    const check: VersionCheck = { entity: ComplianceProcedureEntity, id: procedure.id, rowVersion: procedure.rowVersion, values: { ...step.values, stage: step.to } };
    return this.writes.run(ctx, {
      check,
      work: step.work,
      journal: {
        subjectType: "COMPLIANCE_PROCEDURE",
        subjectId: procedure.id,
        subjectInstanceCode: granting.code,
        action: step.action,
        fromState: phase,
        toState: step.to,
        reason: step.reason,
      },
      reread: () => this.viewOf(ctx, procedure.id),
    });
  }
}
