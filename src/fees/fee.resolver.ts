import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../common/context";
import { FeeService } from "./fee.service";
import { OrganismFeesType, TariffType } from "./fee.types";

@Resolver()
export class FeeResolver {
  constructor(private readonly feeService: FeeService) {}

  @Query(() => [TariffType], { description: "Annexe 2 amounts, oldest first (FEE-4: dated, may change each year)." })
  tariffs() {
    return this.feeService.tariffs();
  }

  @Query(() => [OrganismFeesType], {
    description:
      "What each organism owes Certif Pro for a period (both ends inclusive, at most 5 years), line by line with the reason (FEE-1, FEE-2), " +
      "and the payment due date (FEE-4). Organisms owing nothing are left out, unless named. Certif Pro's decision makers and staff see every " +
      "organism; an organism, or its Mandataire, its own.",
  })
  feesDue(
    @Ctx() ctx: RequestContext,
    @Arg("periodStart", { description: "YYYY-MM-DD" }) periodStart: string,
    @Arg("periodEnd", { description: "YYYY-MM-DD" }) periodEnd: string,
    @Arg("organism", () => String, { nullable: true, description: "SIREN" }) organism: string | null,
    @Arg("invoicedOn", () => String, { nullable: true, description: "YYYY-MM-DD, not before periodEnd; defaults to periodEnd." }) invoicedOn: string | null,
  ) {
    return this.feeService.feesDue(ctx, { periodStart, periodEnd, organism: organism ?? null, invoicedOn: invoicedOn ?? null });
  }

  @Mutation(() => TariffType, {
    description: "Certif Pro's decision maker sets new amounts from a date, today or later (FEE-4); a date that already has a tariff is a CONFLICT.",
  })
  setTariff(
    @Ctx() ctx: RequestContext,
    @Arg("validFrom", { description: "YYYY-MM-DD" }) validFrom: string,
    @Arg("applicationCents", () => Int) applicationCents: number,
    @Arg("siteAnnualCents", () => Int) siteAnnualCents: number,
    @Arg("certificateCents", () => Int) certificateCents: number,
  ) {
    return this.feeService.setTariff(ctx, { validFrom, applicationCents, siteAnnualCents, certificateCents });
  }
}
