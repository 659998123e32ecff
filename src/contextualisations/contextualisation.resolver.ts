import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/graphql/context";
import { InstanceType } from "../instances/instance.types";
import { CertificationType, ReferentialType } from "../referentials/referential.types";
import type { ContextualisationEntity } from "./contextualisation.entity";
import {
  BaseItemChange,
  ContextualisationDocumentInput,
  ContextualisationStatusEnum,
  ContextualisationType,
  StructureViolationType,
} from "./contextualisation.types";
import { parseId } from "../common/graphql/ids";

@Resolver(() => ContextualisationType)
export class ContextualisationResolver {
  @Query(() => ContextualisationType, { nullable: true, description: "Drafts are visible to their CPNE and to Certif Pro only." })
  async contextualisation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return (await ctx.services.contextualisations.find(ctx, parseId(id))) ?? null;
  }

  @Query(() => [ContextualisationType], { description: "Contextualisations the caller may see, newest first (at most 200)." })
  async contextualisations(
    @Ctx() ctx: RequestContext,
    @Arg("context", () => String, { nullable: true }) context: string | null,
    @Arg("certification", () => String, { nullable: true }) certification: string | null,
    @Arg("status", () => ContextualisationStatusEnum, { nullable: true }) status: ContextualisationStatusEnum | null,
  ) {
    return ctx.services.contextualisations.list(ctx, { context, certification, status });
  }

  @Query(() => [StructureViolationType], {
    description: "Checks a document against a base version (default: in force) without saving anything; empty when it keeps the structure.",
  })
  checkContextualisationDocument(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("document", () => ContextualisationDocumentInput) document: ContextualisationDocumentInput,
    @Arg("version", () => String, { nullable: true }) version: string | null,
  ) {
    return ctx.services.contextualisations.check(ctx, certification, version, document);
  }

  @Mutation(() => ContextualisationType, { description: "A delegated CPNE opens a draft on the version in force (CTX-1)." })
  startContextualisation(@Ctx() ctx: RequestContext, @Arg("context") context: string, @Arg("certification") certification: string) {
    return ctx.services.contextualisations.start(ctx, ctx.actor!, context, certification);
  }

  @Mutation(() => ContextualisationType, { description: "Sets the wording of one domain, competence or criterion of a draft." })
  setWording(
    @Ctx() ctx: RequestContext,
    @Arg("contextualisation", () => ID) id: string,
    @Arg("target") target: string,
    @Arg("text") text: string,
  ) {
    return ctx.services.contextualisations.setWording(ctx, ctx.actor!, parseId(id), target.trim(), text);
  }

  @Mutation(() => ContextualisationType, {
    description: "Replaces the whole wording of a draft; refused with REFERENTIAL_STRUCTURE_VIOLATION on any addition, removal, duplicate or move.",
  })
  saveContextualisation(
    @Ctx() ctx: RequestContext,
    @Arg("contextualisation", () => ID) id: string,
    @Arg("document", () => ContextualisationDocumentInput) document: ContextualisationDocumentInput,
  ) {
    return ctx.services.contextualisations.save(ctx, ctx.actor!, parseId(id), document);
  }

  @Mutation(() => ContextualisationType)
  submitContextualisation(@Ctx() ctx: RequestContext, @Arg("contextualisation", () => ID) id: string) {
    return ctx.services.contextualisations.submit(ctx, ctx.actor!, parseId(id));
  }

  @Mutation(() => ContextualisationType, { description: "Certif Pro publishes it; the CPNE's previous publication is superseded." })
  approveContextualisation(@Ctx() ctx: RequestContext, @Arg("contextualisation", () => ID) id: string) {
    return ctx.services.contextualisations.approve(ctx, ctx.actor!, parseId(id));
  }

  @Mutation(() => ContextualisationType)
  rejectContextualisation(@Ctx() ctx: RequestContext, @Arg("contextualisation", () => ID) id: string, @Arg("reason") reason: string) {
    return ctx.services.contextualisations.reject(ctx, ctx.actor!, parseId(id), reason);
  }

  @FieldResolver(() => InstanceType)
  async context(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return ctx.loaders.instanceById.load(root.instanceId);
  }

  @FieldResolver(() => CertificationType)
  async certification(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.referentials.certification(ctx, root.certificationCode);
  }

  @FieldResolver(() => String)
  async baseVersion(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.versionById.load(root.baseVersionId))!.version;
  }

  @FieldResolver(() => ReferentialType)
  referential(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.contextualisations.view(ctx, root);
  }

  @FieldResolver(() => Boolean)
  async outdated(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return (await ctx.services.referentials.inForce(ctx, root.certificationCode)).id !== root.baseVersionId;
  }

  @FieldResolver(() => [BaseItemChange])
  baseChanges(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return ctx.services.contextualisations.baseChangesSincePinned(ctx, root);
  }
}
