import type { Migration } from './types';

/**
 * The organisation the user says a prospect works for, when the bio does not say or says it
 * wrong ("Acme Logistics" for a bio of "building things"). Kept by the account's network and id,
 * not its row, so removing the import and importing it again keeps what the user set.
 */
export const migration008: Migration = {
  version: 8,
  name: 'prospect-organisations',
  up(db) {
    db.exec(`
      CREATE TABLE prospect_organisations (
        network      TEXT NOT NULL,
        external_id  TEXT NOT NULL,
        organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (network, external_id)
      ) WITHOUT ROWID;
    `);
  },
};
