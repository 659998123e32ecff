import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/graphql/context";
import { InstanceEntity } from "./instance.entity";
import { InstanceType, Viewer } from "./instance.types";
import { UserEntity } from "./user.entity";

@Resolver()
export class InstanceResolver {
  @Query(() => [InstanceType], { description: "Certif Pro and the CPNEs." })
  instances(@Ctx() ctx: RequestContext) {
    return ctx.db.getRepository(InstanceEntity).find({ order: { id: "ASC" } });
  }

  @Query(() => Viewer, { description: "The authenticated caller, with its Instance and role." })
  async me(@Ctx() ctx: RequestContext) {
    const actor = ctx.actor!;
    const user = await ctx.db.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    return {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      instance: actor.instanceId ? await ctx.loaders.instanceById.load(actor.instanceId) : null,
    };
  }
}
