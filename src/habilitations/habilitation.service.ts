import { requireDate } from "../common/date-input";
import type { DataSource, EntityManager } from "typeorm";
import type { ApplicationEntity } from "../applications/application.entity";
import type { HabilitationGrant } from "../applications/application.service";
import type { RequestContext } from "../common/context";
import type { JournalRecord, UnitOfWork, VersionCheck } from "../common/db/unit-of-work";
import { badInput, notFound } from "../common/errors";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";
import type { InstanceService } from "../instances/instance.service";
import { actsForOrganism, organismSummary } from "../organisms/organism.queries";
import { HabilitationEntity } from "./habilitation.entity";
import type { EvaluationRightType, HabilitationStatusEnum, HabilitationType } from "./habilitation.types";
import { evaluationGround, mayEvaluate, type OrganismHabilitation } from "./rules/evaluation-right";
import { followOnStart, reapplicationAdvice } from "./rules/reapplication";
import { campaignCalendar } from "../applications/application.queries";
import { checkRenunciationNotice, checkRenunciationReceipt } from "./rules/renunciation";
import { computeValidity, type HabilitationRecord, renunciationEffectiveDate, statusOn } from "./rules/validity";
import { publishedContextualisationId } from "../contextualisations/contextualisation.queries";
import { habilitationLoaders } from "./habilitation.loaders";
import { type HabilitationOversightEffects, NO_OVERSIGHT, type OversightEffects } from "./oversight-effects";
import { instanceLoaders } from "../instances/instance.loaders";
import { organismLoaders } from "../organisms/organism.loaders";
import { referentialLoaders } from "../referentials/referential.loaders";

