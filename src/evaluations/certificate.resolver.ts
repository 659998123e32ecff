import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { CandidatePersonType } from "./candidate.types";
import { CertificateService } from "./certificate.service";
import { CertificateConnection, CertificateType, CertificateVerificationType, ResultsRequestConnection, ResultsRequestOutcomeEnum, ResultsRequestType } from "./certificate.types";
import { CertificateFilter, ResultsRequestFilter, ResultsRequestInput } from "./evaluation.inputs";
import { evaluationLoaders } from "./evaluation.loaders";
import type { ResultsRequestOutcome } from "./rules/results-request";

@Resolver()
export class CertificateResolver {
  constructor(private readonly certificateService: CertificateService) {}

  @Query(() => CertificateConnection, { description: "The organism's certificates; an Instance's, delivered in its name (Certif Pro every one), without their holder." })
  certificates(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => CertificateFilter, { nullable: true }) filter: CertificateFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.certificateService.list(ctx, filter ?? {}, first, after);
  }

  @Query(() => CertificateType)
  certificate(@Ctx() ctx: RequestContext, @Arg("number") number: string) {
    return this.certificateService.byNumber(ctx, number);
  }

  @Query(() => CertificateVerificationType, { description: "EVA-5: public: does this certificate exist, is it valid? The holder's initials only with its verification code. Also GET /verify/<number>." })
  verifyCertificate(@Ctx() ctx: RequestContext, @Arg("number") number: string, @Arg("code", () => String, { nullable: true }) code: string | null) {
    return this.certificateService.verify(ctx, number, code ?? null);
  }

  @Mutation(() => CertificateType, { description: "EVA-5: the certifier withdraws a certificate, dated and reasoned." })
  revokeCertificate(
    @Ctx() ctx: RequestContext,
    @Arg("number") number: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("revokedOn") revokedOn: string,
    @Arg("reason") reason: string,
  ) {
    return this.certificateService.revoke(ctx, number, rowVersion, revokedOn, reason);
  }

  @Query(() => ResultsRequestConnection, { description: "EVA-7: requests addressed to the caller's Instance (Certif Pro: every one), or about the organism's candidates." })
  resultsRequests(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ResultsRequestFilter, { nullable: true }) filter: ResultsRequestFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.certificateService.listRequests(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => ResultsRequestType, { description: "EVA-7: the certifier records a letter it received, within one month of the results being communicated." })
  recordResultsRequest(@Ctx() ctx: RequestContext, @Arg("candidate", () => ID) candidate: string, @Arg("input", () => ResultsRequestInput) input: ResultsRequestInput) {
    return this.certificateService.recordRequest(ctx, parseId(candidate), input);
  }

  @Mutation(() => ResultsRequestType, { description: "EVA-7: the certifier decides, once, with its reasons." })
  decideResultsRequest(
    @Ctx() ctx: RequestContext,
    @Arg("request", () => ID) request: string,
    @Arg("rowVersion", () => Int) rowVersion: number,
    @Arg("outcome", () => ResultsRequestOutcomeEnum) outcome: ResultsRequestOutcome,
    @Arg("reasons") reasons: string,
  ) {
    return this.certificateService.decideRequest(ctx, parseId(request), rowVersion, outcome, reasons);
  }
}

@Resolver(() => CertificateType)
export class CertificateFieldsResolver {
  @FieldResolver(() => CandidatePersonType, { nullable: true, description: "The holder, for the organism only; null once their data is erased." })
  async holder(@Ctx() ctx: RequestContext, @Root() certificate: CertificateType) {
    return certificate.candidateId === null ? null : ((await evaluationLoaders(ctx).identityByCandidate.load(certificate.candidateId)) ?? null);
  }
}
