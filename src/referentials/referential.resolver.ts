import { Arg, Ctx, Float, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { ReferentialService } from "./referential.service";
import {
  CertificationOutcomeType,
  CertificationType,
  ReferentialType,
  ReferentialVersionInfo,
} from "./referential.types";

@Resolver()
export class ReferentialResolver {
  constructor(private readonly referentialService: ReferentialService) {}

  @Query(() => [CertificationType])
  certifications(): Promise<CertificationType[]> {
    return this.referentialService.listCertifications();
  }

  @Query(() => [ReferentialVersionInfo], { description: "Versions of a referential; drafts are listed to Certif Pro only." })
  referentialVersions(@Ctx() ctx: RequestContext, @Arg("certification") certification: string): Promise<ReferentialVersionInfo[]> {
    return this.referentialService.versionInfos(ctx, certification);
  }

  @Query(() => CertificationOutcomeType, { description: "REF-4: does validating these domains obtain the certificate?" })
  certificationOutcome(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("validatedDomains", () => [String]) validatedDomains: string[],
    @Arg("scorePercent", () => Float, { nullable: true }) scorePercent: number | null,
    @Arg("version", () => String, { nullable: true }) version: string | null,
  ) {
    return this.referentialService.outcome(ctx, certification, version ?? null, validatedDomains, scorePercent ?? null);
  }

  @Mutation(() => ReferentialType, { description: "Certif Pro opens a new version, a copy of the latest published one (REF-3)." })
  async draftReferentialVersion(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("version") version: string,
    @Arg("effectiveFrom") effectiveFrom: string,
  ): Promise<ReferentialType> {
    await this.referentialService.draftVersion(ctx, certification, version, effectiveFrom);
    return this.referentialService.baseReferential(ctx, certification, version, true);
  }

  @Mutation(() => ReferentialType, { description: "Certif Pro edits the base wording of a draft version." })
  async setReferentialWording(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("version") version: string,
    @Arg("target") target: string,
    @Arg("text") text: string,
  ): Promise<ReferentialType> {
    await this.referentialService.setVersionWording(ctx, certification, version, target, text);
    return this.referentialService.baseReferential(ctx, certification, version, true);
  }

  @Mutation(() => ReferentialType, { description: "Certif Pro publishes a draft; it never changes afterwards (REF-3)." })
  async publishReferentialVersion(
    @Ctx() ctx: RequestContext,
    @Arg("certification") certification: string,
    @Arg("version") version: string,
  ): Promise<ReferentialType> {
    await this.referentialService.publishVersion(ctx, certification, version);
    return this.referentialService.baseReferential(ctx, certification, version, true);
  }
}
