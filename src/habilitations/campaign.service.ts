import type { DataSource } from "typeorm";
import { isDuplicateKey } from "../common/db/optimistic";
import { badInput, conflict, notFound } from "../common/errors";
import type { RequestContext } from "../common/graphql/context";
import { recordInJournal } from "../journal/journal.service";
import type { CampaignInput } from "./application.types";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "./campaign.entity";
import { CONVENTION_CRITERIA } from "./rules/opinion";
import { checkCampaign } from "./rules/campaign";

const CRITERION_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

export class CampaignService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: RequestContext, instanceCode: string | null) {
    const query = this.db.getRepository(CampaignEntity).createQueryBuilder("c").orderBy("c.opens_on", "DESC").addOrderBy("c.id", "DESC").take(200);
    if (instanceCode) {
      const instance = await ctx.loaders.instanceByCode.load(instanceCode);
      if (!instance) throw notFound(`Instance « ${instanceCode} »`);
      query.where("c.instance_id = :id", { id: instance.id });
    }
    const rows = await query.getMany();
    for (const row of rows) ctx.loaders.campaignById.prime(row.id, row);
    return rows;
  }

  /** An Instance sets its campaign and the dates of its deciding meetings. */
  async create(ctx: RequestContext, input: CampaignInput) {
    const instance = await ctx.loaders.instanceByCode.load(input.instance);
    if (!instance) throw notFound(`Instance « ${input.instance} »`);
    if (!(await ctx.loaders.certificationByCode.load(input.certification))) throw notFound(`Certification « ${input.certification} »`);
    if (instance.kind === "CPNE") {
      const delegations = await ctx.loaders.delegationsByInstance.load(instance.id);
      if (!delegations.some((d) => d.certificationCode === input.certification)) {
        throw badInput(`${instance.name} ne détient pas la délégation de Certif Pro pour ${input.certification} (INS-1).`);
      }
    }
    const name = input.name.trim();
    if (!name || name.length > 200) throw badInput("Nom de campagne : 1 à 200 caractères.");
    const problems = checkCampaign(input);
    if (problems.length) throw badInput(problems.join(" "), { problems });
    const id = await this.db.transaction(async (manager) => {
      const created = await manager.save(CampaignEntity, {
        instanceId: instance.id,
        certificationCode: input.certification,
        name,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
      });
      await manager.insert(MeetingEntity, [...input.meetings].sort().map((meetsOn) => ({ campaignId: created.id, meetsOn })));
      await recordInJournal(manager, ctx.actor!, {
        subjectType: "CAMPAIGN",
        subjectId: created.id,
        subjectInstanceCode: instance.code,
        action: "CAMPAIGN_CREATED",
        reason: `${name} : du ${input.opensOn} au ${input.closesOn}, réunions ${input.meetings.join(", ")}`,
      });
      return created.id;
    });
    return (await ctx.loaders.campaignById.load(id))!;
  }

  /** CTX-3: a CPNE adds habilitation criteria of its own to those of section II. */
  async addCriterion(ctx: RequestContext, instanceCode: string, code: string, label: string) {
    const instance = await ctx.loaders.instanceByCode.load(instanceCode);
    if (!instance) throw notFound(`Instance « ${instanceCode} »`);
    if (instance.kind !== "CPNE") throw badInput("Seule une CPNE ajoute des critères d'habilitation propres à son champ (CTX-3).");
    const cleanCode = code.trim().toUpperCase();
    const cleanLabel = label.trim();
    if (!CRITERION_CODE.test(cleanCode)) throw badInput(`Code de critère invalide « ${code} » : lettres majuscules, chiffres et « _ », 2 à 40 caractères.`);
    if (CONVENTION_CRITERIA.some((c) => c.code === cleanCode)) throw badInput(`Le code ${cleanCode} est celui d'un critère de la convention.`);
    if (!cleanLabel || cleanLabel.length > 500) throw badInput("Libellé du critère : 1 à 500 caractères.");
    try {
      await this.db.transaction(async (manager) => {
        await manager.insert(InstanceCriterionEntity, { instanceId: instance.id, code: cleanCode, label: cleanLabel });
        await recordInJournal(manager, ctx.actor!, {
          subjectType: "INSTANCE",
          subjectId: instance.id,
          subjectInstanceCode: instance.code,
          action: "HABILITATION_CRITERION_ADDED",
          reason: `${cleanCode} : ${cleanLabel}`,
        });
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw conflict(`${instance.code} a déjà un critère ${cleanCode}.`);
      throw error;
    }
    ctx.loaders.criteriaByInstance.clear(instance.id);
    return ctx.loaders.criteriaByInstance.load(instance.id);
  }
}
