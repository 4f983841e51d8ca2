import { ImportFormatError } from '../../errors';
import type { InputEntry, InputSource } from '../../input';
import { findCsvFiles, findHeaderRow, HEADER_SEARCH_ROWS, type CsvHeader } from './csv-entries';
import { readCsvRows, type CsvRow } from './csv-rows';
import { refuseCutRow } from './cut-row';
import type { ReadPace } from './pace';

/** What a contacts CSV reader looks for, for detection and for the error when it is missing. */
export interface ContactsCsvKind {
  isHeader: (names: string[]) => boolean;
  /** e.g. "LinkedIn Connections.csv header (First Name, Last Name, …, Connected On)". */
  headerDescription: string;
}

/** The files of an input a contacts reader reads: a lone file always (so a wrong one is reported), else matching CSVs. */
export async function contactsCsvEntries(input: InputSource, kind: ContactsCsvKind): Promise<InputEntry[]> {
  if (input.container === 'file') return [...input.entries];
  const found = await findCsvFiles(input, kind.isHeader);
  if (found.length === 0) {
    throw new ImportFormatError(input.displayName, undefined, `no CSV file with a ${kind.headerDescription}`);
  }
  return found.map((candidate) => candidate.entry);
}

/**
 * The data rows of one contacts CSV with its header, found by its names within the first rows
 * (LinkedIn's `Notes:` preamble comes before it). No header there is an ImportFormatError, and
 * so is a last row that looks cut off (cut-row.ts).
 */
export async function* rowsAfterHeader(
  input: InputSource,
  entry: InputEntry,
  kind: ContactsCsvKind,
  pace: ReadPace,
): AsyncGenerator<{ header: CsvHeader; row: CsvRow }> {
  let header: CsvHeader | undefined;
  const preamble: CsvRow[] = [];
  const stream = await input.open(entry.path);
  for await (const row of readCsvRows(stream, entry.path, { onBytes: pace.onBytes })) {
    if (!header) {
      preamble.push(row);
      header = findHeaderRow([row], kind.isHeader);
      if (!header && preamble.length >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    pace.tick();
    refuseCutRow(row, header.columns.length, entry.path);
    yield { header, row };
  }
  if (!header) {
    const lastLine = preamble[preamble.length - 1]?.line ?? 1;
    throw new ImportFormatError(entry.path, `lines 1–${lastLine}`, `no ${kind.headerDescription}`);
  }
  pace.fileDone(entry.size);
}
