import type { DataSource, EntityManager } from "typeorm";
import type { ApplicationEntity } from "../applications/application.entity";
import type { HabilitationGrant } from "../applications/application.service";
import { isIsoDate } from "../common/calendar/working-days";
import type { RequestContext } from "../common/context";
import type { UnitOfWork } from "../common/db/unit-of-work";
import { badInput, notFound } from "../common/errors";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";
import type { InstanceService } from "../instances/instance.service";
import { actsForOrganism, organismSummary } from "../organisms/organism.queries";
import { HabilitationEntity, HabilitationSuspensionEntity } from "./habilitation.entity";
import type { EvaluationRightType, HabilitationStatusEnum, HabilitationType } from "./habilitation.types";
import { mayEvaluate, type OrganismHabilitation } from "./rules/evaluation-right";
import { computeValidity, type HabilitationRecord, statusOn } from "./rules/validity";
import { habilitationLoaders } from "./habilitation.loaders";
import { instanceLoaders } from "../instances/instance.loaders";
import { organismLoaders } from "../organisms/organism.loaders";
import { referentialLoaders } from "../referentials/referential.loaders";

function requireDate(value: string, name: string): string {
  if (!isIsoDate(value)) throw badInput(`${name} : date invalide « ${value} », attendu AAAA-MM-JJ.`);
  return value;
}

function requireReason(value: string): string {
  const text = value.trim();
  if (!text || text.length > 2000) throw badInput("Le motif est obligatoire (2000 caractères au plus).");
  return text;
}

