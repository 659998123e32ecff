import type { DataSource } from "typeorm";
import type { RequestContext } from "../common/context";
import { notFound } from "../common/errors";
import { InstanceEntity } from "./instance.entity";
import { instanceLoaders } from "./instance.loaders";
import { type DelegationDecision, checkDelegation } from "./rules/delegation";
import { UserEntity } from "./user.entity";

/** Certif Pro and the CPNEs, their delegations and their members. */
export class InstanceService {
  /** Instances are reference data no mutation changes: read once by id. */
  private readonly byIdKept = new Map<number, InstanceEntity>();

  constructor(private readonly db: DataSource) {}

  list(): Promise<InstanceEntity[]> {
    return this.db.getRepository(InstanceEntity).find({ order: { id: "ASC" } });
  }

  async byCode(ctx: RequestContext, code: string): Promise<InstanceEntity> {
    const instance = await instanceLoaders(ctx).instanceByCode.load(code);
    if (!instance) throw notFound(`Instance « ${code} »`);
    return instance;
  }

  async byId(ctx: RequestContext, id: number): Promise<InstanceEntity> {
    const known = this.byIdKept.get(id);
    if (known) return known;
    const instance = await instanceLoaders(ctx).instanceById.load(id);
    if (!instance) throw notFound(`Instance ${id}`);
    this.byIdKept.set(id, instance);
    return instance;
  }

  /** Whether the Instance may habilitate or contextualise for this certification. */
  async delegation(ctx: RequestContext, instance: InstanceEntity, certification: string, purpose: "HABILITATE" | "CONTEXTUALISE"): Promise<DelegationDecision> {
    const delegations = await instanceLoaders(ctx).delegationsByInstance.load(instance.id);
    return checkDelegation({ instance, delegatedCertifications: delegations.map((d) => d.certificationCode), certification }, purpose);
  }

  async me(ctx: RequestContext) {
    const actor = ctx.actor!;
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    return {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      instance: actor.instanceId ? await instanceLoaders(ctx).instanceById.load(actor.instanceId) : null,
    };
  }
}
