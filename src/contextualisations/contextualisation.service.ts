import type { DataSource, EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey, updateIfUnchanged } from "../common/db/optimistic";
import type { JournalRecord, UnitOfWork } from "../common/db/unit-of-work";
import { AppError, badInput, conflict, forbidden, notFound } from "../common/errors";
import { InstanceEntity } from "../instances/instance.entity";
import type { InstanceService } from "../instances/instance.service";
import { maySeeUnpublishedContextualisation } from "../instances/rules/roles";
import type { PublishedContextualisation } from "../referentials/publication-index";
import type { ReferentialService } from "../referentials/referential.service";
import { buildReferentialView } from "../referentials/referential-view";
import type { ReferentialType } from "../referentials/referential.types";
import type { InstanceType } from "../instances/instance.types";
import type { BaseItem } from "../referentials/rules/referential-tree";
import { checkWording } from "../referentials/rules/wording";
import { ContextualisationWordingEntity } from "./contextualisation-wording.entity";
import { ContextualisationEntity } from "./contextualisation.entity";
import { type WordingDocument, flattenDocument } from "./rules/document";
import { type ContextualisationAction, transition } from "./rules/lifecycle";
import { baseChanges } from "./rules/outdated";
import { type StructureViolation, checkStructure, structureViolationMessage } from "./rules/structure";
import { contextualisationLoaders } from "./contextualisation.loaders";
import { instanceLoaders } from "../instances/instance.loaders";
import { referentialLoaders } from "../referentials/referential.loaders";

export class StructureViolationError extends AppError {
  constructor(violations: StructureViolation[]) {
    super("REFERENTIAL_STRUCTURE_VIOLATION", structureViolationMessage(violations), { violations });
  }
}

