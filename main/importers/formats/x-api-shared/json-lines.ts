import { ImportFormatError } from '../../errors';
import type { ImportRecord } from '../../records';
import { readLines } from '../../util/lines';
import { parseJsonLine } from './json-line';
import { throwIfCancelled, type EntryReading } from './reading';

/**
 * The records of one JSON Lines entry: each non-blank line parsed (bare ids above 2^53 keep every
 * digit) and handed to `recordsFromLine` with its place ("line 12"). A cut-off last line (the tool
 * was stopped mid-write: twarc2/streaming_output_with_error.jsonl) is left out with a warning; a
 * bad line anywhere else is an error. `what` names the file for the warning: "capture", "scrape".
 */
export async function* readJsonLines(
  { input, entry, signal, onBytes }: EntryReading,
  what: string,
  recordsFromLine: (value: unknown, where: string) => Iterable<ImportRecord>,
): AsyncGenerator<ImportRecord> {
  const file = entry.path;
  let complete = 0;
  for await (const line of readLines(await input.open(file), onBytes)) {
    if (line.number % 1000 === 0) throwIfCancelled(signal);
    if (line.text.trim() === '') continue;
    const where = `line ${line.number}`;
    let value: unknown;
    try {
      value = parseJsonLine(line.text);
    } catch (error) {
      // A cut-off first record leaves nothing that was read whole: that is a damaged file.
      if (line.unterminated && complete === 0) {
        throw new ImportFormatError(
          file,
          where,
          'the file ends in the middle of its first record: it looks cut off. Export it again.',
        );
      }
      if (line.unterminated) {
        yield {
          type: 'warning',
          message: `The last line was cut off (the ${what} was probably stopped mid-write) and was left out; the ${line.number - 1} lines before it were imported.`,
          where: `${file}, ${where}`,
        };
        continue;
      }
      throw new ImportFormatError(file, where, `is not valid JSON (${(error as Error).message})`);
    }
    complete += 1;
    yield* recordsFromLine(value, where);
  }
}
