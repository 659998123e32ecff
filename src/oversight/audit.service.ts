import type { DataSource, EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { JournalRecord, UnitOfWork, VersionCheck } from "../common/db/unit-of-work";
import { badInput, conflict, notFound } from "../common/errors";
import { instanceLoaders } from "../instances/instance.loaders";
import { UserEntity } from "../instances/user.entity";
import { AuditEntity } from "./audit.entity";
import type { AuditView } from "./audit.types";
import { ComplianceProcedureEntity, FormalNoticeEntity } from "./compliance-procedure.entity";
import type { OversightOrder } from "./oversight.enums";
import { auditFacts, auditParties, grantingParties } from "./oversight.facts";
import type { AnomalyInput, AuditFilter, AuditorInput, FormalNoticeInput } from "./oversight.inputs";
import { listAudits } from "./oversight.lists";
import { oversightLoaders } from "./oversight.loaders";
import type { OversightReader } from "./oversight-reader";
import { auditView } from "./oversight.views";
import { noticeNotifiedReason } from "./journal-reasons";
import { orThrow } from "./rule-answer";
import { mayReadOversightFile, oversightActorKind } from "./rules/actors";
import { decideToKeep, decideToOpenProcedure, notifyAuditDecision, sendObservations } from "./rules/audit-decision";
import { AUDIT_ACTION_SIDE, AUDIT_OPINION_LABELS, type AuditAction, type AuditOpinion, type AuditPhase, auditPhase } from "./rules/audit-lifecycle";
import { AUDIT_MODE_LABELS, type AuditMode, cancelAudit, orderAudit, rescheduleAudit } from "./rules/audit-order";
import { type AnomalySeverity, recordAuditRefusal, recordAuditReport, type RefusalKind } from "./rules/audit-report";
import { AUDITOR_KIND_LABELS, type AuditorKind, type AuditorUser } from "./rules/auditor";
import { notifyNotice } from "./rules/notice-actions";
import { procedurePhase } from "./rules/procedure-lifecycle";
import { count } from "../common/french";

interface AuditFile {
  audit: AuditEntity;
  phase: AuditPhase;
  grantingCode: string;
  today: string;
  /** The caller's part for an action, on the side of the Instance that has charge of it. */
  actor: (action: AuditAction) => ReturnType<typeof oversightActorKind>;
}

interface AuditStep {
  action: string;
  to: AuditPhase;
  values?: Partial<AuditEntity>;
  reason: string;
  also?: VersionCheck[];
  work?: (manager: EntityManager) => Promise<unknown>;
  /** Entries on other files the step writes, from what `work` returned. */
  more?: (written: unknown) => JournalRecord[];
}

const OPEN_AUDIT_TAKEN = "Un audit de cette habilitation vient d'être ordonné par ailleurs : rechargez la page.";

/** AUD-1…AUD-3: order, run and conclude an audit; the decision that opens a procedure issues its formal notice. */
export class AuditService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly reader: OversightReader,
  ) {}

  /** An audit the caller may read (AUD-1: the organism, its Mandataire, the Instances concerned, the auditor; CTX-5). */
  async find(ctx: RequestContext, id: number): Promise<AuditEntity | undefined> {
    const audit = await oversightLoaders(ctx).auditById.load(id);
    if (!audit || !mayReadOversightFile(await this.reader.caller(ctx, audit.organismId), auditParties(audit))) return undefined;
    return audit;
  }

  async get(ctx: RequestContext, id: number): Promise<AuditEntity> {
    const audit = await this.find(ctx, id);
    if (!audit) throw notFound(`Audit ${id}`);
    return audit;
  }

  view(ctx: RequestContext, audit: AuditEntity): Promise<AuditView> {
    return auditView(ctx, audit, this.reader);
  }

  async viewOf(ctx: RequestContext, id: number): Promise<AuditView> {
    return this.view(ctx, await this.get(ctx, id));
  }

  async list(ctx: RequestContext, filter: AuditFilter, order: OversightOrder, first?: number | null, after?: string | null) {
    const { rows, connection } = await listAudits(this.db, ctx, filter, order, first, after);
    for (const row of rows) oversightLoaders(ctx).auditById.prime(row.id, row);
    return connection(await Promise.all(rows.map((row) => this.view(ctx, row))));
  }

  /** The audits of a habilitation the caller may read. */
  async ofHabilitation(ctx: RequestContext, habilitationId: number): Promise<AuditView[]> {
    const audits = await oversightLoaders(ctx).auditsByHabilitation.load(habilitationId);
    for (const audit of audits) oversightLoaders(ctx).auditById.prime(audit.id, audit);
    const readable = await Promise.all(audits.map(async (audit) => ((await this.find(ctx, audit.id)) ? audit : null)));
    return Promise.all(readable.filter((audit): audit is AuditEntity => audit !== null).map((audit) => this.view(ctx, audit)));
  }

  /** AUD-1, CTX-5: the granting Instance, or Certif Pro for a CPNE's habilitation, orders an audit (decision makers). */
  async order(ctx: RequestContext, habilitationId: number, mode: AuditMode, scheduledOn: string, auditor: AuditorInput): Promise<AuditView> {
    const habilitation = await this.reader.habilitation(ctx, habilitationId);
    const today = ctx.clock.today();
    const [granting, standing, caller, openAuditId, auditorUser] = await Promise.all([
      this.reader.instance(ctx, habilitation.instanceId),
      this.reader.standing(ctx, habilitation),
      this.reader.caller(ctx, habilitation.organismId),
      this.reader.openAuditId(ctx, habilitation.id),
      this.auditorUser(ctx, auditor.userEmail ?? null),
    ]);
    const ordered = orThrow(
      orderAudit({
        caller,
        habilitation: { ...standing, grantingInstanceId: granting.id, grantingInstanceKind: granting.kind },
        openAuditId,
        schedule: { mode, scheduledOn },
        auditor: { kind: auditor.kind as AuditorKind, user: auditorUser, name: auditor.name ?? null },
        today,
      }),
    );
    return this.writes.run(ctx, {
      check: this.reader.habilitations.versionCheck(habilitation),
      work: async (manager) =>
        (
          await manager.insert(AuditEntity, {
            habilitationId: habilitation.id,
            organismId: habilitation.organismId,
            grantingInstanceId: granting.id,
            orderingInstanceId: ordered.orderingInstanceId,
            orderedOn: today,
            orderedByUserId: ctx.actor!.userId,
            mode: ordered.mode,
            scheduledOn: ordered.scheduledOn,
            auditorKind: ordered.auditor.kind,
            auditorUserId: ordered.auditor.userId,
            auditorName: ordered.auditor.name,
            stage: "ORDERED",
            rowVersion: 1,
          })
        ).identifiers[0].id as number,
      journal: (id) => ({
        subjectType: "AUDIT",
        subjectId: id,
        subjectInstanceCode: granting.code,
        action: "AUDIT_ORDERED",
        fromState: null,
        toState: "ORDERED",
        reason: `Habilitation ${habilitation.id} : audit ${AUDIT_MODE_LABELS[ordered.mode]} prévu le ${ordered.scheduledOn}, auditeur ${AUDITOR_KIND_LABELS[ordered.auditor.kind]}`,
      }),
      onDuplicate: (error) => (isDuplicateKey(error, "uq_audit_open") ? conflict(OPEN_AUDIT_TAKEN) : undefined),
      reread: (id) => this.viewOf(ctx, id),
    });
  }

  /** AUD-1: before the report, the Instance running the audit moves its date or changes its mode. */
  reschedule(ctx: RequestContext, id: number, mode: AuditMode, scheduledOn: string) {
    return this.step(ctx, id, async (file) => {
      const habilitation = await this.reader.habilitation(ctx, file.audit.habilitationId);
      const standing = await this.reader.standing(ctx, habilitation);
      const schedule = orThrow(
        rescheduleAudit({ phase: file.phase, actor: file.actor("RESCHEDULE"), schedule: { mode, scheduledOn }, lastValidDay: standing.lastValidDay, today: file.today }),
      );
      return {
        action: "AUDIT_RESCHEDULED",
        to: "ORDERED",
        values: { mode: schedule.mode, scheduledOn: schedule.scheduledOn },
        reason: `Audit ${AUDIT_MODE_LABELS[schedule.mode]} prévu le ${schedule.scheduledOn} (au lieu du ${file.audit.scheduledOn})`,
      };
    });
  }

  /** AUD-1: the ordering Instance calls off an audit not yet reported, or a refused one it does not follow with a withdrawal. */
  cancel(ctx: RequestContext, id: number, reason: string) {
    return this.step(ctx, id, async (file) => {
      const cancelled = orThrow(
        cancelAudit({ phase: file.phase, actor: file.actor("CANCEL"), reason, refusalWithdrawalDecided: file.audit.refusalWithdrawalId !== null }),
      );
      return { action: "AUDIT_CANCELLED", to: "CANCELLED", values: { cancelledOn: file.today, cancellationReason: cancelled.reason }, reason: cancelled.reason };
    });
  }

  /** WDR-1: the refusal's receipt, or the day the Instance observed it: a withdrawal case. */
  recordRefusal(ctx: RequestContext, id: number, kind: RefusalKind, on: string) {
    return this.step(ctx, id, async (file) => {
      const refusal = orThrow(
        recordAuditRefusal({ phase: file.phase, actor: file.actor("RECORD_REFUSAL"), kind, on, orderedOn: file.audit.orderedOn, today: file.today }),
      );
      return {
        action: "AUDIT_REFUSAL_RECORDED",
        to: "REFUSED",
        values: { refusalKind: refusal.kind, refusedOn: refusal.refusedOn },
        reason: `${refusal.kind === "WRITTEN" ? "Refus écrit reçu" : "Refus constaté"} le ${refusal.refusedOn}`,
      };
    });
  }

  /** AUD-2, AUD-3: the report, presented to the organism today, opens its 15 working days for observations. */
  recordReport(ctx: RequestContext, id: number, opinion: AuditOpinion, anomalies: AnomalyInput[]) {
    return this.step(ctx, id, async (file) => {
      const report = orThrow(
        recordAuditReport({
          phase: file.phase,
          actor: file.actor("RECORD_REPORT"),
          opinion,
          anomalies: anomalies.map((a) => ({ description: a.description, severity: a.severity as AnomalySeverity })),
          scheduledOn: file.audit.scheduledOn,
          today: file.today,
        }),
      );
      return {
        action: "AUDIT_REPORT_RECORDED",
        to: "OBSERVATIONS_PERIOD",
        values: {
          reportPresentedOn: report.reportPresentedOn,
          opinion: report.opinion,
          anomalies: [...report.anomalies],
          reportRecordedByUserId: ctx.actor!.userId,
          observationsDueOn: report.observationsDue,
        },
        reason: `Rapport présenté : ${AUDIT_OPINION_LABELS[report.opinion]}, ${count(report.anomalies.length, "anomalie")} ; observations écrites attendues jusqu'au ${report.observationsDue}`,
      };
    });
  }

  /** AUD-3: the organism's written observations, within 15 working days of the report. */
  sendObservations(ctx: RequestContext, id: number, text: string) {
    return this.step(ctx, id, async (file) => {
      const sent = orThrow(
        sendObservations({
          phase: file.phase,
          actor: file.actor("SEND_OBSERVATIONS"),
          text,
          reportPresentedOn: file.audit.reportPresentedOn,
          observationsSentOn: file.audit.observationsSentOn,
          today: file.today,
        }),
      );
      return {
        action: "AUDIT_OBSERVATIONS_RECEIVED",
        to: "AWAITING_DECISION",
        values: { observationsSentOn: sent.observationsSentOn, observationsText: text.trim() },
        reason: `Observations écrites reçues le ${sent.observationsSentOn}`,
      };
    });
  }

  /**
   * AUD-3: at a meeting, keep the habilitation or open a compliance procedure; the Instance qualifies the anomalies
   * itself, the notice saying whether they suspend (AUD-2, CMP-1).
   */
  decide(ctx: RequestContext, id: number, outcome: "KEEP" | "OPEN_PROCEDURE", meetingOn: string, reason: string, notice: FormalNoticeInput | null) {
    if (outcome === "KEEP" && notice) throw badInput("Une décision de maintien n'est accompagnée d'aucune mise en demeure : retirez-la, ou engagez une procédure de mise en conformité.");
    if (outcome === "OPEN_PROCEDURE" && !notice) throw badInput("Engager une procédure de mise en conformité, c'est mettre l'organisme en demeure : précisez les manquements, la suspension éventuelle et la date de retrait (CMP-1).");
    return this.step(ctx, id, async (file) => {
      const base = {
        phase: file.phase,
        meetingOn,
        reason,
        opinion: file.audit.opinion!,
        reportPresentedOn: file.audit.reportPresentedOn!,
        observationsSentOn: file.audit.observationsSentOn,
        today: file.today,
      };
      if (outcome === "KEEP") {
        const kept = orThrow(decideToKeep({ ...base, actor: file.actor("DECIDE_KEEP") }));
        return {
          action: "AUDIT_DECIDED",
          to: "DECIDED_KEEP",
          values: this.decisionValues(ctx, "KEEP", kept),
          reason: `Maintien de l'habilitation décidé en réunion du ${kept.meetingOn}${kept.followsOpinion ? "" : " (l'Instance s'écarte de l'avis de l'auditeur)"} : ${kept.reason}`,
        };
      }
      const habilitation = await this.reader.habilitation(ctx, file.audit.habilitationId);
      const [standing, openProcedureId] = await Promise.all([this.reader.standing(ctx, habilitation), this.reader.openProcedureId(ctx, habilitation.id)]);
      const decided = orThrow(decideToOpenProcedure({ ...base, actor: file.actor("DECIDE_PROCEDURE"), habilitation: standing, openProcedureId, notice: notice! }));
      return {
        action: "AUDIT_DECIDED",
        to: "DECIDED_PROCEDURE",
        values: this.decisionValues(ctx, "OPEN_PROCEDURE", decided),
        also: [this.reader.habilitations.versionCheck(habilitation)],
        reason: `Procédure de mise en conformité ${decided.notice.suspension ? "avec" : "sans"} suspension décidée en réunion du ${decided.meetingOn}${decided.followsOpinion ? "" : " (l'Instance s'écarte de l'avis de l'auditeur)"} : ${decided.reason}`,
        work: async (manager) => {
          const procedureId = (
            await manager.insert(ComplianceProcedureEntity, {
              habilitationId: habilitation.id,
              organismId: habilitation.organismId,
              instanceId: habilitation.instanceId,
              origin: "AUDIT",
              auditId: file.audit.id,
              finding: null,
              openedOn: file.today,
              openedByUserId: ctx.actor!.userId,
              noticeDueOn: decided.notificationDue,
              stage: "NOTICE_ISSUED",
              currentRound: 1,
              withdrawalOn: decided.notice.withdrawalOn,
              rowVersion: 1,
            })
          ).identifiers[0].id as number;
          await manager.insert(FormalNoticeEntity, {
            procedureId,
            round: 1,
            period: "INITIAL",
            failings: [...decided.notice.failings],
            suspension: decided.notice.suspension,
            withdrawalOn: decided.notice.withdrawalOn,
            issuedOn: file.today,
            issuedByUserId: ctx.actor!.userId,
          });
          return procedureId;
        },
        more: (procedureId) => [
          {
            subjectType: "COMPLIANCE_PROCEDURE",
            subjectId: procedureId as number,
            subjectInstanceCode: file.grantingCode,
            action: "PROCEDURE_OPENED",
            fromState: null,
            toState: "NOTICE_ISSUED",
            reason: `Procédure engagée par la décision prise après l'audit n° ${file.audit.id} ; mise en demeure ${decided.notice.suspension ? "avec" : "sans"} suspension, à notifier avec cette décision au plus tard le ${decided.notificationDue}`,
          },
        ],
      };
    });
  }

  /** AUD-3: notified within 15 working days of the meeting; a procedure's formal notice goes out with it (CMP-2). */
  notify(ctx: RequestContext, id: number) {
    return this.step(ctx, id, async (file) => {
      const notified = orThrow(notifyAuditDecision({ phase: file.phase, actor: file.actor("NOTIFY_DECISION"), meetingOn: file.audit.meetingOn!, today: file.today }));
      const late = notified.late ? ` (hors délai : à notifier au plus tard le ${notified.due})` : "";
      const values = { decisionNotifiedOn: notified.notifiedOn, notifiedLate: notified.late };
      if (notified.phase === "KEPT") return { action: "AUDIT_DECISION_NOTIFIED", to: "KEPT", values, reason: `Maintien de l'habilitation notifié${late}` };
      const procedure = (await oversightLoaders(ctx).procedureByAudit.load(file.audit.id))!;
      const facts = await this.reader.procedureFacts(ctx, procedure);
      const [notice] = await oversightLoaders(ctx).noticesByProcedure.load(procedure.id);
      const sent = orThrow(
        notifyNotice({
          phase: procedurePhase(facts, file.today),
          actor: oversightActorKind(await this.reader.caller(ctx, procedure.organismId), grantingParties(procedure), "GRANTING"),
          notice: facts.rounds[0].notice,
          today: file.today,
        }),
      );
      return {
        action: "AUDIT_DECISION_NOTIFIED",
        to: "PROCEDURE_OPENED",
        values,
        reason: `Décision d'engager une procédure de mise en conformité notifiée${late}, avec la mise en demeure`,
        also: [
          {
            entity: ComplianceProcedureEntity,
            id: procedure.id,
            rowVersion: procedure.rowVersion,
            values: { stage: "AWAITING_JUSTIFICATION", justificationDueOn: sent.justificationDue },
          },
        ],
        work: (manager) => manager.update(FormalNoticeEntity, { id: notice.id }, { notifiedOn: sent.notifiedOn }),
        more: () => [
          {
            subjectType: "COMPLIANCE_PROCEDURE",
            subjectId: procedure.id,
            subjectInstanceCode: file.grantingCode,
            action: "FORMAL_NOTICE_NOTIFIED",
            fromState: "NOTICE_ISSUED",
            toState: "AWAITING_JUSTIFICATION",
            reason: noticeNotifiedReason(sent),
          },
        ],
      };
    });
  }

  private decisionValues(ctx: RequestContext, outcome: "KEEP" | "OPEN_PROCEDURE", decision: { meetingOn: string; reason: string; notificationDue: string; followsOpinion: boolean }): Partial<AuditEntity> {
    return {
      decisionOutcome: outcome,
      meetingOn: decision.meetingOn,
      decidedOn: ctx.clock.today(),
      decidedByUserId: ctx.actor!.userId,
      decisionReason: decision.reason,
      followsOpinion: decision.followsOpinion,
      notificationDueOn: decision.notificationDue,
    };
  }

  private async auditorUser(ctx: RequestContext, email: string | null): Promise<AuditorUser | null> {
    if (email === null || email.trim() === "") return null;
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
    if (!user || !user.active) throw badInput(`Aucun utilisateur actif « ${email} » : désignez un utilisateur de la plateforme, ou une personne extérieure par son nom.`);
    const instance = user.instanceId ? await instanceLoaders(ctx).instanceById.load(user.instanceId) : undefined;
    return { id: user.id, role: user.role, instanceId: user.instanceId, instanceKind: instance?.kind ?? null };
  }

  private async step(ctx: RequestContext, id: number, build: (file: AuditFile) => Promise<AuditStep>): Promise<AuditView> {
    const audit = await this.get(ctx, id);
    const today = ctx.clock.today();
    const [caller, granting] = await Promise.all([this.reader.caller(ctx, audit.organismId), this.reader.instance(ctx, audit.grantingInstanceId)]);
    const phase = auditPhase(auditFacts(audit), today);
    const parties = auditParties(audit);
    const step = await build({ audit, phase, grantingCode: granting.code, today, actor: (action) => oversightActorKind(caller, parties, AUDIT_ACTION_SIDE[action]) });
    return this.writes.run(ctx, {
      check: [{ entity: AuditEntity, id: audit.id, rowVersion: audit.rowVersion, values: { ...step.values, stage: step.to } }, ...(step.also ?? [])],
      work: step.work,
      journal: (written) => [
        {
          subjectType: "AUDIT",
          subjectId: audit.id,
          subjectInstanceCode: granting.code,
          action: step.action,
          fromState: phase,
          toState: step.to,
          reason: step.reason,
        },
        ...(step.more?.(written) ?? []),
      ],
      onDuplicate: (error) => (isDuplicateKey(error, "uq_audit_open") ? conflict(OPEN_AUDIT_TAKEN) : undefined),
      reread: () => this.viewOf(ctx, audit.id),
    });
  }
}
