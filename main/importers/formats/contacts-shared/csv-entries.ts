import type { InputEntry, InputSource } from '../../input';
import { sniffCsvRows, type CsvRow } from './csv-rows';

/** Column names compared without case, surrounding spaces, a stray BOM or doubled spaces. */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Where a file's header row is and what it holds. */
export interface CsvHeader {
  /** 1-based line of the header row. */
  line: number;
  /** The column names as written. */
  columns: string[];
}

/** The first row within `rows` that `isHeader` accepts (normalized names), preamble rows passed over. */
export function findHeaderRow(rows: CsvRow[], isHeader: (names: string[]) => boolean): CsvHeader | undefined {
  for (const row of rows) {
    if (isHeader(row.fields.map(normalizeColumnName))) return { line: row.line, columns: row.fields };
  }
  return undefined;
}

/** How many rows a detector looks at to find a header (LinkedIn puts a 3-line preamble first). */
export const HEADER_SEARCH_ROWS = 20;

export interface CsvCandidate {
  entry: InputEntry;
  header: CsvHeader;
  /** Data rows after the header: exact when the head was the whole file, else scaled from the head. */
  estimatedRows: number;
}

const MAX_CANDIDATES = 50;

/**
 * The CSV files of an input whose header `isHeader` accepts: a lone file whatever its name, or the
 * `.csv` entries of a folder or ZIP (a LinkedIn data export holds many CSVs beside Connections.csv).
 * Cheap: at most 50 heads of 64 KB.
 */
export async function findCsvFiles(
  input: InputSource,
  isHeader: (names: string[]) => boolean,
): Promise<CsvCandidate[]> {
  const entries =
    input.container === 'file'
      ? input.entries
      : input.entries.filter((e) => /\.csv$/i.test(e.path)).slice(0, MAX_CANDIDATES);
  const found: CsvCandidate[] = [];
  for (const entry of entries) {
    const head = await input.head(entry.path);
    const wholeFile = head.length >= entry.size;
    const rows = await sniffCsvRows(head, wholeFile, Number.POSITIVE_INFINITY);
    const header = findHeaderRow(rows.slice(0, HEADER_SEARCH_ROWS), isHeader);
    if (!header) continue;
    const seen = rows.filter((r) => r.line > header.line).length;
    const estimatedRows = wholeFile ? seen : Math.round((seen * entry.size) / Math.max(1, head.length));
    found.push({ entry, header, estimatedRows });
  }
  return found;
}