export class HabilitationService implements HabilitationGrant {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly instances: InstanceService,
    private readonly oversight: OversightEffects,
  ) {}

  /**
   * A notified acceptance starts the habilitation, in the notification's transaction: the day after the organism's
   * running habilitation for the same certification ends, if it has one; under the CPNE's contextualised referential
   * when the CPNE has published one.
   */
  async grant(manager: EntityManager, application: ApplicationEntity, notifiedOn: string): Promise<void> {
    const previous = await manager.findBy(HabilitationEntity, {
      organismId: application.organismId,
      instanceId: application.instanceId,
      certificationCode: application.certificationCode,
    });
    const effects = await this.oversight.effectsWithin(manager, previous.map((h) => h.id), notifiedOn);
    const lastDays = previous.map((h) => computeValidity(recordOf(h, effects.get(h.id) ?? NO_OVERSIGHT)).lastValidDay);
    await manager.insert(HabilitationEntity, {
      organismId: application.organismId,
      instanceId: application.instanceId,
      applicationId: application.id,
      certificationCode: application.certificationCode,
      professionalField: application.professionalField,
      contextualisationId: await publishedContextualisationId(manager, application.instanceId, application.certificationCode),
      notifiedOn,
      startsOn: followOnStart(notifiedOn, lastDays),
      rowVersion: 1,
    });
  }

  /** Its dates, with the suspensions and the withdrawal that oversight computes as known today. */
  async record(ctx: RequestContext, habilitation: HabilitationEntity): Promise<HabilitationRecord> {
    const effects = await this.oversight.effectsFor(ctx, [habilitation.id]);
    return recordOf(habilitation, effects.get(habilitation.id) ?? NO_OVERSIGHT);
  }

  /** A write elsewhere that depends on this habilitation as read (an oversight file opened on it) checks and bumps its version. */
  versionCheck(habilitation: HabilitationEntity): VersionCheck {
    return { entity: HabilitationEntity, id: habilitation.id, rowVersion: habilitation.rowVersion };
  }

  async view(ctx: RequestContext, habilitation: HabilitationEntity): Promise<HabilitationType> {
    const [record, organism, instance, campaigns] = await Promise.all([
      this.record(ctx, habilitation),
      organismSummary(ctx, habilitation.organismId),
      this.instances.byId(ctx, habilitation.instanceId),
      campaignCalendar(ctx, habilitation.instanceId, habilitation.certificationCode),
    ]);
    const validity = computeValidity(record);
    const today = ctx.clock.today();
    // The certificate that proves the first use names a person's certificate: the granting Instance and the organism only.
    const seesEvidence = ctx.actor?.instanceId === habilitation.instanceId || (await actsForOrganism(ctx, habilitation.organismId));
    return {
      id: habilitation.id,
      organism,
      instanceCode: instance.code,
      certificationCode: habilitation.certificationCode,
      professionalField: habilitation.professionalField,
      notifiedOn: habilitation.notifiedOn,
      startsOn: validity.startsOn,
      contextualised: habilitation.contextualisationId !== null,
      firstUsedOn: habilitation.firstUsedOn,
      firstUseCertificate: seesEvidence ? habilitation.firstUseCertificate : null,
      status: statusOn(record, today) as HabilitationStatusEnum,
      firstPeriodEnd: validity.firstPeriodEnd,
      maximumEnd: validity.maximumEnd,
      renewal: { applies: validity.renewal.applies, reason: validity.renewal.applies ? null : validity.renewal.reason },
      lastValidDay: validity.lastValidDay,
      // HAB-5: the dates are public; the procedure behind them, its reasons and findings are not.
      suspensions: (record.suspensions ?? []).map((s) => ({ startsOn: s.from, endsOn: s.to })),
      withdrawnOn: record.withdrawnOn ?? null,
      renunciationSentOn: habilitation.renunciationSentOn,
      renunciationReceivedOn: habilitation.renunciationReceivedOn,
      renunciationEffectiveOn: validity.renunciationEffectiveOn,
      reapplication: reapplicationAdvice(validity.lastValidDay, instance.kind, campaigns, today),
    };
  }

  /** Habilitations are decisions, public once notified: anyone may list them. */
  async list(ctx: RequestContext, filter: { organism?: string | null; instance?: string | null }, first?: number | null, after?: string | null): Promise<Connection<HabilitationType>> {
    const size = pageSize(first);
    const query = this.db.getRepository(HabilitationEntity).createQueryBuilder("h");
    if (filter.organism) {
      const organism = await organismLoaders(ctx).organismBySiren.load(filter.organism);
      query.andWhere("h.organism_id = :organismId", { organismId: organism?.id ?? 0 });
    }
    if (filter.instance) {
      const instance = await instanceLoaders(ctx).instanceByCode.load(filter.instance);
      query.andWhere("h.instance_id = :instanceId", { instanceId: instance?.id ?? 0 });
    }
    const total = await query.clone().getCount();
    const page = query.clone().orderBy("h.id", "ASC").take(size + 1);
    if (after) page.andWhere("h.id > :afterId", { afterId: decodeCursor(after).id });
    const rows = await page.getMany();
    const views = await Promise.all(rows.map((row) => this.view(ctx, row)));
    return toConnection(views, size, total, (view) => encodeCursor(null, view.id));
  }

  async viewOf(ctx: RequestContext, id: number): Promise<HabilitationType> {
    return this.view(ctx, await this.get(ctx, id));
  }

  async get(ctx: RequestContext, id: number): Promise<HabilitationEntity> {
    const found = await habilitationLoaders(ctx).habilitationById.load(id);
    if (!found) throw notFound(`Habilitation ${id}`);
    return found;
  }

  /** Whether the organism may evaluate under this referential on this date, and why. */
  async evaluationRight(ctx: RequestContext, siren: string, certification: string, context: string | null, date: string): Promise<EvaluationRightType> {
    requireDate(date, "date");
    const organism = await organismLoaders(ctx).organismBySiren.load(siren);
    if (!organism) throw notFound(`Organisme de SIREN ${siren}`);
    if (!(await referentialLoaders(ctx).certificationByCode.load(certification))) throw notFound(`Certification « ${certification} »`);
    if (context && !(await instanceLoaders(ctx).instanceByCode.load(context))) throw notFound(`Instance « ${context} »`);
    const habilitations = await habilitationLoaders(ctx).habilitationsByOrganism.load(organism.id);
    const candidates: (OrganismHabilitation & { entity: HabilitationEntity })[] = await Promise.all(
      habilitations.map(async (h) => {
        const instance = (await instanceLoaders(ctx).instanceById.load(h.instanceId))!;
        return {
          id: h.id,
          instance: { code: instance.code, kind: instance.kind },
          certification: h.certificationCode,
          professionalField: h.professionalField,
          contextualised: h.contextualisationId !== null,
          validity: await this.record(ctx, h),
          entity: h,
        };
      }),
    );
    const right = mayEvaluate({ organismHabilitations: candidates, certification, context: context ?? null, date });
    if (!right.allowed) return { allowed: false, reason: right.reason, habilitation: null };
    const chosen = candidates.find((c) => c.id === right.habilitation.id)!;
    return {
      allowed: true,
      reason: evaluationGround(chosen, chosen.entity.startsOn ?? chosen.entity.notifiedOn, date),
      habilitation: await this.view(ctx, chosen.entity),
    };
  }

  /**
   * HAB-6: the first certificate decided under the habilitation is the evidence of its use, written in the jury
   * decision's transaction; an earlier use stays. Returns the journal line when the use is new.
   */
  async recordCertificateUse(manager: EntityManager, habilitation: { id: number; instanceCode: string }, awardedOn: string, certificateNumber: string): Promise<JournalRecord | null> {
    const { id } = habilitation;
    const result = await manager
      .createQueryBuilder()
      .update(HabilitationEntity)
      .set({ firstUsedOn: awardedOn, firstUseCertificate: certificateNumber, rowVersion: () => "row_version + 1" })
      .where("id = :id AND (first_used_on IS NULL OR first_used_on > :awardedOn)", { id, awardedOn })
      .execute();
    if (!result.affected) return null;
    return {
      subjectType: "HABILITATION",
      subjectId: id,
      subjectInstanceCode: habilitation.instanceCode,
      action: "HABILITATION_USED",
      reason: `Premier certificat décidé sous cette habilitation : ${certificateNumber}, le ${awardedOn}`,
    };
  }

  /** The organism sends its written renunciation; people enrolled by that day are carried to the end. */
  async renounce(ctx: RequestContext, id: number, noticeSentOn: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(noticeSentOn, "noticeSentOn");
    const check = checkRenunciationNotice({ startsOn: habilitation.startsOn ?? habilitation.notifiedOn, sentBefore: habilitation.renunciationSentOn, sentOn: noticeSentOn, today: ctx.clock.today() });
    if (!check.ok) throw badInput(check.reason);
    return this.write(ctx, habilitation, { renunciationSentOn: noticeSentOn }, "HABILITATION_RENUNCIATION_SENT", `Renonciation adressée le ${noticeSentOn}`);
  }

  /** The granting Instance records the day it received the renunciation: the 3 months' notice runs from it; no refund. */
  async recordRenunciationReceipt(ctx: RequestContext, id: number, noticeReceivedOn: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(noticeReceivedOn, "noticeReceivedOn");
    const check = checkRenunciationReceipt({
      sentOn: habilitation.renunciationSentOn,
      receivedBefore: habilitation.renunciationReceivedOn,
      receivedOn: noticeReceivedOn,
      today: ctx.clock.today(),
    });
    if (!check.ok) throw badInput(check.reason);
    const effectiveOn = renunciationEffectiveDate(noticeReceivedOn);
    return this.write(ctx, habilitation, { renunciationReceivedOn: noticeReceivedOn }, "HABILITATION_RENOUNCED", `Renonciation reçue le ${noticeReceivedOn}, effective le ${effectiveOn}`);
  }

  private async write(
    ctx: RequestContext,
    habilitation: HabilitationEntity,
    values: Partial<HabilitationEntity>,
    action: string,
    reason: string,
  ) {
    const instance = await this.instances.byId(ctx, habilitation.instanceId);
    return this.writes.run(ctx, {
      check: { entity: HabilitationEntity, id: habilitation.id, rowVersion: habilitation.rowVersion, values },
      journal: { subjectType: "HABILITATION", subjectId: habilitation.id, subjectInstanceCode: instance.code, action, reason },
      reread: async () => this.view(ctx, (await habilitationLoaders(ctx).habilitationById.load(habilitation.id))!),
    });
  }
}

function recordOf(habilitation: HabilitationEntity, oversight: HabilitationOversightEffects): HabilitationRecord {
  return {
    notifiedOn: habilitation.notifiedOn,
    startsOn: habilitation.startsOn ?? habilitation.notifiedOn,
    firstUsedOn: habilitation.firstUsedOn,
    suspensions: oversight.suspensions,
    withdrawnOn: oversight.withdrawnOn,
    renunciation: habilitation.renunciationSentOn
      ? { noticeSentOn: habilitation.renunciationSentOn, noticeReceivedOn: habilitation.renunciationReceivedOn }
      : null,
  };
}
