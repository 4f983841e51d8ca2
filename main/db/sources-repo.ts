import type { Db } from './sqlite';

export interface SourceRow {
  id: number;
  file_name: string;
  path: string;
  sha256: string;
  format: string;
  options_json: string;
  imported_at: string;
  captured_at: string | null;
  owner_account_id: number | null;
  summary_json: string;
}

/** The imports table: one row per import, with its summary. */
export class SourcesRepo {
  readonly findSame;
  readonly insert;
  readonly finish;
  readonly all;
  readonly byId;

  constructor(db: Db) {
    this.findSame = db.prepare<[string, string], SourceRow>(
      'SELECT * FROM sources WHERE sha256 = ? AND format = ? ORDER BY id LIMIT 1',
    );
    this.insert = db
      .prepare<[string, string, string, string, string, string], number>(
        `INSERT INTO sources(file_name, path, sha256, format, options_json, imported_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .pluck();
    this.finish = db.prepare<[string | null, number | null, string, number]>(
      'UPDATE sources SET captured_at = ?, owner_account_id = ?, summary_json = ? WHERE id = ?',
    );
    this.all = db.prepare<[], SourceRow>('SELECT * FROM sources ORDER BY id DESC');
    this.byId = db.prepare<[number], SourceRow>('SELECT * FROM sources WHERE id = ?');
  }
}
