import { ImportFormatError } from '../../errors';
import type { Detection, FormatId, ReadContext, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord, Relationship } from '../../records';
import {
  findCsvFiles,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  type CsvCandidate,
  type CsvHeader,
} from './csv-entries';
import { readCsvRows, type CsvRow } from './csv-rows';
import { refuseCutRow } from './cut-row';
import { ReadPace } from './pace';
import { SourceKeys } from './person';

/** What a contacts CSV reader looks for, for detection and for the error when it is missing. */
export interface ContactsCsvHeader {
  isHeader: (names: string[]) => boolean;
  /** e.g. "LinkedIn Connections.csv header (First Name, Last Name, …, Connected On)". */
  headerDescription: string;
}

/** A contacts CSV format: its header, and how it reads a file's columns. */
export interface ContactsCsvKind<Columns> extends ContactsCsvHeader {
  /** Where each column is, from the header row as written. */
  columns: (header: string[]) => Columns;
  /** The format's own check that a row is not cut off, beyond the field count (LinkedIn's Connected On). */
  refuseCut?: (row: CsvRow, columns: Columns, previous: CsvRow | undefined, file: string) => void;
}

/** A contacts CSV detection: about how many people (`noun`: "contact", "connection"), in how many files. */
export function contactsDetection(
  format: FormatId,
  label: string,
  noun: string,
  files: readonly CsvCandidate[],
): Detection {
  const rows = files.reduce((sum, file) => sum + file.estimatedRows, 0);
  const inFiles = files.length > 1 ? ` in ${files.length} files` : '';
  return {
    format,
    label,
    summary: `About ${rows} ${noun}${rows === 1 ? '' : 's'}${inFiles}.`,
    needs: { relationship: true },
    estimatedRecords: rows,
  };
}

/** The files of an input a contacts reader reads: a lone file always (so a wrong one is reported), else matching CSVs. */
export async function contactsCsvEntries(input: InputSource, kind: ContactsCsvHeader): Promise<InputEntry[]> {
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
  kind: ContactsCsvHeader,
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

/** What a contacts reader needs to make a person of one row. */
export interface ContactRowContext<Columns> {
  file: string;
  columns: Columns;
  /** Source keys handed out so far in this file: a contact repeated within it is left out. */
  keys: SourceKeys;
  relationship?: Relationship;
}

/**
 * The records of every contacts CSV of an input (contactsCsvEntries), one per data row: a row with
 * more fields than the header is left out, the others are made people by `personOf`. Cancellation
 * and progress are checked as rows go (ReadPace).
 */
export async function* readContactsCsv<Columns>(
  input: InputSource,
  options: ReadOptions,
  ctx: ReadContext,
  kind: ContactsCsvKind<Columns>,
  personOf: (row: CsvRow, context: ContactRowContext<Columns>) => ImportRecord,
): AsyncGenerator<ImportRecord> {
  const entries = await contactsCsvEntries(input, kind);
  const pace = new ReadPace(
    ctx,
    entries.reduce((sum, e) => sum + e.size, 0),
  );
  for (const entry of entries) {
    const file = entry.path;
    const keys = new SourceKeys();
    let columns: Columns | undefined;
    let previous: CsvRow | undefined;
    for await (const { header, row } of rowsAfterHeader(input, entry, kind, pace)) {
      columns ??= kind.columns(header.columns);
      kind.refuseCut?.(row, columns, previous, file);
      previous = row;
      if (row.fields.length > header.columns.length) {
        yield {
          type: 'skip',
          reason: `row has ${row.fields.length} fields where the header has ${header.columns.length}`,
          where: `${file}, line ${row.line}`,
        };
        continue;
      }
      yield personOf(row, { file, columns, keys, relationship: options.relationship });
    }
  }
}
