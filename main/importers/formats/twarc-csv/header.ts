import { parse } from 'csv-parse/sync';
import { decodeUtf8 } from '../../util/text';

/** What a twarc-csv file holds: one post per row, or one account per row (`--input-data-type users`). */
export type CsvContent = 'tweets' | 'users';

/** twarc-csv's dotted-path columns; generic contact CSVs have none of them. */
const TWARC_COLUMN = /^(public_metrics|author|__twarc|referenced_tweets|entities)\.|^referenced_tweets$/;

/** The header row's column names, from the first line of a file's head; undefined if it is not CSV. */
export function headerColumns(head: Buffer): string[] | undefined {
  const firstLine = decodeUtf8(head).split('\n', 1)[0]?.replace(/\r$/, '');
  if (!firstLine) return undefined;
  try {
    const [row] = parse(firstLine, { to_line: 1 }) as string[][];
    return row?.map((name) => name.trim());
  } catch {
    return undefined;
  }
}

/** Tweets or users when the columns are twarc-csv's, by their characteristic names. */
export function csvContent(columns: readonly string[]): CsvContent | undefined {
  const has = (name: string) => columns.includes(name);
  if (!has('id') || !columns.some((c) => TWARC_COLUMN.test(c))) return undefined;
  if (has('text') && (has('author_id') || has('author.id'))) return 'tweets';
  if (!has('text') && has('username') && (has('public_metrics.followers_count') || has('__twarc.url')))
    return 'users';
  return undefined;
}
