import type { Migration } from './types';

/**
 * "Never import again" (issue 14): an erased account or person an import must skip. Kept only as
 * a salted SHA-256 of the network and the id (the salt is the workspace's own, in
 * workspace_meta 'suppression_salt'), never a name or handle, so the table does not say whom the
 * user erased.
 */
export const migration011: Migration = {
  version: 11,
  name: 'suppression',
  up(db) {
    db.exec(`
      CREATE TABLE suppressed_accounts (
        hash          TEXT PRIMARY KEY,
        suppressed_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
