import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { JournalReadService } from "./journal-read.service";
import { JournalEntryConnection } from "./journal.types";

@Resolver()
export class JournalResolver {
  constructor(private readonly journalService: JournalReadService) {}

  @Query(() => JournalEntryConnection, {
    description:
      "The append-only journal of an Instance's transitions and decisions, newest first (at most 100 a page). Read by the Instance's " +
      "members, and by Certif Pro's for every Instance (CTX-5). `from` and `to`: a day (YYYY-MM-DD, Paris) or an ISO 8601 instant, inclusive.",
  })
  journal(
    @Ctx() ctx: RequestContext,
    @Arg("instance") instance: string,
    @Arg("subjectType", () => String, { nullable: true }) subjectType: string | null,
    @Arg("subjectId", () => ID, { nullable: true }) subjectId: string | null,
    @Arg("action", () => String, { nullable: true }) action: string | null,
    @Arg("from", () => String, { nullable: true }) from: string | null,
    @Arg("to", () => String, { nullable: true }) to: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return this.journalService.entries(ctx, { instance, subjectType, subjectId, action, from, to, first, after });
  }
}
