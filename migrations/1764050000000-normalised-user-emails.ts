import type { MigrationInterface, QueryRunner } from "typeorm";

const NORMALISED = "LOWER(REGEXP_REPLACE(email, '^[[:space:]]+|[[:space:]]+$', ''))";

/**
 * A user's e-mail is stored once in its normal form (trimmed, lower case) and the database refuses any other, so
 * that a token's subject is compared with it byte for byte.
 */
export class NormalisedUserEmails1764050000000 implements MigrationInterface {
  name = "NormalisedUserEmails1764050000000";

  async up(q: QueryRunner): Promise<void> {
    const clashes: { ids: string }[] = await q.query(
      `SELECT GROUP_CONCAT(id ORDER BY id) AS ids FROM app_user GROUP BY ${NORMALISED} HAVING COUNT(*) > 1`,
    );
    if (clashes.length > 0) {
      throw new Error(`Users ${clashes.map((c) => c.ids).join("; ")} would share one e-mail once normalised: merge them, then migrate.`);
    }
    await q.query(`UPDATE app_user SET email = ${NORMALISED} WHERE CAST(email AS BINARY) <> CAST(${NORMALISED} AS BINARY)`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT ck_user_email_normalised
      CHECK (CAST(email AS BINARY) = CAST(LOWER(TRIM(email)) AS BINARY) AND email NOT RLIKE '[[:space:]]')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE app_user DROP CONSTRAINT ck_user_email_normalised");
  }
}
