import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AddIntervenantDocument, UpdateOrganismDocument } from "../generated/graphql";
import type { Actor } from "../../src/common/auth/actor";
import { type RequestContext, RequestMemo } from "../../src/common/context";
import { composeServices as createServices } from "../../src/app/compose";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { BETA } from "./organisms.fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function actor(email: string): Promise<Actor> {
  const [row] = await h.db.query("SELECT id, role, organism_id AS organismId, mandataire_id AS mandataireId FROM app_user WHERE email = ?", [email]);
  return { userId: row.id, email, role: row.role, instanceId: null, instanceCode: null, instanceKind: null, organismId: row.organismId, mandataireId: row.mandataireId };
}

const betaState = async () =>
  (await h.db.query(
    `SELECT o.name, o.row_version AS rowVersion,
            (SELECT COUNT(*) FROM intervenant i WHERE i.organism_id = o.id) AS intervenants,
            (SELECT COUNT(*) FROM journal_entry j WHERE j.subject_type = 'ORGANISM' AND j.subject_id = o.siren) AS journal
     FROM organism o WHERE o.siren = ?`,
    [BETA],
  ))[0];

/** Two requests, by the admin and by the Mandataire, that both read Beta before either writes. */
async function twoReaders(): Promise<[RequestContext, RequestContext, ReturnType<typeof createServices>]> {
  const services = createServices(h.db);
  const contexts = await Promise.all(
    [DEMO.betaAdmin, DEMO.gammaMandataire].map(async (email) => ({ actor: await actor(email), clock: h.clock, db: h.db, memo: new RequestMemo() })),
  );
  for (const ctx of contexts) expect(await services.organisms.find(ctx, BETA)).toBeTruthy();
  return [contexts[0], contexts[1], services];
}

function oneWinner(outcomes: PromiseSettledResult<unknown>[]) {
  const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
  expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  expect(rejected).toHaveLength(1);
  expect(rejected[0].reason.extensions.code).toBe("CONFLICT");
  return outcomes.findIndex((o) => o.status === "fulfilled");
}

describe("concurrent writes on one organism: one wins, the other gets CONFLICT", () => {
  it("two updates of the same organism read at the same version: exactly one winner, one CONFLICT, one journal entry", async () => {
    const before = await betaState();
    const [admin, mandataire, services] = await twoReaders();
    const names = ["Beta Compétences", "Beta Formation"];
    const winner = oneWinner(
      await Promise.allSettled([
        services.organismEdits.update(admin, BETA, { name: names[0] }),
        services.organismEdits.update(mandataire, BETA, { name: names[1] }),
      ]),
    );
    const after = await betaState();
    expect(after.name).toBe(names[winner]);
    expect(after.rowVersion).toBe(before.rowVersion + 1);
    expect(Number(after.journal)).toBe(Number(before.journal) + 1);
  });

  it("an edit of a child record conflicts too: the losing write leaves no trace", async () => {
    const before = await betaState();
    const [admin, mandataire, services] = await twoReaders();
    const winner = oneWinner(
      await Promise.allSettled([
        services.organismEdits.update(admin, BETA, { legalForm: "Association" }),
        services.organismEdits.addIntervenant(mandataire, BETA, { fullName: "Marc Dupuis", evaluator: true, trainer: false, qualifications: "CV", remoteReady: false }),
      ]),
    );
    const after = await betaState();
    expect(Number(after.intervenants)).toBe(Number(before.intervenants) + (winner === 1 ? 1 : 0));
    expect(Number(after.journal)).toBe(Number(before.journal) + 1);
  });

  it("many simultaneous edits over HTTP: each lands or is a CONFLICT; nothing is lost silently nor written twice", async () => {
    const before = await betaState();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2
          ? h.run(UpdateOrganismDocument, { siren: BETA, input: { legalForm: `Forme ${i}` } }, { email: DEMO.betaAdmin })
          : h.run(AddIntervenantDocument, { siren: BETA, input: { fullName: `Intervenant ${i}`, evaluator: true, trainer: true, qualifications: "CV" } }, { email: DEMO.gammaMandataire }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    for (const loser of results.filter((r) => r.errors)) expect(errorCode(loser)).toBe("CONFLICT");
    const addedWinners = results.filter((r, i) => !r.errors && i % 2 === 0).length;
    const after = await betaState();
    expect(after.rowVersion).toBe(before.rowVersion + winners.length);
    expect(Number(after.journal)).toBe(Number(before.journal) + winners.length);
    expect(Number(after.intervenants)).toBe(Number(before.intervenants) + addedWinners);
  });
});
