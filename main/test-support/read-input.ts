import type { ReadContext } from '../importers/format';
import { openInput, type InputSource } from '../importers/input';
import type { ImportRecord } from '../importers/records';

/** A read context nobody cancels, with progress reported to `progress` when given (tests only). */
export function quietContext(progress: ReadContext['progress'] = () => {}): ReadContext {
  return { signal: new AbortController().signal, progress };
}

/** Opens a file or folder, reads it whole with `read` and closes it: the records, in order (tests only). */
export async function readInput(
  path: string,
  read: (input: InputSource) => AsyncIterable<ImportRecord>,
): Promise<ImportRecord[]> {
  const input = await openInput(path);
  try {
    const records: ImportRecord[] = [];
    for await (const record of read(input)) records.push(record);
    return records;
  } finally {
    input.close();
  }
}
