import { Arg, Ctx, Float, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/graphql/context";
import { isCertifPro } from "../contextualisations/rules/permissions";
import { versionInForce } from "./rules/in-force";
import {
  CertificationOutcomeType,
  CertificationType,
  ReferentialType,
  ReferentialVersionInfo,
  ReferentialVersionStatusEnum,
} from "./referential.types";

@Resolver()
export class ReferentialResolver {
  @Query(() => [CertificationType])
  async certifications(@Ctx() ctx: RequestContext): Promise<CertificationType[]> {
    return ctx.services.referentials.listCertifications();
  }

  @Query(() => ReferentialType, {
    description:
      "The base referential, or with `context` a CPNE's published contextualisation. `version` defaults to the one in force.",
  })
  async referential(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("context", () => String, { nullable: true }) context: string | null,
    @Arg("version", () => String, { nullable: true }) version: string | null,
  ): Promise<ReferentialType> {
    if (context) return ctx.services.contextualisations.publishedReferential(ctx, certification, context, version);
    return ctx.services.referentials.baseReferential(ctx, certification, version, isCertifPro(ctx.actor));
  }

  @Query(() => [ReferentialVersionInfo], { description: "Versions of a referential; drafts are listed to Certif Pro only." })
  async referentialVersions(@Ctx() ctx: RequestContext, @Arg("certification") certification: string): Promise<ReferentialVersionInfo[]> {
    const versions = await ctx.services.referentials.versions(ctx, certification);
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

  @Query(() => CertificationOutcomeType, { description: "REF-4: does validating these domains obtain the certificate?" })
  certificationOutcome(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("validatedDomains", () => [String]) validatedDomains: string[],
    @Arg("scorePercent", () => Float, { nullable: true }) scorePercent: number | null,
    @Arg("version", () => String, { nullable: true }) version: string | null,
  ) {
    return ctx.services.referentials.outcome(ctx, certification, version ?? null, validatedDomains, scorePercent ?? null);
  }

  @Mutation(() => ReferentialType, { description: "Certif Pro opens a new version, a copy of the latest published one (REF-3)." })
  async draftReferentialVersion(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("version") version: string,
    @Arg("effectiveFrom") effectiveFrom: string,
  ): Promise<ReferentialType> {
    await ctx.services.referentials.draftVersion(ctx, ctx.actor!, certification, version, effectiveFrom);
    return ctx.services.referentials.baseReferential(ctx, certification, version, true);
  }

  @Mutation(() => ReferentialType, { description: "Certif Pro edits the base wording of a draft version." })
  async setReferentialWording(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("version") version: string,
    @Arg("target") target: string,
    @Arg("text") text: string,
  ): Promise<ReferentialType> {
    await ctx.services.referentials.setVersionWording(ctx, ctx.actor!, certification, version, target, text);
    return ctx.services.referentials.baseReferential(ctx, certification, version, true);
  }

  @Mutation(() => ReferentialType, { description: "Certif Pro publishes a draft; it never changes afterwards (REF-3)." })
  async publishReferentialVersion(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("version") version: string,
  ): Promise<ReferentialType> {
    await ctx.services.referentials.publishVersion(ctx, ctx.actor!, certification, version);
    return ctx.services.referentials.baseReferential(ctx, certification, version, true);
  }
}
