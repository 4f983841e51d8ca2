import type { ImportSourceDto, ImportSummaryDto } from '../../common/dto';
import type { Db } from './sqlite';

/** One import as stored, in the names the rest of the core uses. */
export interface SourceRow {
  id: number;
  fileName: string;
  path: string;
  sha256: string;
  format: string;
  optionsJson: string;
  importedAt: string;
  capturedAt: string | null;
  ownerAccountId: number | null;
  summaryJson: string;
}

/** The columns as SourceRow names them, from the table aliased `s`. */
const COLUMNS = `s.id, s.file_name AS fileName, s.path, s.sha256, s.format, s.options_json AS optionsJson,
  s.imported_at AS importedAt, s.captured_at AS capturedAt, s.owner_account_id AS ownerAccountId,
  s.summary_json AS summaryJson`;

export interface NewSource {
  fileName: string;
  origin: string;
  sha256: string;
  format: string;
  optionsJson: string;
}

/** The imports table: one row per import, with its summary. */
export class SourcesRepo {
  constructor(private readonly db: Db) {}

  /** The earlier import of the same bytes read as the same format, if any. */
  findSame(sha256: string, format: string): SourceRow | undefined {
    return this.db
      .prepare<[string, string], SourceRow>(
        `SELECT ${COLUMNS} FROM sources s WHERE sha256 = ? AND format = ? ORDER BY id LIMIT 1`,
      )
      .get(sha256, format);
  }

  fileName(id: number): string | undefined {
    return this.db.prepare<[number], string>('SELECT file_name FROM sources WHERE id = ?').pluck().get(id);
  }

  exists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined;
  }

  /** Starts an import's row; `finish` completes it once the records are written. */
  insert(source: NewSource, importedAt: string): number {
    return this.db
      .prepare<[string, string, string, string, string, string], number>(
        `INSERT INTO sources(file_name, path, sha256, format, options_json, imported_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .pluck()
      .get(source.fileName, source.origin, source.sha256, source.format, source.optionsJson, importedAt)!;
  }

  finish(id: number, capturedAt: string | null, ownerAccountId: number | null, summary: unknown): void {
    this.db
      .prepare('UPDATE sources SET captured_at = ?, owner_account_id = ?, summary_json = ? WHERE id = ?')
      .run(capturedAt, ownerAccountId, JSON.stringify(summary), id);
  }

  /** Every import, newest first, as the Imports view lists them. */
  list(): ImportSourceDto[] {
    const rows = this.db
      .prepare<[], SourceRow & { ownerHandle: string | null; ownerExternalId: string | null }>(
        `SELECT ${COLUMNS}, a.handle AS ownerHandle, a.external_id AS ownerExternalId
         FROM sources s LEFT JOIN accounts a ON a.id = s.owner_account_id ORDER BY s.id DESC`,
      )
      .all();
    return rows.map((row) => {
      const summary = JSON.parse(row.summaryJson) as Partial<ImportSummaryDto>;
      const owner = row.ownerHandle ? `@${row.ownerHandle}` : row.ownerExternalId;
      return {
        id: row.id,
        fileName: row.fileName,
        path: row.path,
        format: row.format,
        formatLabel: summary.formatLabel ?? row.format,
        importedAt: row.importedAt,
        capturedAt: row.capturedAt,
        owner: owner ?? null,
        summary: summary.added ? (summary as ImportSummaryDto) : null,
      };
    });
  }
}
