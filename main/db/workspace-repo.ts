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

/**
 * The overview's people figures, which no table count gives: contacts (the user's own person not
 * counted), contacts linked to an account (confirmed), and link suggestions waiting for review.
 */
export function peopleCounts(db: Db): {
  contacts: number;
  contacts_linked: number;
  link_suggestions: number;
} {
  return db
    .prepare<[], { contacts: number; contacts_linked: number; link_suggestions: number }>(
      `SELECT
         (SELECT count(*) FROM people WHERE relationship != 'me') AS contacts,
         (SELECT count(DISTINCT pa.person_id) FROM person_accounts pa JOIN people p ON p.id = pa.person_id
          WHERE pa.status = 'confirmed' AND p.relationship != 'me') AS contacts_linked,
         (SELECT count(*) FROM person_accounts WHERE status = 'suggested') AS link_suggestions`,
    )
    .get()!;
}

/** Rows this connection has written since it opened: how a caller tells that a call wrote. */
export function changeCounter(db: Db): () => number {
  const statement = db.prepare<[], number>('SELECT total_changes()').pluck();
  return () => statement.get()!;
}
