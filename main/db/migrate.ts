import type { Db } from './sqlite';
import type { Migration } from './migrations/types';
import { migrations as allMigrations } from './migrations';

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies every migration above the file's user_version in a single transaction: a failure
 * leaves the file exactly at the version it had.
 */
export function migrate(db: Db, migrations: readonly Migration[] = allMigrations): number {
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return from;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}
