import type { DataSource } from "typeorm";
import type { Actor } from "../common/auth/actor";
import { isDuplicateKey, updateIfUnchanged } from "../common/db/optimistic";
import { AppError, badInput, conflict, notFound } from "../common/errors";
import type { RequestContext } from "../common/graphql/context";
import { recordInJournal } from "../journal/journal.service";
import type { PublicationIndex } from "../publications/publication-index";
import { CertificationEntity } from "./certification.entity";
import { ReferentialItemEntity } from "./referential-item.entity";
import { ReferentialVersionEntity } from "./referential-version.entity";
import { buildReferentialView } from "./referential-view";
import type { ReferentialType } from "./referential.types";
import { certificationOutcome } from "./rules/certification-outcome";
import { canEditVersion, versionInForce } from "./rules/in-force";
import type { BaseItem } from "./rules/referential-tree";
import { checkPublicationDate, checkVersionLabel } from "./rules/version-label";
import { checkWording } from "./rules/wording";

export class ReferentialService {
  /** REF-3: a published version never changes, so its items are kept once read. */
  private readonly publishedItems = new Map<number, BaseItem[]>();
  /** Views of published versions, by id: built once, like their items. */
  private readonly publishedViews = new Map<number, ReferentialType>();

  constructor(
    private readonly db: DataSource,
    readonly publications?: PublicationIndex,
  ) {}

  async listCertifications(): Promise<CertificationEntity[]> {
    return this.db.getRepository(CertificationEntity).find({ order: { code: "ASC" } });
  }

  /** After a write, the request's loaders must not serve what they read before it. */
  private forget(ctx: RequestContext, certificationCode: string, versionId?: number) {
    ctx.loaders.versionsByCertification.clear(certificationCode);
    if (versionId !== undefined) {
      ctx.loaders.versionById.clear(versionId);
      ctx.loaders.itemsByVersion.clear(versionId);
    }
  }

  async certification(ctx: RequestContext, code: string): Promise<CertificationEntity> {
    const certification = await ctx.loaders.certificationByCode.load(code);
    if (!certification) throw notFound(`Certification « ${code} »`);
    return certification;
  }

  async versions(ctx: RequestContext, certificationCode: string): Promise<ReferentialVersionEntity[]> {
    await this.certification(ctx, certificationCode);
    return ctx.loaders.versionsByCertification.load(certificationCode);
  }

  async inForce(ctx: RequestContext, certificationCode: string): Promise<ReferentialVersionEntity> {
    const version = versionInForce(await this.versions(ctx, certificationCode), ctx.clock.today());
    if (!version) throw notFound(`Version en vigueur du référentiel ${certificationCode}`);
    return version;
  }

  /** The named version, or the one in force; drafts only when the caller may see them. */
  async resolveVersion(
    ctx: RequestContext,
    certificationCode: string,
    version: string | null | undefined,
    allowDraft: boolean,
  ): Promise<ReferentialVersionEntity> {
    if (version === undefined || version === null) return this.inForce(ctx, certificationCode);
    const found = (await this.versions(ctx, certificationCode)).find((candidate) => candidate.version === version);
    if (!found || (found.status === "DRAFT" && !allowDraft)) {
      throw notFound(`Version « ${version} » du référentiel ${certificationCode}`);
    }
    return found;
  }

  async items(ctx: RequestContext, version: ReferentialVersionEntity): Promise<BaseItem[]> {
    const cached = this.publishedItems.get(version.id);
    if (cached) return cached;
    const items = await ctx.loaders.itemsByVersion.load(version.id);
    if (version.status === "PUBLISHED") this.publishedItems.set(version.id, items);
    return items;
  }

  async baseReferential(ctx: RequestContext, certificationCode: string, version: string | null | undefined, allowDraft: boolean): Promise<ReferentialType> {
    const published = this.publishedFromIndex(ctx, certificationCode, version);
    const cached = published && this.publishedViews.get(published.id);
    if (cached) return cached;
    const [certification, resolved] = await Promise.all([
      this.certification(ctx, certificationCode),
      this.resolveVersion(ctx, certificationCode, version, allowDraft),
    ]);
    const view = buildReferentialView({
      certification,
      version: resolved,
      items: await this.items(ctx, resolved),
      wordings: new Map(),
      context: null,
      contextualisationId: null,
    });
    if (published?.id === resolved.id) this.publishedViews.set(resolved.id, view);
    return view;
  }

  /** The published version asked for, or in force today, as the in-memory index knows it; drafts are never there. */
  private publishedFromIndex(ctx: RequestContext, certificationCode: string, version: string | null | undefined) {
    if (!this.publications?.ready) return undefined;
    const snapshot = this.publications.current();
    return version === undefined || version === null
      ? snapshot.versionInForce(certificationCode, ctx.clock.today())
      : snapshot.publishedVersion(certificationCode, version);
  }

  /** REF-4: whether the validated domains obtain the certificate, on the version in force or the one named. */
  async outcome(ctx: RequestContext, certificationCode: string, version: string | null, validatedDomains: string[], scorePercent: number | null) {
    const resolved = await this.resolveVersion(ctx, certificationCode, version, false);
    const domains = (await this.items(ctx, resolved)).filter((item) => item.kind === "DOMAIN").map((item) => item.code);
    const unknown = validatedDomains.filter((code) => !domains.includes(code));
    if (unknown.length) throw badInput(`Domaine(s) inconnu(s) du référentiel ${certificationCode} ${resolved.version} : ${unknown.join(", ")}.`);
    if (scorePercent !== null && !(scorePercent >= 0 && scorePercent <= 100)) throw badInput("scorePercent : entre 0 et 100.");
    const result = certificationOutcome({ certification: certificationCode, domains, validatedDomains, scorePercent });
    return result.obtained ? { obtained: true, missingDomains: [], reason: null } : result;
  }

