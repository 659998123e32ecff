import type { DataSource } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { JournalRecord, UnitOfWork } from "../common/db/unit-of-work";
import { AppError, badInput, conflict, notFound } from "../common/errors";
import type { PublicationIndex } from "./publication-index";
import { CertificationEntity } from "./certification.entity";
import { ReferentialItemEntity } from "./referential-item.entity";
import { ReferentialVersionEntity } from "./referential-version.entity";
import { buildReferentialView } from "./referential-view";
import type { ReferentialType, ReferentialVersionInfo, ReferentialVersionStatusEnum } from "./referential.types";
import { isCertifPro } from "../instances/rules/roles";
import { certificationOutcome } from "./rules/certification-outcome";
import { checkEditableVersion, versionInForce } from "./rules/in-force";
import type { BaseItem } from "./rules/referential-tree";
import { checkPublicationDate, checkVersionLabel } from "./rules/version-label";
import { checkWording } from "./rules/wording";
import { referentialLoaders } from "./referential.loaders";

export class ReferentialService {
  /** A published version never changes, so its items are kept once read. */
  private readonly publishedItems = new Map<number, BaseItem[]>();
  /** Views of published versions, by id: built once, like their items. */
  private readonly publishedViews = new Map<number, ReferentialType>();
  private readonly publishedVersions = new Map<number, ReferentialVersionEntity>();
  /** Certifications are reference data no mutation changes. */
  private readonly certifications = new Map<string, CertificationEntity>();

  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    readonly publications?: PublicationIndex,
  ) {}

  async listCertifications(): Promise<CertificationEntity[]> {
    return this.db.getRepository(CertificationEntity).find({ order: { code: "ASC" } });
  }

  async certification(ctx: RequestContext, code: string): Promise<CertificationEntity> {
    const known = this.certifications.get(code);
    if (known) return known;
    const certification = await referentialLoaders(ctx).certificationByCode.load(code);
    if (!certification) throw notFound(`Certification « ${code} »`);
    this.certifications.set(code, certification);
    return certification;
  }

  /** A version by id; a published one never changes (REF-3), so it is kept once read. */
  async versionById(ctx: RequestContext, id: number): Promise<ReferentialVersionEntity | undefined> {
    const known = this.publishedVersions.get(id);
    if (known) return known;
    const version = await referentialLoaders(ctx).versionById.load(id);
    if (version?.status === "PUBLISHED") this.publishedVersions.set(id, version);
    return version;
  }

  async versions(ctx: RequestContext, certificationCode: string): Promise<ReferentialVersionEntity[]> {
    await this.certification(ctx, certificationCode);
    return referentialLoaders(ctx).versionsByCertification.load(certificationCode);
  }

  async inForce(ctx: RequestContext, certificationCode: string): Promise<ReferentialVersionEntity> {
    const version = versionInForce(await this.versions(ctx, certificationCode), ctx.clock.today());
    if (!version) throw notFound(`Version en vigueur du référentiel ${certificationCode}`);
    return version;
  }

  /** Versions of a referential; drafts are listed to Certif Pro only. */
  async versionInfos(ctx: RequestContext, certificationCode: string): Promise<ReferentialVersionInfo[]> {
    const versions = await this.versions(ctx, certificationCode);
    const inForce = versionInForce(versions, ctx.clock.today());
    return versions
      .filter((v) => v.status === "PUBLISHED" || isCertifPro(ctx.actor))
      .map((v) => ({
        version: v.version,
        status: v.status as ReferentialVersionStatusEnum,
        effectiveFrom: v.effectiveFrom,
        inForce: v === inForce,
        publishedAt: v.publishedAt,
      }));
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
    const items = await referentialLoaders(ctx).itemsByVersion.load(version.id);
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

  /** Whether the validated domains obtain the certificate, on the version in force or the one named. */
  async outcome(ctx: RequestContext, certificationCode: string, version: string | null, validatedDomains: string[], scorePercent: number | null) {
    const resolved = await this.resolveVersion(ctx, certificationCode, version, false);
    const domains = (await this.items(ctx, resolved)).filter((item) => item.kind === "DOMAIN").map((item) => item.code);
    const unknown = validatedDomains.filter((code) => !domains.includes(code));
    if (unknown.length) throw badInput(`Domaine(s) inconnu(s) du référentiel ${certificationCode} ${resolved.version} : ${unknown.join(", ")}.`);
    if (scorePercent !== null && !(scorePercent >= 0 && scorePercent <= 100)) throw badInput("scorePercent : entre 0 et 100.");
    const result = certificationOutcome({ certification: certificationCode, domains, validatedDomains, scorePercent });
    return result.obtained ? { obtained: true, missingDomains: [], reason: null } : result;
  }

  /** Certif Pro opens a new version as a copy of the latest published one. */
  async draftVersion(ctx: RequestContext, certificationCode: string, version: string, effectiveFrom: string) {
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
    return this.writes.run(ctx, {
      work: async (manager) => {
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
          await manager.insert(ReferentialItemEntity, sourceItems.map((item) => ({ ...item, referentialVersionId: created.id })));
        }
        return created;
      },
      journal: (created) => ({
        subjectType: "REFERENTIAL_VERSION",
        subjectId: created.id,
        subjectInstanceCode: ctx.actor!.instanceCode,
        action: "REFERENTIAL_VERSION_DRAFTED",
        toState: "DRAFT",
        reason: `${certificationCode} ${version}${latest ? ` (copie de ${latest.version})` : ""}`,
      }),
      onDuplicate: (error) =>
        isDuplicateKey(error, "uq_referential_one_draft")
          ? conflict(`Un brouillon du référentiel ${certificationCode} est déjà en cours : publiez-le ou modifiez-le.`)
          : conflict(`La version « ${version} » du référentiel ${certificationCode} existe déjà.`),
      reread: async (created) => created,
    });
  }

  async setVersionWording(ctx: RequestContext, certificationCode: string, version: string, code: string, text: string) {
    const draft = await this.editableDraft(ctx, certificationCode, version);
    const item = (await this.items(ctx, draft)).find((candidate) => candidate.code === code);
    if (!item) throw notFound(`Élément « ${code} » de la version ${version}`);
    const wording = checkWording(text, code);
    if (!wording.ok) throw badInput(wording.reason);
    await this.writes.run(ctx, {
      check: { entity: ReferentialVersionEntity, id: draft.id, rowVersion: draft.rowVersion },
      work: (manager) => manager.update(ReferentialItemEntity, { referentialVersionId: draft.id, code }, { text: wording.text }),
      journal: this.versionEntry(ctx, draft, "REFERENTIAL_WORDING_EDITED", "DRAFT", code),
      reread: async () => undefined,
    });
  }

  async publishVersion(ctx: RequestContext, certificationCode: string, version: string) {
    const draft = await this.editableDraft(ctx, certificationCode, version);
    const latest = (await this.versions(ctx, certificationCode)).filter((candidate) => candidate.status === "PUBLISHED").at(-1);
    const dateError = checkPublicationDate(draft.effectiveFrom, latest?.effectiveFrom, ctx.clock.today());
    if (dateError) throw badInput(dateError);
    if ((await this.items(ctx, draft)).length === 0) throw badInput(`La version ${version} est vide : rien à publier.`);
    await this.writes.run(ctx, {
      check: {
        entity: ReferentialVersionEntity,
        id: draft.id,
        rowVersion: draft.rowVersion,
        values: { status: "PUBLISHED", publishedAt: ctx.clock.now(), publishedByUserId: ctx.actor!.userId },
      },
      journal: this.versionEntry(ctx, draft, "REFERENTIAL_VERSION_PUBLISHED", "PUBLISHED", `${certificationCode} ${version}, en vigueur le ${draft.effectiveFrom}`),
      reread: async () => undefined,
    });
  }

  private versionEntry(ctx: RequestContext, draft: ReferentialVersionEntity, action: string, toState: string, reason: string): JournalRecord {
    return { subjectType: "REFERENTIAL_VERSION", subjectId: draft.id, subjectInstanceCode: ctx.actor!.instanceCode, action, fromState: "DRAFT", toState, reason };
  }

  private async editableDraft(ctx: RequestContext, certificationCode: string, version: string) {
    const found = await this.resolveVersion(ctx, certificationCode, version, true);
    const editable = checkEditableVersion(found);
    if (!editable.ok) throw badInput(editable.reason);
    return found;
  }
}