export class ContextualisationService {
  /** Views of published (and superseded) contextualisations, by id: their wording is immutable. */
  private readonly publishedViews = new Map<number, ReferentialType>();

  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly instances: InstanceService,
    private readonly referentials: ReferentialService,
  ) {}

  /** The contextualisation if the caller may see it: published ones are public, others only to their CPNE and Certif Pro. */
  async find(ctx: RequestContext, id: number): Promise<ContextualisationEntity | undefined> {
    const found = await contextualisationLoaders(ctx).contextualisationById.load(id);
    if (!found) return undefined;
    if (found.status === "PUBLISHED" || found.status === "SUPERSEDED" || maySeeUnpublishedContextualisation(ctx.actor, found.instanceId)) return found;
    return undefined;
  }

  async get(ctx: RequestContext, id: number): Promise<ContextualisationEntity> {
    const found = await this.find(ctx, id);
    if (!found) throw notFound(`Contextualisation ${id}`);
    return found;
  }

  /** The referential as the contextualisation words it: base and contextualised wording side by side. */
  async view(ctx: RequestContext, contextualisation: ContextualisationEntity | PublishedContextualisation): Promise<ReferentialType> {
    const immutable = contextualisation.status === "PUBLISHED" || contextualisation.status === "SUPERSEDED";
    const cached = immutable ? this.publishedViews.get(contextualisation.id) : undefined;
    if (cached) return cached;
    const [certification, version, instance, wordings] = await Promise.all([
      this.referentials.certification(ctx, contextualisation.certificationCode),
      this.referentials.versionById(ctx, contextualisation.baseVersionId),
      this.instances.byId(ctx, contextualisation.instanceId),
      contextualisationLoaders(ctx).wordingsByContextualisation.load(contextualisation.id),
    ]);
    const view = buildReferentialView({
      certification,
      version: version!,
      items: await this.referentials.items(ctx, version!),
      wordings,
      context: (instance ?? null) as InstanceType | null,
      contextualisationId: String(contextualisation.id),
    });
    if (immutable) this.publishedViews.set(contextualisation.id, view);
    return view;
  }

  /**
   * `referential(certification, context)`: the CPNE's published contextualisation. Published wording never changes
   * (it can only be superseded), so its view is built once; which one is published comes from the in-memory index
   * once it has loaded, so the hot path runs no SQL.
   */
  async publishedReferential(ctx: RequestContext, certificationCode: string, contextCode: string, version: string | null | undefined) {
    const publications = this.referentials.publications;
    const published = publications?.ready
      ? publications.current().contextualisation(certificationCode, contextCode)
      : await this.findPublished(certificationCode, contextCode);
    if (!published) {
      await this.referentials.certification(ctx, certificationCode);
      await this.instances.byCode(ctx, contextCode);
      throw notFound(`Contextualisation publiée de ${contextCode} pour ${certificationCode}`);
    }
    const view = await this.view(ctx, published);
    if (version !== undefined && version !== null && view.version !== version) {
      throw notFound(`Contextualisation publiée de ${contextCode} sur la version ${version} de ${certificationCode}`);
    }
    return view;
  }

  private async findPublished(certificationCode: string, contextCode: string): Promise<ContextualisationEntity | undefined> {
    return (
      (await this.db
        .getRepository(ContextualisationEntity)
        .createQueryBuilder("c")
        .innerJoin(InstanceEntity, "i", "i.id = c.instance_id")
        .where("i.code = :contextCode AND c.certification_code = :certificationCode AND c.status = 'PUBLISHED'", {
          contextCode,
          certificationCode,
        })
        .getOne()) ?? undefined
    );
  }

  async list(ctx: RequestContext, filter: { context?: string | null; certification?: string | null; status?: string | null }) {
    const query = this.db.getRepository(ContextualisationEntity).createQueryBuilder("c").orderBy("c.id", "DESC").take(200);
    if (filter.context) query.andWhere("c.instance_id = :instanceId", { instanceId: (await this.instances.byCode(ctx, filter.context)).id });
    if (filter.certification) query.andWhere("c.certification_code = :certification", { certification: filter.certification });
    if (filter.status) query.andWhere("c.status = :status", { status: filter.status });
    const actor = ctx.actor;
    if (!actor) query.andWhere("c.status IN ('PUBLISHED', 'SUPERSEDED')");
    else if (actor.instanceKind !== "CERTIFIER") {
      query.andWhere("(c.status IN ('PUBLISHED', 'SUPERSEDED') OR c.instance_id = :own)", { own: actor.instanceId ?? 0 });
    }
    const rows = await query.getMany();
    for (const row of rows) contextualisationLoaders(ctx).contextualisationById.prime(row.id, row);
    return rows;
  }

  async check(ctx: RequestContext, certificationCode: string, version: string | null, document: WordingDocument) {
    const base = await this.referentials.resolveVersion(ctx, certificationCode, version, false);
    return checkStructure(await this.referentials.items(ctx, base), flattenDocument(document));
  }

  /** A delegated CPNE starts a draft on the version in force, from its current publication if any. */
  async start(ctx: RequestContext, contextCode: string, certificationCode: string) {
    const instance = await this.instances.byCode(ctx, contextCode);
    await this.referentials.certification(ctx, certificationCode);
    const delegation = await this.instances.delegation(ctx, instance, certificationCode, "CONTEXTUALISE");
    if (!delegation.ok) throw forbidden(delegation.message);
    const base = await this.referentials.inForce(ctx, certificationCode);
    const baseItems = await this.referentials.items(ctx, base);
    const repository = this.db.getRepository(ContextualisationEntity);
    const open = await repository.findOne({ where: [
      { instanceId: instance.id, certificationCode, status: "DRAFT" },
      { instanceId: instance.id, certificationCode, status: "SUBMITTED" },
    ] });
    if (open) throw conflict(`${instance.code} a déjà une contextualisation en cours pour ${certificationCode} (id ${open.id}, ${open.status}).`);
    const published = await repository.findOneBy({ instanceId: instance.id, certificationCode, status: "PUBLISHED" });
    const carried = published ? await contextualisationLoaders(ctx).wordingsByContextualisation.load(published.id) : new Map<string, string>();
    return this.writes.run(ctx, {
      work: async (manager) => {
        const created = await manager.save(ContextualisationEntity, {
          instanceId: instance.id,
          certificationCode,
          baseVersionId: base.id,
          status: "DRAFT",
          rowVersion: 1,
          createdByUserId: ctx.actor!.userId,
        });
        await this.writeWordings(manager, created.id, baseItems, carried);
        return created;
      },
      journal: (created) => entry(created, instance, "CONTEXTUALISATION_STARTED", null, "DRAFT", published ? `reprend la publication ${published.id}` : null),
      onDuplicate: (error) =>
        isDuplicateKey(error, "uq_ctx_one_open") ? conflict(`${instance.code} a déjà une contextualisation en cours pour ${certificationCode}.`) : undefined,
      reread: (created) => this.get(ctx, created.id),
    });
  }

  async setWording(ctx: RequestContext, id: number, target: string, text: string) {
    const current = await this.get(ctx, id);
    this.require(current, "EDIT");
    const baseItems = await this.baseItems(ctx, current);
    const item = baseItems.find((candidate) => candidate.code === target);
    if (!item) {
      throw new StructureViolationError([{ kind: "ADDED", code: target, message: `${target} n'existe pas dans le référentiel : une contextualisation ne peut rien ajouter.` }]);
    }
    const wording = checkWording(text, target);
    if (!wording.ok) throw badInput(wording.reason);
    const owner = await this.owner(ctx, current);
    return this.writes.run(ctx, {
      check: { entity: ContextualisationEntity, id: current.id, rowVersion: current.rowVersion },
      work: async (manager) => {
        await manager.delete(ContextualisationWordingEntity, { contextualisationId: current.id, itemCode: target });
        if (wording.text !== item.text) {
          await manager.insert(ContextualisationWordingEntity, { contextualisationId: current.id, itemCode: target, text: wording.text });
        }
      },
      journal: entry(current, owner, "WORDING_SET", "DRAFT", "DRAFT", target),
      reread: () => this.get(ctx, id),
    });
  }

  /** The whole document, every base item exactly once; any violation of the structure refuses it all. */
  async save(ctx: RequestContext, id: number, document: WordingDocument) {
    const current = await this.get(ctx, id);
    this.require(current, "EDIT");
    const baseItems = await this.baseItems(ctx, current);
    const items = flattenDocument(document);
    const violations = checkStructure(baseItems, items);
    if (violations.length > 0) throw new StructureViolationError(violations);
    const wordings = new Map<string, string>();
    const invalid: { code: string; message: string }[] = [];
    for (const item of items) {
      const wording = checkWording(item.text, item.code);
      if (wording.ok) wordings.set(item.code, wording.text);
      else invalid.push({ code: item.code, message: wording.reason });
    }
    if (invalid.length > 0) {
      throw badInput(`${invalid.length} libellé(s) invalide(s) : ${invalid.map((i) => i.message).join(" ")}`, { invalidWordings: invalid });
    }
    const owner = await this.owner(ctx, current);
    return this.writes.run(ctx, {
      check: { entity: ContextualisationEntity, id: current.id, rowVersion: current.rowVersion },
      work: async (manager) => {
        await manager.delete(ContextualisationWordingEntity, { contextualisationId: current.id });
        await this.writeWordings(manager, current.id, baseItems, wordings);
      },
      journal: entry(current, owner, "DOCUMENT_SAVED", "DRAFT", "DRAFT", null),
      reread: () => this.get(ctx, id),
    });
  }

  submit(ctx: RequestContext, id: number) {
    return this.move(ctx, id, "SUBMIT", "CONTEXTUALISATION_SUBMITTED", null, { submittedAt: ctx.clock.now() });
  }

  reject(ctx: RequestContext, id: number, reason: string) {
    const trimmed = reason.trim();
    if (trimmed.length === 0) throw badInput("Le motif du rejet est obligatoire.");
    if (trimmed.length > 2000) throw badInput("Le motif du rejet dépasse 2000 caractères.");
    return this.move(ctx, id, "REJECT", "CONTEXTUALISATION_REJECTED", trimmed, {
      rejectionReason: trimmed,
      decidedAt: ctx.clock.now(),
      decidedByUserId: ctx.actor!.userId,
    });
  }

  /** Approving publishes, and supersedes the CPNE's previous publication, kept as history. */
  async approve(ctx: RequestContext, id: number) {
    const current = await this.get(ctx, id);
    const step = this.require(current, "APPROVE");
    const owner = await this.owner(ctx, current);
    const now = ctx.clock.now();
    return this.writes.run(ctx, {
      // The previous publication steps aside first: one publication per CPNE and certification.
      work: async (manager) => {
        const previous = await manager.findOne(ContextualisationEntity, {
          where: { instanceId: current.instanceId, certificationCode: current.certificationCode, status: "PUBLISHED" },
        });
        if (previous) await updateIfUnchanged(manager, ContextualisationEntity, previous.id, previous.rowVersion, { status: "SUPERSEDED", supersededAt: now });
        await updateIfUnchanged(manager, ContextualisationEntity, current.id, current.rowVersion, {
          status: step.to,
          decidedAt: now,
          decidedByUserId: ctx.actor!.userId,
          publishedAt: now,
        });
        return previous;
      },
      journal: (previous) => [
        ...(previous ? [entry(previous, owner, "CONTEXTUALISATION_SUPERSEDED", "PUBLISHED", "SUPERSEDED", `remplacée par ${current.id}`)] : []),
        entry(current, owner, "CONTEXTUALISATION_APPROVED", step.from, step.to, null),
      ],
      reread: () => this.get(ctx, id),
    });
  }

  private async move(
    ctx: RequestContext,
    id: number,
    action: ContextualisationAction,
    journalAction: string,
    reason: string | null,
    values: Partial<ContextualisationEntity>,
  ) {
    const current = await this.get(ctx, id);
    const step = this.require(current, action);
    const owner = await this.owner(ctx, current);
    return this.writes.run(ctx, {
      check: { entity: ContextualisationEntity, id: current.id, rowVersion: current.rowVersion, values: { ...values, status: step.to } },
      journal: entry(current, owner, journalAction, step.from, step.to, reason),
      reread: () => this.get(ctx, id),
    });
  }

  private require(current: ContextualisationEntity, action: ContextualisationAction) {
    const step = transition(current.status, action);
    if (!step.ok) throw badInput(step.reason);
    return step;
  }

  private async baseItems(ctx: RequestContext, contextualisation: ContextualisationEntity): Promise<BaseItem[]> {
    const version = await referentialLoaders(ctx).versionById.load(contextualisation.baseVersionId);
    return this.referentials.items(ctx, version!);
  }

  /** Stores only wordings that differ from the base: an equal wording is the base. */
  private async writeWordings(manager: EntityManager, contextualisationId: number, baseItems: BaseItem[], wordings: ReadonlyMap<string, string>) {
    const rows = baseItems
      .filter((item) => wordings.has(item.code) && wordings.get(item.code) !== item.text)
      .map((item) => ({ contextualisationId, itemCode: item.code, text: wordings.get(item.code)! }));
    if (rows.length > 0) await manager.insert(ContextualisationWordingEntity, rows);
  }

  /** Base items changed since the pinned version, when a newer version is in force. */
  async baseChangesSincePinned(ctx: RequestContext, contextualisation: ContextualisationEntity) {
    const current = await this.referentials.inForce(ctx, contextualisation.certificationCode);
    if (current.id === contextualisation.baseVersionId) return [];
    const [pinnedItems, currentItems] = await Promise.all([this.baseItems(ctx, contextualisation), this.referentials.items(ctx, current)]);
    return baseChanges(pinnedItems, currentItems);
  }

  private async owner(ctx: RequestContext, subject: ContextualisationEntity): Promise<InstanceEntity> {
    return (await instanceLoaders(ctx).instanceById.load(subject.instanceId))!;
  }

}

function entry(
  subject: ContextualisationEntity,
  owner: InstanceEntity,
  action: string,
  fromState: string | null,
  toState: string | null,
  reason: string | null,
): JournalRecord {
  return { subjectType: "CONTEXTUALISATION", subjectId: subject.id, subjectInstanceCode: owner.code, action, fromState, toState, reason };
}
