import { parse } from 'csv-parse/sync';

/** Rows, distinct ids and distinct authors of a whole small file (it fits in the detector's head). */
export function countRows(whole: Buffer): { rows: number; ids: number; authors: number } | undefined {
  try {
    const rows = parse(whole, { bom: true, columns: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    const ids = new Set(rows.map((r) => r['id']).filter(Boolean));
    const authors = new Set(rows.map((r) => r['author_id'] ?? r['author.id']).filter(Boolean));
    return { rows: rows.length, ids: ids.size, authors: authors.size };
  } catch {
    return undefined;
  }
}
