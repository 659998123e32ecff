import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DecideOnJustificationDocument, NotifyFormalNoticeDocument, OpenComplianceProcedureDocument, SendJustificationDocument } from "../generated/graphql";
import type { Actor } from "../../src/common/auth/actor";
import { type RequestContext, RequestMemo } from "../../src/common/context";
import { composeServices as createServices } from "../../src/app/compose";
import { habilitationLoaders } from "../../src/habilitations/habilitation.loaders";
import { oversightLoaders } from "../../src/oversight/oversight.loaders";
import { errorCode, startHarness, type Harness } from "../support/harness";
import { as, betaHabilitation, must, NOTICE } from "../support/oversight";

/** Two decisions on one file read the same state, then both write: exactly one wins, the other is CONFLICT. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

async function actor(email: string): Promise<Actor> {
  const [row] = await h.db.query("SELECT u.id, u.role, i.id AS instanceId, i.code, i.kind FROM app_user u JOIN instance i ON i.id = u.instance_id WHERE u.email = ?", [email]);
  return { userId: row.id, email, role: row.role, instanceId: row.instanceId, instanceCode: row.code, instanceKind: row.kind };
}

async function contexts(email: string): Promise<[RequestContext, RequestContext]> {
  const caller = await actor(email);
  const make = (): RequestContext => ({ actor: caller, clock: h.clock, db: h.db, memo: new RequestMemo() });
  return [make(), make()];
}

/** A procedure justified on 4 May 2026, the decision to take on 5 May. */
async function justified(): Promise<number> {
  const habilitation = await betaHabilitation(h);
  h.clock.set("2026-04-20");
  const { id } = must(await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Constat.", notice: NOTICE }, as.cpDecider)).openComplianceProcedure;
  must(await h.run(NotifyFormalNoticeDocument, { procedure: id }, as.cpStaff));
  h.clock.set("2026-05-04");
  must(await h.run(SendJustificationDocument, { procedure: id, text: "Mesures." }, as.organism));
  h.clock.set("2026-05-05");
  return Number(id);
}

const settle = async (outcomes: PromiseSettledResult<unknown>[]) => {
  const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
  expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  expect(rejected.map((o) => o.reason.extensions?.code)).toEqual(["CONFLICT"]);
};

const journalCount = async (action: string, subjectId: number) =>
  Number((await h.db.query("SELECT COUNT(*) AS n FROM journal_entry WHERE action = ? AND subject_id = ?", [action, String(subjectId)]))[0].n);

describe("concurrent decisions on one oversight file (CMP-4, AUD-1)", () => {
  it("CMP-4: a withdrawal and a complementary period decided at once on one procedure: exactly one wins", async () => {
    const id = await justified();
    const services = createServices(h.db);
    const [first, second] = await contexts("decideur@certifpro.demo");
    for (const ctx of [first, second]) await services.procedures.viewOf(ctx, id);
    await settle(
      await Promise.allSettled([
        services.procedures.decide(first, id, "WITHDRAWAL", "Mesures insuffisantes.", null),
        services.procedures.decide(second, id, "COMPLEMENTARY_PERIOD", "Mesures à achever.", { failings: ["Jury à constituer"], suspension: false, withdrawalOn: "2026-07-30" }),
      ]),
    );
    expect(await journalCount("PROCEDURE_DECIDED", id)).toBe(1);
    const [{ stage, rounds }] = await h.db.query("SELECT p.stage, (SELECT COUNT(*) FROM formal_notice n WHERE n.procedure_id = p.id) AS rounds FROM compliance_procedure p WHERE p.id = ?", [id]);
    expect([["WITHDRAWAL_DECIDED", 1], ["COMPLEMENTARY_PERIOD_DECIDED", 2]]).toContainEqual([stage, Number(rounds)]);
  });

  it("CMP-4: two notifications of one decision: exactly one is written", async () => {
    const id = await justified();
    must(await h.run(DecideOnJustificationDocument, { procedure: String(id), outcome: "WITHDRAWAL", reason: "Insuffisant." }, as.cpDecider));
    h.clock.set("2026-05-06");
    const services = createServices(h.db);
    const [first, second] = await contexts("instructeur@certifpro.demo");
    for (const ctx of [first, second]) await services.procedures.viewOf(ctx, id);
    await settle(await Promise.allSettled([services.procedures.notifyDecision(first, id), services.procedures.notifyDecision(second, id)]));
    expect(await journalCount("PROCEDURE_DECISION_NOTIFIED", id)).toBe(1);
  });

  it("AUD-1: two audits ordered at once on one habilitation: exactly one is written", async () => {
    const habilitation = Number(await betaHabilitation(h));
    h.clock.set("2025-12-01");
    const services = createServices(h.db);
    const [first, second] = await contexts("decideur@certifpro.demo");
    for (const ctx of [first, second]) {
      await habilitationLoaders(ctx).habilitationById.load(habilitation);
      await oversightLoaders(ctx).auditsByHabilitation.load(habilitation);
      await oversightLoaders(ctx).factsByHabilitation.load(habilitation);
    }
    const order = (ctx: RequestContext, scheduledOn: string) => services.audits.order(ctx, habilitation, "ON_SITE", scheduledOn, { kind: "PROVIDER", name: "Cabinet Audit Conseil" });
    await settle(await Promise.allSettled([order(first, "2025-12-10"), order(second, "2025-12-11")]));
    expect(Number((await h.db.query("SELECT COUNT(*) AS n FROM audit WHERE habilitation_id = ?", [habilitation]))[0].n)).toBe(1);
  });

  it("CMP-4: many simultaneous decisions over HTTP: one succeeds, the others are refused, the journal holds one", async () => {
    const id = await justified();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        h.run(
          DecideOnJustificationDocument,
          i % 2
            ? { procedure: String(id), outcome: "WITHDRAWAL" as const, reason: "Insuffisant." }
            : { procedure: String(id), outcome: "COMPLEMENTARY_PERIOD" as const, reason: "À achever.", notice: { failings: ["Jury"], suspension: false, withdrawalOn: "2026-07-30" } },
          as.cpDecider,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors)) expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(errorCode(loser));
    expect(await journalCount("PROCEDURE_DECIDED", id)).toBe(1);
  });
});