  /** Certif Pro opens a new version as a copy of the latest published one (REF-3). */
  async draftVersion(ctx: RequestContext, actor: Actor, certificationCode: string, version: string, effectiveFrom: string) {
    const labelError = checkVersionLabel(version);
    if (labelError) throw badInput(labelError);
    const versions = await this.versions(ctx, certificationCode);
    const latest = versions.filter((candidate) => candidate.status === "PUBLISHED").at(-1);
    const dateError = checkPublicationDate(effectiveFrom, latest?.effectiveFrom, ctx.clock.today());
    if (dateError) throw badInput(dateError);
    if (versions.some((candidate) => candidate.version === version)) {
      throw new AppError("CONFLICT", `La version « ${version} » du référentiel ${certificationCode} existe déjà.`);
    }
    const sourceItems = latest ? await this.items(ctx, latest) : [];
    try {
      const created = await this.db.transaction(async (manager) => {
        const created = await manager.save(ReferentialVersionEntity, {
          certificationCode,
          version,
          status: "DRAFT",
          effectiveFrom,
          source: latest ? `Version ${latest.version} révisée par Certif Pro` : "Certif Pro",
          transversalTitle: latest?.transversalTitle ?? null,
          rowVersion: 1,
        });
        if (sourceItems.length > 0) {
          await manager.insert(
            ReferentialItemEntity,
            sourceItems.map((item) => ({ ...item, referentialVersionId: created.id })),
          );
        }
        await recordInJournal(manager, actor, {
          subjectType: "REFERENTIAL_VERSION",
          subjectId: created.id,
          subjectInstanceCode: actor.instanceCode,
          action: "REFERENTIAL_VERSION_DRAFTED",
          toState: "DRAFT",
          reason: `${certificationCode} ${version}${latest ? ` (copie de ${latest.version})` : ""}`,
        });
        return created;
      });
      this.forget(ctx, certificationCode);
      return created;
    } catch (error) {
      if (isDuplicateKey(error, "uq_referential_one_draft")) {
        throw conflict(`Un brouillon du référentiel ${certificationCode} est déjà en cours : publiez-le ou modifiez-le.`);
      }
      if (isDuplicateKey(error)) throw conflict(`La version « ${version} » du référentiel ${certificationCode} existe déjà.`);
      throw error;
    }
  }

  async setVersionWording(ctx: RequestContext, actor: Actor, certificationCode: string, version: string, code: string, text: string) {
    const draft = await this.editableDraft(ctx, certificationCode, version);
    const item = (await this.items(ctx, draft)).find((candidate) => candidate.code === code);
    if (!item) throw notFound(`Élément « ${code} » de la version ${version}`);
    const wording = checkWording(text, code);
    if (!wording.ok) throw badInput(wording.reason);
    await this.db.transaction(async (manager) => {
      await updateIfUnchanged(manager, ReferentialVersionEntity, draft.id, draft.rowVersion, {});
      await manager.update(ReferentialItemEntity, { referentialVersionId: draft.id, code }, { text: wording.text });
      await recordInJournal(manager, actor, {
        subjectType: "REFERENTIAL_VERSION",
        subjectId: draft.id,
        subjectInstanceCode: actor.instanceCode,
        action: "REFERENTIAL_WORDING_EDITED",
        fromState: "DRAFT",
        toState: "DRAFT",
        reason: code,
      });
    });
    this.forget(ctx, certificationCode, draft.id);
  }

  async publishVersion(ctx: RequestContext, actor: Actor, certificationCode: string, version: string) {
    const draft = await this.editableDraft(ctx, certificationCode, version);
    const latest = (await this.versions(ctx, certificationCode)).filter((candidate) => candidate.status === "PUBLISHED").at(-1);
    const dateError = checkPublicationDate(draft.effectiveFrom, latest?.effectiveFrom, ctx.clock.today());
    if (dateError) throw badInput(dateError);
    if ((await this.items(ctx, draft)).length === 0) throw badInput(`La version ${version} est vide : rien à publier.`);
    await this.db.transaction(async (manager) => {
      await updateIfUnchanged(manager, ReferentialVersionEntity, draft.id, draft.rowVersion, {
        status: "PUBLISHED",
        publishedAt: new Date(),
        publishedByUserId: actor.userId,
      });
      await recordInJournal(manager, actor, {
        subjectType: "REFERENTIAL_VERSION",
        subjectId: draft.id,
        subjectInstanceCode: actor.instanceCode,
        action: "REFERENTIAL_VERSION_PUBLISHED",
        fromState: "DRAFT",
        toState: "PUBLISHED",
        reason: `${certificationCode} ${version}, en vigueur le ${draft.effectiveFrom}`,
      });
    });
    this.forget(ctx, certificationCode, draft.id);
  }

  private async editableDraft(ctx: RequestContext, certificationCode: string, version: string) {
    const found = await this.resolveVersion(ctx, certificationCode, version, true);
    if (!canEditVersion(found)) {
      throw badInput(`La version ${version} du référentiel ${certificationCode} est publiée : elle ne change plus (REF-3).`);
    }
    return found;
  }
}
