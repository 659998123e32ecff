import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { parseId } from "../common/graphql/ids";
import { DestructionReportType, ErasureReportType, ProcessingActivityType } from "./certificate.types";
import { PersonalDataService } from "./personal-data.service";

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly personalDataService: PersonalDataService) {}

  @Query(() => [ProcessingActivityType], { description: "GDPR-1: the organism's register of processing of its candidates' data (public)." })
  processingRegister(@Ctx() ctx: RequestContext, @Arg("organism") organism: string) {
    return this.personalDataService.register(ctx, organism.replace(/\s/g, ""));
  }

  @Query(() => GraphQLJSONObject, { description: "GDPR-1: access and portability: everything held on the person, as JSON; the export is journaled." })
  personalDataExport(@Ctx() ctx: RequestContext, @Arg("candidate", () => ID) candidate: string) {
    return this.personalDataService.export(ctx, parseId(candidate));
  }

  @Mutation(() => ErasureReportType, { description: "GDPR-1: erases the person's data, except the certificate's verification stub and anonymised results." })
  eraseCandidate(@Ctx() ctx: RequestContext, @Arg("candidate", () => ID) candidate: string, @Arg("rowVersion", () => Int) rowVersion: number) {
    return this.personalDataService.erase(ctx, parseId(candidate), rowVersion);
  }

  @Mutation(() => DestructionReportType, { description: "GDPR-1: Certif Pro instructs the destruction of the candidates' data of an ended or withdrawn habilitation." })
  instructDestruction(@Ctx() ctx: RequestContext, @Arg("habilitation", () => ID) habilitation: string) {
    return this.personalDataService.destroy(ctx, parseId(habilitation));
  }
}
