import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { InstanceService } from "./instance.service";
import { InstanceType, Viewer } from "./instance.types";

@Resolver()
export class InstanceResolver {
  constructor(private readonly instanceService: InstanceService) {}

  @Query(() => [InstanceType], { description: "Certif Pro and the CPNEs." })
  instances() {
    return this.instanceService.list();
  }

  @Query(() => Viewer, { description: "The authenticated caller, with its Instance and role." })
  me(@Ctx() ctx: RequestContext) {
    return this.instanceService.me(ctx);
  }
}
