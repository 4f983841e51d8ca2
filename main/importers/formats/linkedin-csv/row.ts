import { parseDate } from '../../util/dates';
import type { PersonRecord, SkipRecord } from '../../records';
import { contactPerson } from '../contacts-shared/contact-person';
import type { ContactRowContext } from '../contacts-shared/csv-contacts';
import type { CsvRow } from '../contacts-shared/csv-rows';
import { cleanEmail, cleanText } from '../contacts-shared/person';
import type { LinkedInColumns } from './columns';

/** A name part with the stray trailing commas some members type (`"Marie Wetterstrand,"` in the 2018 sample). */
function namePart(value: string | undefined): string | undefined {
  return cleanText(value?.replace(/[\s,]+$/, ''));
}

/** One Connections.csv row as a person, or why it was left out. */
export function connectionFromRow(
  row: CsvRow,
  { file, columns, keys, relationship }: ContactRowContext<LinkedInColumns>,
): PersonRecord | SkipRecord {
  const where = `${file}, line ${row.line}`;
  const field = (index: number | undefined) => (index === undefined ? undefined : row.fields[index]);
  const first = namePart(field(columns.firstName));
  const last = namePart(field(columns.lastName));
  if (!first && !last) {
    // LinkedIn blanks the whole row of members who do not share their connection data.
    return { type: 'skip', reason: 'connection without a name', where };
  }
  return contactPerson(
    {
      displayName: [first, last].filter(Boolean).join(' '),
      email: cleanEmail(field(columns.email)),
      profileUrl: cleanText(field(columns.url)),
      company: cleanText(field(columns.company)),
      position: cleanText(field(columns.position)),
      connectedOn: parseDate(field(columns.connectedOn)),
    },
    { keys, kind: 'connection', at: `line ${row.line}`, where, relationship },
  );
}
