import type { Migration } from './types';

/**
 * Lets an import index the accounts it creates in one pass instead of one trigger call per row
 * (a trigger-maintained accounts_fts was about half of the time an import spent writing an
 * account). While a row sits in accounts_fts_deferred, which only an import's own transaction
 * ever holds, the triggers leave accounts above its id alone; the import indexes exactly those
 * rows and deletes the row before it commits. Every other writer is indexed by trigger as before.
 */
export const migration003: Migration = {
  version: 3,
  name: 'accounts-fts-deferred',
  up(db) {
    db.exec(`
      CREATE TABLE accounts_fts_deferred (
        above_id INTEGER NOT NULL
      );

      DROP TRIGGER accounts_fts_insert;
      DROP TRIGGER accounts_fts_delete;
      DROP TRIGGER accounts_fts_update;
      CREATE TRIGGER accounts_fts_insert AFTER INSERT ON accounts
      WHEN NOT EXISTS (SELECT 1 FROM accounts_fts_deferred d WHERE new.id > d.above_id) BEGIN
        INSERT INTO accounts_fts(rowid, handle, name, bio) VALUES (new.id, new.handle, new.name, new.bio);
      END;
      CREATE TRIGGER accounts_fts_delete AFTER DELETE ON accounts
      WHEN NOT EXISTS (SELECT 1 FROM accounts_fts_deferred d WHERE old.id > d.above_id) BEGIN
        INSERT INTO accounts_fts(accounts_fts, rowid, handle, name, bio) VALUES ('delete', old.id, old.handle, old.name, old.bio);
      END;
      CREATE TRIGGER accounts_fts_update AFTER UPDATE OF handle, name, bio ON accounts
      WHEN NOT EXISTS (SELECT 1 FROM accounts_fts_deferred d WHERE old.id > d.above_id) BEGIN
        INSERT INTO accounts_fts(accounts_fts, rowid, handle, name, bio) VALUES ('delete', old.id, old.handle, old.name, old.bio);
        INSERT INTO accounts_fts(rowid, handle, name, bio) VALUES (new.id, new.handle, new.name, new.bio);
      END;
    `);
  },
};
