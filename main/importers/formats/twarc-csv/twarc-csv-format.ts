import { AppError } from '../../../../common/errors';
import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat, ReadContext, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { listFromApiUrl, twarcMeta } from '../x-api-shared/list-context';
import {
  checkEveryEntry,
  readDataEntries,
  throwIfCancelled,
  type EntryReading,
} from '../x-api-shared/reading';
import { textIsJsonEncoded, unflattenRow } from './cells';
import { csvContent, headerColumns, type CsvContent } from './header';
import { countRows } from './count-rows';
import { recordsFromTweetRow, recordsFromUserRow } from './row-records';
import { tableRows } from './table-rows';

const LABEL = 'twarc-csv (CSV)';
const HEAD_BYTES = 64 * 1024;

interface Found {
  content: CsvContent;
  counts?: { rows: number; ids: number; authors: number };
}

async function sniffEntry(input: InputSource, entry: InputEntry): Promise<Found | null> {
  const head = await input.head(entry.path, HEAD_BYTES);
  const columns = headerColumns(head);
  const content = columns && csvContent(columns);
  if (!content) return null;
  return entry.size <= head.length ? { content, counts: countRows(head) } : { content };
}

function describe(found: Found): string {
  const counts = found.counts;
  if (found.content === 'users') return counts ? `${counts.ids} accounts` : 'accounts, one per row';
  return counts ? `${counts.ids} posts by ${counts.authors} accounts` : 'posts, one per row';
}

async function detect(input: InputSource): Promise<Detection | null> {
  const results = await checkEveryEntry(input, (entry) => sniffEntry(input, entry));
  if (!results) return null;
  const summary =
    results.length === 1
      ? describe(results[0]!.found)
      : `${results.length} files: ${describe(results[0]!.found)}, …`;
  const counted = results.every((r) => r.found.counts);
  return {
    format: 'twarc-csv',
    label: LABEL,
    summary,
    needs: {},
    ...(counted ? { estimatedRecords: results.reduce((n, r) => n + r.found.counts!.rows, 0) } : {}),
  };
}

async function* recordsFromCsvFile(
  { input, entry, signal, onBytes }: EntryReading,
  told: { capture: boolean },
): AsyncGenerator<ImportRecord> {
  const file = entry.path;
  const stream = await input.open(file);
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => onBytes((bytes += chunk.length)));
  let content: CsvContent | undefined;
  let jsonText: boolean | undefined;
  let referenceColumns = false;
  let at: string | undefined;
  try {
    for await (const { record, line, number } of tableRows(stream, file)) {
      at = `line ${line}`;
      if (content === undefined) {
        const columns = Object.keys(record);
        content = csvContent(columns);
        if (!content) {
          throw new ImportFormatError(
            file,
            'line 1',
            'the header lacks twarc-csv columns (id, text, author_id, author.username, …)',
          );
        }
        jsonText = textIsJsonEncoded(record['text']);
        referenceColumns = columns.some((c) => c.startsWith('referenced_tweets'));
      }
      if (number % 1000 === 0) throwIfCancelled(signal);
      const row = unflattenRow(record, jsonText ?? false);
      const meta = twarcMeta(row);
      const observedAt = parseDate(meta.retrievedAt);
      const list = listFromApiUrl(meta.url);
      if (!told.capture && observedAt) {
        told.capture = true;
        const owner = list && 'owner' in list ? list.owner : undefined;
        yield { type: 'source-info', capturedAt: observedAt, ...(owner ? { owner } : {}) };
      }
      const context = { where: `${file}, line ${line}`, observedAt, list, referenceColumns };
      yield* content === 'tweets' ? recordsFromTweetRow(row, context) : recordsFromUserRow(row, context);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new ImportFormatError(file, at, `is not readable (${(error as Error).message})`);
  } finally {
    stream.destroy();
  }
  if (content === undefined) throw new ImportFormatError(file, undefined, 'is empty');
}

function read(input: InputSource, _options: ReadOptions, ctx: ReadContext): AsyncIterable<ImportRecord> {
  const told = { capture: false };
  return readDataEntries(input, ctx, (reading) => recordsFromCsvFile(reading, told));
}

/** twarc-csv output: one post (or account) per row, in dotted-path columns. */
export const twarcCsvFormat: ImportFormat = {
  id: 'twarc-csv',
  label: LABEL,
  detect,
  read,
};
