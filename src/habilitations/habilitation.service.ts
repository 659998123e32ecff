import type { DataSource, EntityManager } from "typeorm";
import { isIsoDate } from "../common/calendar/working-days";
import { updateIfUnchanged } from "../common/db/optimistic";
import { badInput, forbidden, notFound } from "../common/errors";
import type { RequestContext } from "../common/graphql/context";
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from "../common/graphql/connection";
import { recordInJournal } from "../journal/journal.service";
import { actsForOrganism } from "../organisms/organism.access";
import { HabilitationEntity, HabilitationSuspensionEntity } from "./habilitation.entity";
import type { EvaluationRightType, HabilitationStatusEnum, HabilitationType } from "./habilitation.types";
import { mayEvaluate, type OrganismHabilitation } from "./rules/evaluation-right";
import { computeValidity, type HabilitationRecord, statusOn } from "./rules/validity";

function requireDate(value: string, name: string): string {
  if (!isIsoDate(value)) throw badInput(`${name} : date invalide « ${value} », attendu AAAA-MM-JJ.`);
  return value;
}

function requireReason(value: string): string {
  const text = value.trim();
  if (!text || text.length > 2000) throw badInput("Le motif est obligatoire (2000 caractères au plus).");
  return text;
}

export class HabilitationService {
  constructor(private readonly db: DataSource) {}

