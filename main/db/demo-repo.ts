import type { Db } from './sqlite';

/** The demo pursuit's mark (workspace_meta 'demo'), and the lookups its set-up needs. */
export class DemoRepo {
  constructor(private readonly db: Db) {}

  markDemo(version: string): void {
    this.db
      .prepare(
        `INSERT INTO workspace_meta(key, value) VALUES ('demo', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(version);
  }

  isDemo(): boolean {
    return this.db.prepare(`SELECT 1 FROM workspace_meta WHERE key = 'demo'`).get() !== undefined;
  }

  personId(sourceKey: string): number | undefined {
    return this.db
      .prepare<[string], number>('SELECT id FROM people WHERE source_key = ?')
      .pluck()
      .get(sourceKey);
  }
}
