import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type DocumentNode, print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createConnection } from "mysql2/promise";
import type { DataSource } from "typeorm";
import { inject } from "vitest";
import { createApp, type App } from "../../src/app/server";
import { signToken } from "../../src/common/auth/jwt";
import { SettableClock } from "../../src/common/clock";
import { createDataSource } from "../../src/app/data-source";
import { type Config, readConfig } from "../../src/config";
import { runSeeds } from "../../seeds";

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

/** A clock the tests can set; by default it tells the real date. */
export class TestClock extends SettableClock {}

export interface Harness {
  db: DataSource;
  /** The database's own URL, for another API process on it. */
  databaseUrl: string;
  clock: TestClock;
  url: string;
  app: App;
  secret: string;
  /** Runs an operation as a demo user (by e-mail), with a raw token, or anonymously. */
  run<T, V>(document: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, as?: { email?: string; token?: string }): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Run the API as NODE_ENV=production would (no introspection, no schema details in errors). */
  production?: boolean;
  /** Reach the database through this relay's port, so that a test can cut it. */
  proxyPort?: number;
  /** Load the demo accounts and organisms (default: yes). */
  demo?: boolean;
  /** Load the demo files in every state too (default: no; they take seconds). */
  samples?: boolean;
  /** Settings on top of the defaults (a byte budget, a refresh interval…). */
  config?: Partial<Config>;
}

/** A real server on a real, freshly migrated and seeded database of its own. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const serverUrl = new URL(inject("databaseUrl"));
  const database = `t_${randomBytes(6).toString("hex")}`;
  const admin = await createConnection({
    host: serverUrl.hostname,
    port: Number(serverUrl.port || 3306),
    user: decodeURIComponent(serverUrl.username),
    password: decodeURIComponent(serverUrl.password),
  });
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${database}`;
  if (options.proxyPort) {
    dbUrl.hostname = "127.0.0.1";
    dbUrl.port = String(options.proxyPort);
  }

  const db = createDataSource(dbUrl.toString());
  await db.initialize();
  await db.runMigrations({ transaction: "each" });
  await runSeeds(db, { demo: options.demo ?? true, samples: options.samples ?? false });

  const config = { ...readConfig({}), production: options.production ?? false, ...options.config };
  const clock = new TestClock();
  const app: App = await createApp(db, config, clock);
  await new Promise<void>((resolve) => app.http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
  const tokens = new Map<string, string>();

  return {
    db,
    databaseUrl: dbUrl.toString(),
    clock,
    url,
    app,
    secret: config.jwtSecret,
    async run(document, variables, as) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      let token = as?.token;
      if (!token && as?.email) {
        if (!tokens.has(as.email)) tokens.set(as.email, await signToken(as.email, config.jwtSecret));
        token = tokens.get(as.email);
      }
      if (token) headers.authorization = `Bearer ${token}`;
      const query = typeof document === "string" ? document : print(document);
      const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as GraphQLResult<never>;
      return { ...body, status: response.status };
    },
    async close() {
      await app.stop();
      await db.destroy();
      await admin.query(`DROP DATABASE \`${database}\``);
      await admin.end();
    },
  };
}

export const DEMO = {
  certifProDecider: "decideur@certifpro.demo",
  certifProStaff: "instructeur@certifpro.demo",
  certifProProvider: "prestataire@certifpro.demo",
  propreteDecider: "decideur@cpne-proprete.demo",
  propreteStaff: "instructeur@cpne-proprete.demo",
  propreteProvider: "prestataire@cpne-proprete.demo",
  metallurgieDecider: "decideur@cpne-metallurgie.demo",
  alphaAdmin: "admin@organisme-alpha.demo",
  betaAdmin: "admin@organisme-beta.demo",
  gammaMandataire: "mandataire@conseil-gamma.demo",
} as const;

export function errorCode(result: { errors?: { extensions?: { code?: unknown } }[] }): string | undefined {
  const code = result.errors?.[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}
