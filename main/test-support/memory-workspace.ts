import Database from 'better-sqlite3';
import { migrate } from '../db/migrate';
import { SourcesRepo } from '../db/sources-repo';
import type { Db } from '../db/sqlite';

/** A migrated workspace in memory, with foreign keys enforced as the app opens its files. */
export function memoryWorkspace(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

let imports = 0;

/** A row for one import, so written rows have a source to point back to. */
export function addImport(db: Db, fileName = 'followers.js'): number {
  imports += 1;
  return new SourcesRepo(db).insert(
    {
      fileName,
      origin: `/tmp/${fileName}`,
      sha256: `sha-${imports}`,
      format: 'x-archive',
      optionsJson: '{}',
    },
    new Date(Date.UTC(2026, 0, imports)).toISOString(),
  );
}
