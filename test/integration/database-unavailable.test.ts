import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MeDocument, SetWordingDocument, StartContextualisationDocument, UpdateOrganismDocument } from "../generated/graphql";
import type { Actor } from "../../src/common/auth/actor";
import { type RequestContext, RequestMemo } from "../../src/common/context";
import { redirectLogs } from "../../src/common/observability/logger";
import { print } from "graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";

let proxy: TcpProxy;
let h: Harness;
beforeAll(async () => {
  const server = new URL(inject("databaseUrl"));
  proxy = await startTcpProxy(server.hostname, Number(server.port));
  h = await startHarness({ production: true, proxyPort: proxy.port });
});
afterAll(async () => {
  await proxy.restore().catch(() => undefined);
  await h.close();
  await proxy.close();
});

async function actor(email: string): Promise<Actor> {
  const [row] = await h.db.query(
    "SELECT u.id, u.role, u.organism_id AS organismId, u.mandataire_id AS mandataireId, i.id AS instanceId, i.code, i.kind FROM app_user u LEFT JOIN instance i ON i.id = u.instance_id WHERE u.email = ?",
    [email],
  );
  return { userId: row.id, email, role: row.role, instanceId: row.instanceId, instanceCode: row.code, instanceKind: row.kind, organismId: row.organismId, mandataireId: row.mandataireId };
}

/** Runs an operation through Apollo as an already authenticated caller: the permission rules meet the database first. */
async function asAuthenticated(as: Actor, document: Parameters<typeof print>[0], variables: Record<string, unknown>) {
  const contextValue: RequestContext = { actor: as, clock: h.clock, db: h.db, memo: new RequestMemo() };
  const response = await h.app.apollo.executeOperation({ query: print(document), variables }, { contextValue });
  const result = response.body.kind === "single" ? response.body.singleResult : undefined;
  return { status: response.http.status, code: result?.errors?.[0]?.extensions?.code, message: result?.errors?.[0]?.message };
}

describe("an unavailable database answers 503 SERVICE_UNAVAILABLE on every path, never a refusal", () => {
  it("before, during and after an outage", async () => {
    const started = await h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.propreteDecider });
    const draft = started.data!.startContextualisation.id;
    const decider = await actor(DEMO.propreteDecider);
    const admin = await actor(DEMO.alphaAdmin);
    const token = { email: DEMO.propreteDecider };

    const lines: string[] = [];
    const restoreLogs = redirectLogs((line) => lines.push(line));
    await proxy.cut();
    try {
      const anonymous = await h.run("{ instances { code } }");
      expect([anonymous.status, errorCode(anonymous)]).toEqual([503, "SERVICE_UNAVAILABLE"]);
      expect(anonymous.errors![0].message).toMatch(/^Service momentanément indisponible/);

      const authenticated = await h.run(MeDocument, undefined, token);
      expect([authenticated.status, errorCode(authenticated)]).toEqual([503, "SERVICE_UNAVAILABLE"]);

      // Permitted callers whose permission rule reads the database: shield must not make a refusal of it.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const wording = await asAuthenticated(decider, SetWordingDocument, { contextualisation: draft, target: "2-2.1", text: "animer ;" });
        expect([wording.status, wording.code], wording.message).toEqual([503, "SERVICE_UNAVAILABLE"]);
        const organism = await asAuthenticated(admin, UpdateOrganismDocument, { siren: "812345676", input: { name: "Alpha" } });
        expect([organism.status, organism.code], organism.message).toEqual([503, "SERVICE_UNAVAILABLE"]);
      }

      expect((await fetch(h.url.replace("/graphql", "/health"))).status).toBe(503);
      expect((await fetch(h.url.replace("/graphql", "/ready"))).status).toBe(503);
    } finally {
      restoreLogs();
      await proxy.restore();
    }

    const logged = lines.map((line) => JSON.parse(line) as { msg: string; reqId?: string; level: number });
    const overHttp = logged.filter((line) => line.msg === "database unavailable" && line.reqId);
    expect(overHttp.length).toBeGreaterThanOrEqual(2);
    expect(logged.some((line) => line.msg === "database unreachable")).toBe(true);
    expect(logged.some((line) => line.msg === "internal error")).toBe(false);
    expect(lines.join("\n")).not.toContain(DEMO.propreteDecider);

    const back = await h.run(SetWordingDocument, { contextualisation: draft, target: "2-2.1", text: "animer ;" }, token);
    expect(back.errors).toBeUndefined();
    expect((await fetch(h.url.replace("/graphql", "/health"))).status).toBe(200);
  });
});
