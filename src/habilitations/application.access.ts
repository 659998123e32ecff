import type { RequestContext } from "../common/graphql/context";
import { actsForOrganism } from "../organisms/organism.access";
import type { ApplicationEntity } from "./application.entity";
import type { ActorKind } from "./rules/application-lifecycle";

/**
 * The caller's part in an application: the applicant (ORGANISM), or a member of the deciding Instance
 * (DECIDER for its DECISION_MAKER, INSTRUCTOR for its STAFF and PROVIDER). Any other Instance has none (INS-3).
 */
export async function actorKindFor(ctx: RequestContext, application: Pick<ApplicationEntity, "organismId" | "instanceId">): Promise<ActorKind | null> {
  const actor = ctx.actor;
  if (!actor) return null;
  if (actor.instanceId !== null && actor.instanceId === application.instanceId) {
    if (actor.role === "DECISION_MAKER") return "DECIDER";
    if (actor.role === "STAFF" || actor.role === "PROVIDER") return "INSTRUCTOR";
  }
  return (await actsForOrganism(ctx, application.organismId)) ? "ORGANISM" : null;
}
