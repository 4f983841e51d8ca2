import type { Db } from './sqlite';

/**
 * An import's write transaction, opened by hand rather than with db.transaction(): the import
 * yields to the event loop between batches (progress, cancel), which a synchronous transaction
 * function cannot. IMMEDIATE takes the write lock at once, so no other writer slips in between.
 */
export const writeTransaction = {
  begin: (db: Db): void => void db.exec('BEGIN IMMEDIATE'),
  commit: (db: Db): void => void db.exec('COMMIT'),
  /** Safe to call whether or not the transaction is still open (SQLite may have ended it itself). */
  rollback: (db: Db): void => {
    if (db.inTransaction) db.exec('ROLLBACK');
  },
};
