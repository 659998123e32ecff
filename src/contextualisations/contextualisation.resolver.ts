import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { isCertifPro } from "../instances/rules/roles";
import { ReferentialService } from "../referentials/referential.service";
import { ContextualisationService } from "./contextualisation.service";
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
import { instanceLoaders } from "../instances/instance.loaders";
import { referentialLoaders } from "../referentials/referential.loaders";

@Resolver(() => ContextualisationType)
export class ContextualisationResolver {
  constructor(
    private readonly contextualisationService: ContextualisationService,
    private readonly referentialService: ReferentialService,
  ) {}

  @Query(() => ReferentialType, {
    name: "referential",
    description:
      "The base referential, or with `context` a CPNE's published contextualisation. `version` defaults to the one in force.",
  })
  referentialQuery(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("context", () => String, { nullable: true }) context: string | null,
    @Arg("version", () => String, { nullable: true }) version: string | null,
  ): Promise<ReferentialType> {
    if (context) return this.contextualisationService.publishedReferential(ctx, certification, context, version);
    return this.referentialService.baseReferential(ctx, certification, version, isCertifPro(ctx.actor));
  }

  @Query(() => ContextualisationType, { nullable: true, description: "Drafts are visible to their CPNE and to Certif Pro only." })
  async contextualisation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return (await this.contextualisationService.find(ctx, parseId(id))) ?? null;
  }

  @Query(() => [ContextualisationType], { description: "Contextualisations the caller may see, newest first (at most 200)." })
  async contextualisations(
    @Ctx() ctx: RequestContext,
    @Arg("context", () => String, { nullable: true }) context: string | null,
    @Arg("certification", () => String, { nullable: true }) certification: string | null,
    @Arg("status", () => ContextualisationStatusEnum, { nullable: true }) status: ContextualisationStatusEnum | null,
  ) {
    return this.contextualisationService.list(ctx, { context, certification, status });
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
    return this.contextualisationService.check(ctx, certification, version, document);
  }

  @Mutation(() => ContextualisationType, { description: "A delegated CPNE opens a draft on the version in force (CTX-1)." })
  startContextualisation(@Ctx() ctx: RequestContext, @Arg("context") context: string, @Arg("certification") certification: string) {
    return this.contextualisationService.start(ctx, context, certification);
  }

  @Mutation(() => ContextualisationType, { description: "Sets the wording of one domain, competence or criterion of a draft." })
  setWording(
    @Ctx() ctx: RequestContext,
    @Arg("contextualisation", () => ID) id: string,
    @Arg("target") target: string,
    @Arg("text") text: string,
  ) {
    return this.contextualisationService.setWording(ctx, parseId(id), target.trim(), text);
  }

  @Mutation(() => ContextualisationType, {
    description: "Replaces the whole wording of a draft; refused with REFERENTIAL_STRUCTURE_VIOLATION on any addition, removal, duplicate or move.",
  })
  saveContextualisation(
    @Ctx() ctx: RequestContext,
    @Arg("contextualisation", () => ID) id: string,
    @Arg("document", () => ContextualisationDocumentInput) document: ContextualisationDocumentInput,
  ) {
    return this.contextualisationService.save(ctx, parseId(id), document);
  }

  @Mutation(() => ContextualisationType)
  submitContextualisation(@Ctx() ctx: RequestContext, @Arg("contextualisation", () => ID) id: string) {
    return this.contextualisationService.submit(ctx, parseId(id));
  }

  @Mutation(() => ContextualisationType, { description: "Certif Pro publishes it; the CPNE's previous publication is superseded." })
  approveContextualisation(@Ctx() ctx: RequestContext, @Arg("contextualisation", () => ID) id: string) {
    return this.contextualisationService.approve(ctx, parseId(id));
  }

  @Mutation(() => ContextualisationType)
  rejectContextualisation(@Ctx() ctx: RequestContext, @Arg("contextualisation", () => ID) id: string, @Arg("reason") reason: string) {
    return this.contextualisationService.reject(ctx, parseId(id), reason);
  }

  @FieldResolver(() => InstanceType)
  async context(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return instanceLoaders(ctx).instanceById.load(root.instanceId);
  }

  @FieldResolver(() => CertificationType)
  async certification(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return this.referentialService.certification(ctx, root.certificationCode);
  }

  @FieldResolver(() => String)
  async baseVersion(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return (await referentialLoaders(ctx).versionById.load(root.baseVersionId))!.version;
  }

  @FieldResolver(() => ReferentialType)
  referential(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return this.contextualisationService.view(ctx, root);
  }

  @FieldResolver(() => Boolean)
  async outdated(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return (await this.referentialService.inForce(ctx, root.certificationCode)).id !== root.baseVersionId;
  }

  @FieldResolver(() => [BaseItemChange])
  baseChanges(@Root() root: ContextualisationEntity, @Ctx() ctx: RequestContext) {
    return this.contextualisationService.baseChangesSincePinned(ctx, root);
  }
}
