import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { print } from "graphql";
import { type Connection, createConnection } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { JournalDocument, PublicDecisionsDocument, ReferentialDocument, StartContextualisationDocument } from "../generated/graphql";
import { createApp, type App } from "../../src/app/server";
import { signToken } from "../../src/common/auth/jwt";
import { readConfig } from "../../src/config";
import { DEMO, type Harness, startHarness } from "../support/harness";

/** DATABASE_READ_URL: a SELECT-only account stands for the replica, so that what goes through it can be told. */
let h: Harness;
let admin: Connection;
let app: App;
let url: string;
const user = `r_${randomBytes(4).toString("hex")}`;
let database: string;

beforeAll(async () => {
  h = await startHarness();
  const serverUrl = new URL(inject("databaseUrl"));
  admin = await createConnection({
    host: serverUrl.hostname,
    port: Number(serverUrl.port || 3306),
    user: decodeURIComponent(serverUrl.username),
    password: decodeURIComponent(serverUrl.password),
  });
  database = new URL(h.databaseUrl).pathname.slice(1);
  const password = randomBytes(12).toString("hex");
  await admin.query(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
  const [tables] = await admin.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ?`, [database]);
  for (const { name } of tables as { name: string }[]) await admin.query(`GRANT SELECT ON \`${database}\`.\`${name}\` TO '${user}'@'%'`);
  const readUrl = new URL(h.databaseUrl);
  readUrl.username = user;
  readUrl.password = password;
  app = await createApp(h.db, { ...readConfig({}), production: false, databaseReadUrl: readUrl.toString() }, h.clock);
  await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await app?.stop();
  await admin?.query(`DROP USER IF EXISTS '${user}'@'%'`);
  await admin?.end();
  await h?.close();
});

async function run(document: Parameters<typeof print>[0], variables: Record<string, unknown>, email?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (email) headers.authorization = `Bearer ${await signToken(email, h.secret)}`;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query: print(document), variables }) });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

describe("DATABASE_READ_URL: reporting reads from a replica, everything else on the primary", () => {
  it("reads the journal and the public decisions through the replica, and writes on the primary", async () => {
    const started = await run(StartContextualisationDocument, { context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT" }, DEMO.metallurgieDecider);
    expect(started.errors).toBeUndefined();
    const journal = await run(JournalDocument, { instance: "CPNE_METALLURGIE", first: 10 }, DEMO.certifProStaff);
    expect(journal.errors).toBeUndefined();
    expect(journal.data.journal.nodes.map((n: { action: string }) => n.action)).toContain("CONTEXTUALISATION_STARTED");
    expect((await run(PublicDecisionsDocument, {})).errors).toBeUndefined();
  });

  it("shows it is the replica that answers: without its right to read the journal, the journal fails and nothing else", async () => {
    await admin.query(`REVOKE SELECT ON \`${database}\`.\`journal_entry\` FROM '${user}'@'%'`);
    const journal = await run(JournalDocument, { instance: "CPNE_METALLURGIE", first: 10 }, DEMO.certifProStaff);
    expect(journal.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect((await run(ReferentialDocument, { certification: "CLEA_MANAGEMENT" })).errors).toBeUndefined();
    expect((await h.run(JournalDocument, { instance: "CPNE_METALLURGIE", first: 10 }, { email: DEMO.certifProStaff })).errors).toBeUndefined();
  });
});
