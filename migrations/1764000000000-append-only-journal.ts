import type { MigrationInterface, QueryRunner } from "typeorm";

/** The journal is append-only: the database itself refuses to change or delete an entry. */
export class AppendOnlyJournal1764000000000 implements MigrationInterface {
  name = "AppendOnlyJournal1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry FOR EACH ROW
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_entry is append-only'`);
    await q.query(`CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry FOR EACH ROW
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_entry is append-only'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TRIGGER journal_entry_no_delete");
    await q.query("DROP TRIGGER journal_entry_no_update");
  }
}
