import { ImportFormatError } from '../../errors';
import type { ReadContext } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { readLines } from '../../util/lines';
import { parseJsonLine } from '../x-api-shared/json-line';
import { asObject } from '../../util/json-shape';
import { listFromApiUrl, twarcMeta } from '../x-api-shared/list-context';
import { throwIfCancelled, type ByteProgress } from '../x-api-shared/reading';
import { recordsFromFlatLine } from '../x-api-shared/v2-flat';
import { recordsFromPage } from '../x-api-shared/v2-page';
import { readAs } from './line-shape';

/** Facts from the first line that says them, told once per import. */
export interface CaptureNotes {
  told: boolean;
}

/**
 * The records of one twarc2 file, line by line. A cut-off last line (a stream killed mid-write:
 * twarc2/streaming_output_with_error.jsonl) becomes a warning; a bad line anywhere else is an error.
 */
export async function* recordsFromTwarcFile(
  input: InputSource,
  entry: InputEntry,
  ctx: ReadContext,
  progress: ByteProgress,
  notes: CaptureNotes,
): AsyncGenerator<ImportRecord> {
  const file = entry.path;
  for await (const line of readLines(await input.open(file), (bytes) => progress.update(bytes))) {
    if (line.number % 1000 === 0) throwIfCancelled(ctx.signal);
    if (line.text.trim() === '') continue;
    const where = `line ${line.number}`;
    let parsed: unknown;
    try {
      parsed = parseJsonLine(line.text);
    } catch (error) {
      if (line.unterminated) {
        yield {
          type: 'warning',
          message: `The last line was cut off (the capture was probably stopped mid-write) and was left out; the ${line.number - 1} lines before it were imported.`,
          where: `${file}, ${where}`,
        };
        continue;
      }
      throw new ImportFormatError(file, where, `is not valid JSON (${(error as Error).message})`);
    }
    const object = asObject(parsed);
    const kind = object && readAs(object);
    if (!object || !kind) {
      throw new ImportFormatError(
        file,
        where,
        'is neither an API response page ({"data": …}) nor a flattened tweet or user ({"id": …, "text": …})',
      );
    }
    const meta = twarcMeta(object);
    const observedAt = parseDate(meta.retrievedAt);
    const list = listFromApiUrl(meta.url);
    if (!notes.told && meta.url) {
      notes.told = true;
      const owner = list && 'owner' in list ? list.owner : undefined;
      yield {
        type: 'source-info',
        ...(owner ? { owner } : {}),
        ...(observedAt ? { capturedAt: observedAt } : {}),
      };
    }
    const context = { file, where, observedAt, list };
    yield* kind === 'page' ? recordsFromPage(object, context) : recordsFromFlatLine(object, context);
  }
  progress.finishEntry(entry.size);
}
