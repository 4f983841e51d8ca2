import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportFormatError } from '../../errors';
import { readLines } from '../../util/lines';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted field may carry it over several lines). */
  line: number;
  fields: string[];
  /**
   * Set on the file's last row when the file ends inside it, without a newline: it may be cut
   * off (see cut-row.ts; the reader knows the header's width, this function does not).
   */
  unterminated?: true;
}

export interface CsvReadOptions {
  delimiter?: string;
  /** Bytes of the file read so far, for progress. */
  onBytes?: (bytes: number) => void;
}

/** A row longer than this is not a contact or an account: more likely a binary file or a wrong delimiter. */
export const MAX_ROW_CHARS = 1_000_000;
const BATCH_CHARS = 64 * 1024;

interface ParsedRecord {
  info: { lines: number };
  record: string[];
}

function isParsedRecord(value: unknown): value is ParsedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { info, record } = value as { info?: unknown; record?: unknown };
  return (
    typeof info === 'object' &&
    info !== null &&
    typeof (info as { lines?: unknown }).lines === 'number' &&
    Array.isArray(record) &&
    record.every((field) => typeof field === 'string')
  );
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Streams the rows of a CSV file with csv-parse. Decoding goes through readLines (BOM, CRLF,
 * invalid UTF-8 as U+FFFD); quotes inside unquoted fields are kept as text (`Ann "A" B`), as
 * spreadsheets write them. Rows whose fields are all empty are passed over. A quoted field left
 * open at the end of the file, or a row too long to be one, is an ImportFormatError naming the line.
 * The last row is held back until the file ends, to mark it `unterminated` when no newline follows it.
 */
export async function* readCsvRows(
  stream: Readable,
  file: string,
  options: CsvReadOptions = {},
): AsyncGenerator<CsvRow> {
  let endsWithoutNewline = false;
  async function* text(): AsyncGenerator<string> {
    let batch = '';
    for await (const line of readLines(stream, options.onBytes)) {
      endsWithoutNewline = line.unterminated;
      batch += `${line.text}\n`;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  let parsedThrough = 0;
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    relax_quotes: true,
    relax_column_count: true,
    info: true,
    max_record_size: MAX_ROW_CHARS,
    // Errors can overtake records still buffered for the reader: track the parser's own position.
    on_record: (record, context) => {
      parsedThrough = context.lines;
      return record;
    },
  });
  // pipeline (not pipe) so that stopping early or failing closes the file too.
  pipeline(Readable.from(text()), parser, () => {});
  let lastLine = 0;
  let held: CsvRow | undefined;
  let heldIsLast = false;
  try {
    for await (const item of parser as AsyncIterable<unknown>) {
      if (!isParsedRecord(item)) continue;
      const line = lastLine + 1;
      lastLine = item.info.lines;
      heldIsLast = false;
      if (item.record.every((field) => field.trim() === '')) continue;
      if (held) yield held;
      held = { line, fields: item.record };
      heldIsLast = true;
    }
    if (held) yield heldIsLast && endsWithoutNewline ? { ...held, unterminated: true } : held;
  } catch (error) {
    const code = errorCode(error);
    const where = `line ${parsedThrough + 1}`;
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new ImportFormatError(
        file,
        where,
        'a quoted field opened on this line is never closed; the file may be cut off',
      );
    }
    if (code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportFormatError(
        file,
        where,
        `a row longer than ${MAX_ROW_CHARS} characters; this does not look like a CSV file`,
      );
    }
    if (code?.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE') {
      throw new ImportFormatError(file, where, `unreadable CSV (${(error as Error).message})`);
    }
    throw error;
  } finally {
    parser.destroy();
  }
}

/**
 * The first rows of a file from its head bytes, for detectors: [] for binary content (NUL bytes)
 * or what cannot be read as CSV. When the head is not the whole file its cut-off last line is dropped.
 */
export async function sniffCsvRows(
  head: Buffer,
  wholeFile: boolean,
  maxRows = 40,
  delimiter = ',',
): Promise<CsvRow[]> {
  if (head.includes(0)) return [];
  const end = wholeFile ? head.length : head.lastIndexOf(0x0a) + 1;
  if (end <= 0) return [];
  const rows: CsvRow[] = [];
  try {
    for await (const row of readCsvRows(Readable.from([head.subarray(0, end)]), 'head', { delimiter })) {
      rows.push(row);
      if (rows.length >= maxRows) break;
    }
  } catch (error) {
    if (!(error instanceof ImportFormatError)) throw error;
  }
  return rows;
}
