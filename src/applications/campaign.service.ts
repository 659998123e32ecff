import type { DataSource } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { UnitOfWork } from "../common/db/unit-of-work";
import { badInput, conflict, notFound } from "../common/errors";
import type { InstanceService } from "../instances/instance.service";
import { referentialLoaders } from "../referentials/referential.loaders";
import { applicationLoaders } from "./application.loaders";
import type { CampaignInput } from "./application.types";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "./campaign.entity";
import { checkCampaign } from "./rules/campaign";
import { checkNotificationPeriod } from "./rules/instruction-timing";
import { applicableCriteria, checkOwnCriterion } from "./rules/opinion";

export class CampaignService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly instances: InstanceService,
  ) {}

  async list(ctx: RequestContext, instanceCode: string | null) {
    const query = this.db.getRepository(CampaignEntity).createQueryBuilder("c").orderBy("c.opens_on", "DESC").addOrderBy("c.id", "DESC").take(200);
    if (instanceCode) query.where("c.instance_id = :id", { id: (await this.instances.byCode(ctx, instanceCode)).id });
    const rows = await query.getMany();
    for (const row of rows) applicationLoaders(ctx).campaignById.prime(row.id, row);
    return rows;
  }

  /** An Instance sets its campaign and the dates of its deciding meetings. */
  async create(ctx: RequestContext, input: CampaignInput) {
    const instance = await this.instances.byCode(ctx, input.instance);
    if (!(await referentialLoaders(ctx).certificationByCode.load(input.certification))) throw notFound(`Certification « ${input.certification} »`);
    const delegation = await this.instances.delegation(ctx, instance, input.certification, "HABILITATE");
    if (!delegation.ok) throw badInput(delegation.message);
    const name = input.name.trim();
    if (!name || name.length > 200) throw badInput("Nom de campagne : 1 à 200 caractères.");
    const problems = checkCampaign(input);
    const period = checkNotificationPeriod(instance.kind, input.notificationWorkingDays);
    if (period) problems.push(period);
    if (problems.length) throw badInput(problems.join(" "), { problems });
    return this.writes.run(ctx, {
      work: async (manager) => {
        const created = await manager.save(CampaignEntity, {
          instanceId: instance.id,
          certificationCode: input.certification,
          name,
          opensOn: input.opensOn,
          closesOn: input.closesOn,
          notificationWorkingDays: input.notificationWorkingDays ?? null,
        });
        await manager.insert(MeetingEntity, [...input.meetings].sort().map((meetsOn) => ({ campaignId: created.id, meetsOn })));
        return created;
      },
      journal: (created) => ({
        subjectType: "CAMPAIGN",
        subjectId: created.id,
        subjectInstanceCode: instance.code,
        action: "CAMPAIGN_CREATED",
        reason: `${name} : du ${input.opensOn} au ${input.closesOn}, réunions ${input.meetings.join(", ")}`,
      }),
      reread: async (created) => (await applicationLoaders(ctx).campaignById.load(created.id))!,
    });
  }

  /** A CPNE adds habilitation criteria of its own to those of section II. */
  async addCriterion(ctx: RequestContext, instanceCode: string, code: string, label: string) {
    const instance = await this.instances.byCode(ctx, instanceCode);
    const criterion = checkOwnCriterion(instance.kind, code, label);
    if (!criterion.ok) throw badInput(criterion.reason);
    const { code: cleanCode, label: cleanLabel } = criterion;
    return this.writes.run(ctx, {
      work: (manager) => manager.insert(InstanceCriterionEntity, { instanceId: instance.id, code: cleanCode, label: cleanLabel }),
      journal: {
        subjectType: "INSTANCE",
        subjectId: instance.id,
        subjectInstanceCode: instance.code,
        action: "HABILITATION_CRITERION_ADDED",
        reason: `${cleanCode} : ${cleanLabel}`,
      },
      onDuplicate: (error) => (isDuplicateKey(error) ? conflict(`${instance.code} a déjà un critère ${cleanCode}.`) : undefined),
      reread: async () => applicableCriteria(await applicationLoaders(ctx).criteriaByInstance.load(instance.id)),
    });
  }
}