  async record(ctx: RequestContext, habilitation: HabilitationEntity): Promise<HabilitationRecord> {
    const suspensions = await ctx.loaders.suspensionsByHabilitation.load(habilitation.id);
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
      ctx.loaders.organismById.load(habilitation.organismId),
      ctx.loaders.instanceById.load(habilitation.instanceId),
      ctx.loaders.suspensionsByHabilitation.load(habilitation.id),
    ]);
    const validity = computeValidity(record);
    // Decisions are public (HAB-5), their reasons are not: the granting Instance and the organism see them.
    const seesReasons = ctx.actor?.instanceId === habilitation.instanceId || (await actsForOrganism(ctx, habilitation.organismId));
    return {
      id: habilitation.id,
      organism: { siren: organism!.siren, name: organism!.name },
      instanceCode: instance!.code,
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

  /** Habilitations are decisions, public once notified (HAB-5): anyone may list them. */
  async list(ctx: RequestContext, filter: { organism?: string | null; instance?: string | null }, first?: number | null, after?: string | null): Promise<Connection<HabilitationType>> {
    const size = pageSize(first);
    const query = this.db.getRepository(HabilitationEntity).createQueryBuilder("h");
    if (filter.organism) {
      const organism = await ctx.loaders.organismBySiren.load(filter.organism);
      query.andWhere("h.organism_id = :organismId", { organismId: organism?.id ?? 0 });
    }
    if (filter.instance) {
      const instance = await ctx.loaders.instanceByCode.load(filter.instance);
      query.andWhere("h.instance_id = :instanceId", { instanceId: instance?.id ?? 0 });
    }
    const total = await query.clone().getCount();
    const page = query.clone().orderBy("h.id", "ASC").take(size + 1);
    if (after) page.andWhere("h.id > :afterId", { afterId: decodeCursor(after).id });
    const rows = await page.getMany();
    const views = await Promise.all(rows.map((row) => this.view(ctx, row)));
    return toConnection(views, size, total, (view) => encodeCursor(null, view.id));
  }

  async get(ctx: RequestContext, id: number): Promise<HabilitationEntity> {
    const found = await ctx.loaders.habilitationById.load(id);
    if (!found) throw notFound(`Habilitation ${id}`);
    return found;
  }

  /** CTX-4, EVA-1: whether the organism may evaluate under this referential on this date, and why. */
  async evaluationRight(ctx: RequestContext, siren: string, certification: string, context: string | null, date: string): Promise<EvaluationRightType> {
    requireDate(date, "date");
    const organism = await ctx.loaders.organismBySiren.load(siren);
    if (!organism) throw notFound(`Organisme de SIREN ${siren}`);
    if (!(await ctx.loaders.certificationByCode.load(certification))) throw notFound(`Certification « ${certification} »`);
    if (context && !(await ctx.loaders.instanceByCode.load(context))) throw notFound(`Instance « ${context} »`);
    const habilitations = await ctx.loaders.habilitationsByOrganism.load(organism.id);
    const candidates: (OrganismHabilitation & { entity: HabilitationEntity })[] = await Promise.all(
      habilitations.map(async (h) => {
        const instance = (await ctx.loaders.instanceById.load(h.instanceId))!;
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

  /** HAB-6: renewal needs one use at least; the organism records it. */
  async recordUse(ctx: RequestContext, id: number, usedOn: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(usedOn, "usedOn");
    if (usedOn < habilitation.notifiedOn) throw badInput(`L'habilitation court depuis le ${habilitation.notifiedOn} : une mise en œuvre ne peut la précéder.`);
    if (usedOn > ctx.clock.today()) throw badInput("Une mise en œuvre se déclare une fois faite, pas à l'avance.");
    if (habilitation.firstUsedOn && habilitation.firstUsedOn <= usedOn) return this.view(ctx, habilitation);
    return this.write(ctx, habilitation, { firstUsedOn: usedOn }, "HABILITATION_USED", `Première mise en œuvre le ${usedOn}`);
  }

  /** INS-1: the Instance that granted it suspends. A suspension does not extend the habilitation (HAB-6). */
  async suspend(ctx: RequestContext, id: number, startsOn: string, endsOn: string | null, reason: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(startsOn, "startsOn");
    if (endsOn !== null) requireDate(endsOn, "endsOn");
    if (endsOn !== null && endsOn < startsOn) throw badInput("La suspension doit finir après son début.");
    const text = requireReason(reason);
    const suspensions = await ctx.loaders.suspensionsByHabilitation.load(id);
    if (suspensions.some((s) => s.endsOn === null || s.endsOn >= startsOn)) throw badInput("Une suspension est déjà en cours sur cette période : levez-la d'abord.");
    if (statusOn(await this.record(ctx, habilitation), startsOn) !== "ACTIVE") throw badInput(`L'habilitation n'est pas en vigueur le ${startsOn}.`);
    return this.write(ctx, habilitation, {}, "HABILITATION_SUSPENDED", `Du ${startsOn}${endsOn ? ` au ${endsOn}` : ""} : ${text}`, (manager) =>
      manager.insert(HabilitationSuspensionEntity, { habilitationId: id, startsOn, endsOn, reason: text }).then(() => undefined),
    );
  }

  async liftSuspension(ctx: RequestContext, id: number, endsOn: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(endsOn, "endsOn");
    const running = (await ctx.loaders.suspensionsByHabilitation.load(id)).find((s) => s.endsOn === null);
    if (!running) throw badInput("Aucune suspension en cours à lever.");
    if (endsOn < running.startsOn) throw badInput(`La suspension a commencé le ${running.startsOn}.`);
    return this.write(ctx, habilitation, {}, "HABILITATION_SUSPENSION_LIFTED", `Fin de la suspension le ${endsOn}`, (manager) =>
      manager.update(HabilitationSuspensionEntity, { id: running.id }, { endsOn }).then(() => undefined),
    );
  }

  /** INS-1, WDR-1: withdrawal is the granting Instance's decision; the organism stops all activity. */
  async withdraw(ctx: RequestContext, id: number, withdrawnOn: string, reason: string) {
    const habilitation = await this.get(ctx, id);
    requireDate(withdrawnOn, "withdrawnOn");
    const text = requireReason(reason);
    if (habilitation.withdrawnOn) throw badInput(`L'habilitation est déjà retirée depuis le ${habilitation.withdrawnOn}.`);
    if (withdrawnOn < habilitation.notifiedOn) throw badInput("Un retrait ne peut précéder la notification de l'habilitation.");
    return this.write(ctx, habilitation, { withdrawnOn, withdrawalReason: text }, "HABILITATION_WITHDRAWN", text);
  }

  /** HAB-6: written renunciation, effective 3 months after its receipt; enrolled candidates are carried to the end. */
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

  /** Who may act on a habilitation: its organism (use, renunciation) or the granting Instance's decision maker. */
  async requireActor(ctx: RequestContext, id: number, side: "ORGANISM" | "DECIDER"): Promise<true> {
    const habilitation = await ctx.loaders.habilitationById.load(id);
    if (!habilitation) return true;
    if (side === "ORGANISM" && (await actsForOrganism(ctx, habilitation.organismId))) return true;
    const actor = ctx.actor;
    if (side === "DECIDER" && actor?.role === "DECISION_MAKER" && actor.instanceId === habilitation.instanceId) return true;
    throw forbidden(
      side === "ORGANISM"
        ? "Seul l'organisme habilité, ou son mandataire, déclare la mise en œuvre ou renonce à l'habilitation."
        : "Seule l'Instance qui a délivré l'habilitation la suspend ou la retire, par son décideur (INS-1).",
    );
  }

  private async write(
    ctx: RequestContext,
    habilitation: HabilitationEntity,
    values: Partial<HabilitationEntity>,
    action: string,
    reason: string,
    also?: (manager: EntityManager) => Promise<void>,
  ) {
    const instance = (await ctx.loaders.instanceById.load(habilitation.instanceId))!;
    await this.db.transaction(async (manager) => {
      await updateIfUnchanged(manager, HabilitationEntity, habilitation.id, habilitation.rowVersion, values);
      await also?.(manager);
      await recordInJournal(manager, ctx.actor!, {
        subjectType: "HABILITATION",
        subjectId: habilitation.id,
        subjectInstanceCode: instance.code,
        action,
        reason: reason.slice(0, 2000),
      });
    });
    ctx.loaders.habilitationById.clear(habilitation.id);
    ctx.loaders.suspensionsByHabilitation.clear(habilitation.id);
    return this.view(ctx, (await ctx.loaders.habilitationById.load(habilitation.id))!);
  }
}
