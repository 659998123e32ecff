import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApproveContextualisationDocument,
  ContextualisationDocument,
  RejectContextualisationDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
} from "../generated/graphql";
import type { Actor } from "../../src/common/auth/actor";
import { type RequestContext, RequestMemo } from "../../src/common/context";
import { composeServices as createServices } from "../../src/app/compose";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function submitted(): Promise<string> {
  await h.db.query("DELETE w FROM contextualisation_wording w JOIN contextualisation c ON c.id = w.contextualisation_id WHERE c.status IN ('DRAFT','SUBMITTED')");
  await h.db.query("DELETE FROM contextualisation WHERE status IN ('DRAFT','SUBMITTED')");
  const started = await h.run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.metallurgieDecider });
  const id = started.data!.startContextualisation.id;
  await h.run(SubmitContextualisationDocument, { contextualisation: id }, { email: DEMO.metallurgieDecider });
  return id;
}

async function actor(email: string): Promise<Actor> {
  const [row] = await h.db.query(
    "SELECT u.id, u.role, i.id AS instanceId, i.code, i.kind FROM app_user u JOIN instance i ON i.id = u.instance_id WHERE u.email = ?",
    [email],
  );
  return { userId: row.id, email, role: row.role, instanceId: row.instanceId, instanceCode: row.code, instanceKind: row.kind };
}

describe("concurrent writes on one record: one wins, the other gets CONFLICT", () => {
  it("two decisions read the same submission, then both write: exactly one wins, the other is CONFLICT", async () => {
    const id = Number(await submitted());
    const services = createServices(h.db);
    const decider = await actor(DEMO.certifProDecider);
    const contextFor = (): RequestContext => ({ actor: decider, clock: h.clock, db: h.db, memo: new RequestMemo() });
    const first = contextFor();
    const second = contextFor();
    // Both requests have read the submission before either writes.
    await services.contextualisations.get(first, id);
    await services.contextualisations.get(second, id);
    const outcomes = await Promise.allSettled([
      services.contextualisations.approve(first, id),
      services.contextualisations.reject(second, id, "Rejet concurrent."),
    ]);
    const fulfilled = outcomes.filter((o) => o.status === "fulfilled");
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason.extensions.code).toBe("CONFLICT");

    const [row] = await h.db.query("SELECT status FROM contextualisation WHERE id = ?", [id]);
    const [{ n }] = await h.db.query(
      "SELECT COUNT(*) AS n FROM journal_entry WHERE subject_id = ? AND action IN ('CONTEXTUALISATION_APPROVED', 'CONTEXTUALISATION_REJECTED')",
      [String(id)],
    );
    expect(["PUBLISHED", "REJECTED"]).toContain(row.status);
    expect(Number(n)).toBe(1);
  });

  it("many simultaneous approvals over HTTP: exactly one succeeds, the others are refused and nothing is written twice", async () => {
    const id = await submitted();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2
          ? h.run(ApproveContextualisationDocument, { contextualisation: id }, { email: DEMO.certifProDecider })
          : h.run(RejectContextualisationDocument, { contextualisation: id, reason: "Rejet" }, { email: DEMO.certifProDecider }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors)) expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(errorCode(loser));
    const [{ n }] = await h.db.query(
      "SELECT COUNT(*) AS n FROM journal_entry WHERE subject_id = ? AND action IN ('CONTEXTUALISATION_APPROVED', 'CONTEXTUALISATION_REJECTED')",
      [id],
    );
    expect(Number(n)).toBe(1);
  });

  it("two simultaneous edits of one draft: both land in order or one gets CONFLICT; none is lost silently", async () => {
    await h.db.query("DELETE w FROM contextualisation_wording w JOIN contextualisation c ON c.id = w.contextualisation_id WHERE c.status IN ('DRAFT','SUBMITTED')");
    await h.db.query("DELETE FROM contextualisation WHERE status IN ('DRAFT','SUBMITTED')");
    const started = await h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.propreteDecider });
    const id = started.data!.startContextualisation.id;
    const texts = ["animer une réunion de site ;", "animer une réunion de vacation ;"];
    const results = await Promise.all(
      texts.map((text, i) => h.run(SetWordingDocument, { contextualisation: id, target: "2-2.1", text }, { email: i ? DEMO.propreteStaff : DEMO.propreteDecider })),
    );
    const ok = results.map((r, i) => (r.errors ? null : texts[i])).filter(Boolean);
    for (const r of results.filter((r) => r.errors)) expect(errorCode(r)).toBe("CONFLICT");
    const served = (await h.run(ContextualisationDocument, { id }, { email: DEMO.propreteDecider })).data!.contextualisation!;
    expect(ok).toContain(served.referential.domains[1].competences[1].criteria[0].text);
  });
});
