import { randomBytes } from "node:crypto";
import { createConnection } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MeDocument } from "../generated/graphql";
import { signToken } from "../../src/common/auth/jwt";
import { createDataSource } from "../../src/app/data-source";
import { migrations } from "../../migrations";
import { NormalisedUserEmails1764050000000 } from "../../migrations/1764050000000-normalised-user-emails";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(async () => h.close());

describe("a token's subject matches a user exactly", () => {
  it("the stored e-mail logs in; a case or space variant does not", async () => {
    expect((await h.run(MeDocument, undefined, { email: DEMO.certifProDecider })).data!.me.email).toBe(DEMO.certifProDecider);
    for (const variant of ["DECIDEUR@CERTIFPRO.DEMO ", "decideur@certifpro.demo ", " decideur@certifpro.demo", "Decideur@certifpro.demo"]) {
      const result = await h.run(MeDocument, undefined, { token: await signToken(variant, h.secret) });
      expect(result.status, variant).toBe(401);
      expect(errorCode(result), variant).toBe("UNAUTHENTICATED");
    }
  });

  it("the database refuses an e-mail that is not in its normal form", async () => {
    for (const email of ["Nouveau@certifpro.demo", "nouveau@certifpro.demo ", "nou veau@certifpro.demo"]) {
      await expect(
        h.db.query("INSERT INTO app_user (email, display_name, role, instance_id) VALUES (?, 'Nouveau', 'STAFF', NULL)", [email]),
        email,
      ).rejects.toThrow(/ck_user_email_normalised/);
    }
  });
});

describe("the migration normalises the e-mails already stored", () => {
  const serverUrl = new URL(inject("databaseUrl"));
  const database = `t_${randomBytes(6).toString("hex")}`;
  let admin: Awaited<ReturnType<typeof createConnection>>;

  beforeAll(async () => {
    admin = await createConnection({ host: serverUrl.hostname, port: Number(serverUrl.port), user: decodeURIComponent(serverUrl.username), password: decodeURIComponent(serverUrl.password) });
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE \`${database}\``);
    await admin.end();
  });

  const dataSource = (count: number) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    const db = createDataSource(url.toString());
    db.setOptions({ migrations: migrations.slice(0, count) });
    return db;
  };

  it("lower-cases and trims each address, then guards the column", async () => {
    const normalising = migrations.indexOf(NormalisedUserEmails1764050000000);
    const before = dataSource(normalising);
    await before.initialize();
    await before.runMigrations({ transaction: "each" });
    await before.query(
      "INSERT INTO app_user (email, display_name, role) VALUES (' Decideur@CertifPro.DEMO', 'A', 'STAFF'), ('instructeur@certifpro.demo\\t', 'B', 'STAFF'), ('ok@certifpro.demo', 'C', 'STAFF')",
    );
    await before.destroy();

    const after = dataSource(normalising + 1);
    await after.initialize();
    await after.runMigrations({ transaction: "each" });
    const rows: { email: string }[] = await after.query("SELECT email FROM app_user ORDER BY id");
    expect(rows.map((row) => row.email)).toEqual(["decideur@certifpro.demo", "instructeur@certifpro.demo", "ok@certifpro.demo"]);
    await expect(after.query("UPDATE app_user SET email = 'OK@certifpro.demo' WHERE email = 'ok@certifpro.demo'")).rejects.toThrow(/ck_user_email_normalised/);
    await after.destroy();
  });
});
