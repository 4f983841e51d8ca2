import type { ImportFormat, ReadOptions } from '../importers/format';
import { openInput } from '../importers/input';
import type { ImportRecord } from '../importers/records';

/** Reads a whole input with one format and returns its records grouped by type (tests only). */
export async function collectRecords(format: ImportFormat, path: string, options: ReadOptions = {}) {
  const input = await openInput(path);
  try {
    const records: ImportRecord[] = [];
    const ctx = { signal: new AbortController().signal, progress: () => {} };
    for await (const record of format.read(input, options, ctx)) records.push(record);
    const of = <T extends ImportRecord['type']>(type: T) =>
      records.filter((r): r is Extract<ImportRecord, { type: T }> => r.type === type);
    return { records, of };
  } finally {
    input.close();
  }
}
