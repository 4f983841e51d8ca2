import { ImportFormatError } from '../../errors';
import type { ImportRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { asObject } from '../../util/json-shape';
import { readJsonLines } from '../x-api-shared/json-lines';
import { listFromApiUrl, twarcMeta } from '../x-api-shared/list-context';
import type { EntryReading } from '../x-api-shared/reading';
import { recordsFromFlatLine } from '../x-api-shared/v2-flat';
import { recordsFromPage } from '../x-api-shared/v2-page';
import { readAs } from './line-shape';

/** Facts from the first line that says them, told once per import. */
export interface CaptureNotes {
  told: boolean;
}

/** The records of one line: an API page or a flattened tweet or user. */
function* recordsFromLine(
  parsed: unknown,
  file: string,
  where: string,
  notes: CaptureNotes,
): Generator<ImportRecord> {
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

/** The records of one twarc2 file, line by line (a cut-off last line becomes a warning). */
export function recordsFromTwarcFile(
  reading: EntryReading,
  notes: CaptureNotes,
): AsyncGenerator<ImportRecord> {
  return readJsonLines(reading, 'capture', (parsed, where) =>
    recordsFromLine(parsed, reading.entry.path, where, notes),
  );
}
