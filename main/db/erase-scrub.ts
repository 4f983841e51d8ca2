import type { Db } from './sqlite';

// External-content FTS5 tables (migrations 002, 004): a 'delete' only adds a tombstone, the
// erased words stay in the index segments until they are rebuilt.
const FTS_TABLES = ['posts_fts', 'accounts_fts', 'notes_fts'];

/**
 * Runs a write with SQLite's secure_delete on, so the pages and cells it frees are zeroed
 * instead of left as they were (in the file and in the WAL frames it writes).
 */
export function withSecureDelete<T>(db: Db, write: () => T): T {
  const before = Number(db.pragma('secure_delete', { simple: true }));
  db.pragma('secure_delete = ON');
  try {
    return write();
  } finally {
    db.pragma(`secure_delete = ${before}`);
  }
}

/**
 * Makes the bytes of deleted rows go: the full-text indexes rebuilt from what the tables now
 * hold, the WAL copied into the file and truncated to nothing, and the file rewritten by VACUUM
 * (no free page or freed cell of the old file survives it), then the WAL truncated again.
 */
export function scrubFreedBytes(db: Db): void {
  withSecureDelete(db, () => {
    for (const table of FTS_TABLES) db.exec(`INSERT INTO ${table}(${table}) VALUES ('rebuild')`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  });
}
