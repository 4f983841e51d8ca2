import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { ImportFormatError } from '../../errors';
import { cutRowError, cutRowProblem } from '../contacts-shared/cut-row';

/** One data row by column name, with the line it ends on and its 1-based number among the rows. */
export interface TableRow {
  record: Record<string, string>;
  /** Line the row ends on (a quoted cell may span lines). */
  line: number;
  number: number;
}

function csvProblem(file: string, error: unknown): ImportFormatError {
  const csv = error as CsvError;
  const line = typeof csv.lines === 'number' ? `line ${csv.lines}` : undefined;
  return new ImportFormatError(file, line, `is not readable CSV (${csv.message})`);
}

/**
 * The data rows of a CSV file with a header row, by column name. A row whose field count is not
 * the header's is an ImportFormatError naming its line; when it is the last row and the file ends
 * without a newline, the error says the file looks cut off (so does a character cut in half
 * there). The last row is held back until the end of the file to know that.
 */
export async function* tableRows(stream: Readable, file: string): AsyncGenerator<TableRow> {
  let lastByte: number | undefined;
  stream.on('data', (chunk: Buffer) => {
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1];
  });
  const parser = stream.pipe(
    parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true }),
  );
  stream.on('error', (error) => parser.destroy(error));
  let header: string[] | undefined;
  let held: { fields: string[]; line: number; number: number } | undefined;
  const checked = (row: { fields: string[]; line: number; number: number }, last: boolean): TableRow => {
    const fields = row.fields;
    const width = header!.length;
    if (last && lastByte !== 0x0a && lastByte !== 0x0d) {
      const problem = cutRowProblem(fields, width);
      if (problem) throw cutRowError(file, row.line, problem);
    }
    if (fields.length !== width) {
      throw new ImportFormatError(
        file,
        `line ${row.line}`,
        `the row has ${fields.length} fields where the header has ${width}`,
      );
    }
    // fromEntries defines properties, so a column named __proto__ stays a plain key.
    const record = Object.fromEntries(header!.map((name, index) => [name, fields[index]!]));
    return { record, line: row.line, number: row.number };
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; records: number };
    }>) {
      if (!header) {
        header = record;
        continue;
      }
      if (held) yield checked(held, false);
      held = { fields: record, line: info.lines, number: info.records - 1 };
    }
    if (held) yield checked(held, true);
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw csvProblem(file, error);
  } finally {
    stream.destroy();
  }
}
