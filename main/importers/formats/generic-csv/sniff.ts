import type { InputEntry, InputSource } from '../../input';
import { decodeUtf8 } from '../../util/text';
import { sniffCsvRows } from '../contacts-shared/csv-rows';

export type Delimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

/** The separator the first line uses most, outside quotes; ',' when it has none. */
export function sniffDelimiter(firstLine: string): Delimiter {
  const counts = new Map<Delimiter, number>();
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && DELIMITERS.includes(char as Delimiter)) {
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
    }
  }
  let best: Delimiter = ',';
  for (const delimiter of DELIMITERS)
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Whether a row reads as column names: at least two, none empty, no repeats, short, and none a
 * number, a date, an e-mail or a URL (which would make it a data row of a header-less file).
 */
export function looksLikeHeader(fields: string[]): boolean {
  if (fields.length < 2) return false;
  const names = fields.map((f) => f.trim().toLowerCase());
  if (new Set(names).size !== names.length) return false;
  return names.every(
    (name) =>
      name.length > 0 &&
      name.length <= 80 &&
      /\p{L}/u.test(name) &&
      !name.includes('\ufffd') &&
      !/^[-+]?\d+([.,]\d+)?$/.test(name) &&
      !/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(name) &&
      !/@[\w-]+\./.test(name) &&
      !/^https?:\/\//.test(name),
  );
}

export interface SniffedCsv {
  entry: InputEntry;
  delimiter: Delimiter;
  header: string[];
  estimatedRows: number;
}

/**
 * The CSV file of an input, if its first row is a header and most rows are as wide: a lone file
 * whatever its name (detection reads content only), or a folder or ZIP holding that one file and
 * nothing else. Anything else (JSON, binary, several files, prose) is not ours.
 */
export async function sniffGenericCsv(input: InputSource): Promise<SniffedCsv | undefined> {
  const [entry, ...others] = input.entries;
  if (!entry || others.length > 0) return undefined;
  const head = await input.head(entry.path);
  const wholeFile = head.length >= entry.size;
  const text = decodeUtf8(head.subarray(0, 4096));
  if (/^\s*[[{]/.test(text)) return undefined;
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = sniffDelimiter(firstLine);
  const rows = await sniffCsvRows(head, wholeFile, Number.POSITIVE_INFINITY, delimiter);
  const [first, second] = rows;
  if (!first || !looksLikeHeader(first.fields)) return undefined;
  // A data row wider than the header means the first line was not its header.
  if (second && second.fields.length > first.fields.length) return undefined;
  // Content, not the name, says CSV: most rows fill more than half the header's columns (an
  // e-mail's `Date: Tue, 17 Nov 2009` reads as a two-column header, its next lines are one field).
  // Not all of them: Grailbird's data/csv files leave the last column out when it is empty.
  const data = rows.slice(1);
  const filled = data.filter((row) => row.fields.length * 2 > first.fields.length).length;
  if (filled * 2 < data.length) return undefined;
  const seen = rows.length - 1;
  const estimatedRows = wholeFile ? seen : Math.round((seen * entry.size) / Math.max(1, head.length));
  return { entry, delimiter, header: first.fields.map((f) => f.trim()), estimatedRows };
}