export class HabilitationService implements HabilitationGrant {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly instances: InstanceService,
  ) {}

  /** A notified acceptance starts the habilitation, in the notification's transaction. */
  async grant(manager: EntityManager, application: ApplicationEntity, notifiedOn: string): Promise<void> {
    await manager.insert(HabilitationEntity, {
      organismId: application.organismId,
      instanceId: application.instanceId,
      applicationId: application.id,
      certificationCode: application.certificationCode,
      professionalField: application.professionalField,
      notifiedOn,
      rowVersion: 1,
    });
  }

  async record(ctx: RequestContext, habilitation: HabilitationEntity): Promise<HabilitationRecord> {
    const suspensions = await habilitationLoaders(ctx).suspensionsByHabilitation.load(habilitation.id);
    return {
      notifiedOn: habilitation.notifiedOn,
      firstUsedOn: habilitation.firstUsedOn,
      suspensions: suspensions.map((s) => ({ from: s.startsOn, to: s.endsOn })),
      withdrawnOn: habilitation.withdrawnOn,
      renunciation:
        habilitation.renunciationReceivedOn && habilitation.renunciationSentOn
          ? { noticeSentOn: habilitation.renunciationSentOn, noticeReceivedOn: habilitation.renunciationReceivedOn }
          : null,
    };
  }

  async view(ctx: RequestContext, habilitation: HabilitationEntity): Promise<HabilitationType> {
    const [record, organism, instance, suspensions] = await Promise.all([
      this.record(ctx, habilitation),
      organismSummary(ctx, habilitation.organismId),
      this.instances.byId(ctx, habilitation.instanceId),
      habilitationLoaders(ctx).suspensionsByHabilitation.load(habilitation.id),
    ]);
    const validity = computeValidity(record);
    // Decisions are public, their reasons are not: the granting Instance and the organism see them.
    const seesReasons = ctx.actor?.instanceId === habilitation.instanceId || (await actsForOrganism(ctx, habilitation.organismId));
    return {
      id: habilitation.id,
      organism,
      instanceCode: instance.code,
      certificationCode: habilitation.certificationCode,
      professionalField: habilitation.professionalField,
      notifiedOn: habilitation.notifiedOn,
      firstUsedOn: habilitation.firstUsedOn,
      status: statusOn(record, ctx.clock.today()) as HabilitationStatusEnum,
      firstPeriodEnd: validity.firstPeriodEnd,
      maximumEnd: validity.maximumEnd,
      renewal: { applies: validity.renewal.applies, reason: validity.renewal.applies ? null : validity.renewal.reason },
      lastValidDay: validity.lastValidDay,
      suspensions: suspensions.map((s) => ({ startsOn: s.startsOn, endsOn: s.endsOn, reason: seesReasons ? s.reason : null })),
      withdrawnOn: habilitation.withdrawnOn,
      renunciationReceivedOn: habilitation.renunciationReceivedOn,
      renunciationEffectiveOn: validity.renunciationEffectiveOn,
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
      reason: `Habilitation ${chosen.instance.code} du ${chosen.entity.notifiedOn}, valide le ${date}.`,
      habilitation: await this.view(ctx, chosen.entity),
    };
  }

  /** Renewal needs one use at least; the organism records it. */
  async recordUse(ctx: RequestContext, id: number, usedOn: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(usedOn, "usedOn");
    if (usedOn < habilitation.notifiedOn) throw badInput(`L'habilitation court depuis le ${habilitation.notifiedOn} : une mise en œuvre ne peut la précéder.`);
    if (usedOn > ctx.clock.today()) throw badInput("Une mise en œuvre se déclare une fois faite, pas à l'avance.");
    if (habilitation.firstUsedOn && habilitation.firstUsedOn <= usedOn) return this.view(ctx, habilitation);
    return this.write(ctx, habilitation, { firstUsedOn: usedOn }, "HABILITATION_USED", `Première mise en œuvre le ${usedOn}`);
  }

  /** The Instance that granted it suspends. A suspension does not extend the habilitation. */
  async suspend(ctx: RequestContext, id: number, startsOn: string, endsOn: string | null, reason: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(startsOn, "startsOn");
    if (endsOn !== null) requireDate(endsOn, "endsOn");
    if (endsOn !== null && endsOn < startsOn) throw badInput("La suspension doit finir après son début.");
    const text = requireReason(reason);
    const suspensions = await habilitationLoaders(ctx).suspensionsByHabilitation.load(id);
    if (suspensions.some((s) => s.endsOn === null || s.endsOn >= startsOn)) throw badInput("Une suspension est déjà en cours sur cette période : levez-la d'abord.");
    if (statusOn(await this.record(ctx, habilitation), startsOn) !== "ACTIVE") throw badInput(`L'habilitation n'est pas en vigueur le ${startsOn}.`);
    return this.write(ctx, habilitation, {}, "HABILITATION_SUSPENDED", `Du ${startsOn}${endsOn ? ` au ${endsOn}` : ""} : ${text}`, (manager) =>
      manager.insert(HabilitationSuspensionEntity, { habilitationId: id, startsOn, endsOn, reason: text }).then(() => undefined),
    );
  }

  async liftSuspension(ctx: RequestContext, id: number, endsOn: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(endsOn, "endsOn");
    const running = (await habilitationLoaders(ctx).suspensionsByHabilitation.load(id)).find((s) => s.endsOn === null);
    if (!running) throw badInput("Aucune suspension en cours à lever.");
    if (endsOn < running.startsOn) throw badInput(`La suspension a commencé le ${running.startsOn}.`);
    return this.write(ctx, habilitation, {}, "HABILITATION_SUSPENSION_LIFTED", `Fin de la suspension le ${endsOn}`, (manager) =>
      manager.update(HabilitationSuspensionEntity, { id: running.id }, { endsOn }).then(() => undefined),
    );
  }

  /** Withdrawal is the granting Instance's decision; the organism stops all activity. */
  async withdraw(ctx: RequestContext, id: number, withdrawnOn: string, reason: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(withdrawnOn, "withdrawnOn");
    const text = requireReason(reason);
    if (habilitation.withdrawnOn) throw badInput(`L'habilitation est déjà retirée depuis le ${habilitation.withdrawnOn}.`);
    if (withdrawnOn < habilitation.notifiedOn) throw badInput("Un retrait ne peut précéder la notification de l'habilitation.");
    return this.write(ctx, habilitation, { withdrawnOn, withdrawalReason: text }, "HABILITATION_WITHDRAWN", text);
  }

  /** Written renunciation, effective 3 months after its receipt; enrolled candidates are carried to the end. */
  async renounce(ctx: RequestContext, id: number, noticeSentOn: string, noticeReceivedOn: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(noticeSentOn, "noticeSentOn");
    requireDate(noticeReceivedOn, "noticeReceivedOn");
    if (noticeReceivedOn < noticeSentOn) throw badInput("La notification ne peut être reçue avant d'être envoyée.");
    if (noticeSentOn < habilitation.notifiedOn) throw badInput(`L'habilitation court depuis le ${habilitation.notifiedOn} : on ne peut y renoncer avant.`);
    if (noticeReceivedOn > ctx.clock.today()) throw badInput("Une renonciation se déclare une fois reçue, pas à l'avance.");
    if (habilitation.renunciationReceivedOn) throw badInput(`Une renonciation a déjà été reçue le ${habilitation.renunciationReceivedOn}.`);
    return this.write(ctx, habilitation, { renunciationSentOn: noticeSentOn, renunciationReceivedOn: noticeReceivedOn }, "HABILITATION_RENOUNCED", `Renonciation reçue le ${noticeReceivedOn}`);
  }

  private async write(
    ctx: RequestContext,
    habilitation: HabilitationEntity,
    values: Partial<HabilitationEntity>,
    action: string,
    reason: string,
    also?: (manager: EntityManager) => Promise<void>,
  ) {
    const instance = await this.instances.byId(ctx, habilitation.instanceId);
    return this.writes.run(ctx, {
      check: { entity: HabilitationEntity, id: habilitation.id, rowVersion: habilitation.rowVersion, values },
      work: async (manager) => {
        await also?.(manager);
      },
      journal: { subjectType: "HABILITATION", subjectId: habilitation.id, subjectInstanceCode: instance.code, action, reason },
      reread: async () => this.view(ctx, (await habilitationLoaders(ctx).habilitationById.load(habilitation.id))!),
    });
  }
}
