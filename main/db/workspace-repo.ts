import type { Db } from './sqlite';

/** Reads and writes the workspace_meta key/value table. */
export class WorkspaceMetaRepo {
  private readonly getStmt;
  constructor(db: Db) {
    this.getStmt = db.prepare<[string], string>('SELECT value FROM workspace_meta WHERE key = ?').pluck();
  }

  get(key: string): string | undefined {
    return this.getStmt.get(key);
  }
}

/** Row counts of every user table, for `stats` and for the status bar. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare<[], string>(
      `SELECT name FROM sqlite_schema
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'
       ORDER BY name`,
    )
    .pluck()
    .all();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
  }
  return counts;
}

/** Rows this connection has written since it opened: how a caller tells that a call wrote. */
export function changeCounter(db: Db): () => number {
  const statement = db.prepare<[], number>('SELECT total_changes()').pluck();
  return () => statement.get()!;
}
