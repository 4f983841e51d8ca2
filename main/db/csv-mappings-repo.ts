import type { Db } from './sqlite';

/** Column mappings the user chose, remembered per header shape so the next such file needs none. */
export class CsvMappingsRepo {
  constructor(private readonly db: Db) {}

  get(shape: string): unknown {
    const json = this.db
      .prepare<[string], string>('SELECT mapping_json FROM csv_mappings WHERE header_shape = ?')
      .pluck()
      .get(shape);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  }

  remember(shape: string, mapping: unknown): void {
    this.db
      .prepare(
        `INSERT INTO csv_mappings(header_shape, mapping_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(header_shape) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
      )
      .run(shape, JSON.stringify(mapping), new Date().toISOString());
  }
}
