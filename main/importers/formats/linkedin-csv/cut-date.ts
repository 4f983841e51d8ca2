import { parseDate } from '../../util/dates';
import type { CsvRow } from '../contacts-shared/csv-rows';
import { cutRowError } from '../contacts-shared/cut-row';
import type { LinkedInColumns } from './columns';

/** How many digits end a Connected On value: its year's ("29 May 2008" → 4, "5-Jan-26" → 2). */
function yearDigits(value: string | undefined): number {
  return /(\d+)\s*$/.exec(value ?? '')?.[1]?.length ?? 0;
}

/**
 * Connected On is the last column, so a file cut inside it still has every column, and
 * "29 May 2008" cut to "29 May 20" still reads as a date. The unterminated last row's date must
 * read as a date when the row before's does, and end in as many digits as the row before's (four
 * when it is the only row, as LinkedIn writes them): "19-Dec-25" cut to "19" fails the first.
 */
export function refuseCutConnectedOn(
  row: CsvRow,
  columns: LinkedInColumns,
  previousConnectedOn: string | undefined,
  file: string,
): void {
  if (!row.unterminated || columns.connectedOn !== columns.count - 1) return;
  const value = row.fields[columns.connectedOn];
  const expected = previousConnectedOn === undefined ? 4 : yearDigits(previousConnectedOn);
  const unreadable =
    previousConnectedOn !== undefined && !!parseDate(previousConnectedOn) && !parseDate(value);
  if (!unreadable && yearDigits(value) >= expected) return;
  const shown = value?.trim() ? `“${value.trim()}”` : 'empty';
  const than = previousConnectedOn === undefined ? 'than a full date' : 'than the row before’s';
  throw cutRowError(file, row.line, `the last row’s Connected On ${shown} is shorter ${than}`);
}
