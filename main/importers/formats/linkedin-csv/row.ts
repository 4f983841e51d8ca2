import { parseDate } from '../../util/dates';
import type { PersonRecord, Relationship, SkipRecord } from '../../records';
import type { CsvRow } from '../contacts-shared/csv-rows';
import { cleanEmail, cleanText, type SourceKeys } from '../contacts-shared/person';
import type { LinkedInColumns } from './columns';

/** A name part with the stray trailing commas some members type (`"Marie Wetterstrand,"` in the 2018 sample). */
function namePart(value: string | undefined): string | undefined {
  return cleanText(value?.replace(/[\s,]+$/, ''));
}

export interface RowContext {
  file: string;
  columns: LinkedInColumns;
  keys: SourceKeys;
  relationship?: Relationship;
}

/** One Connections.csv row as a person, or why it was left out. */
export function connectionFromRow(
  row: CsvRow,
  { file, columns, keys, relationship }: RowContext,
): PersonRecord | SkipRecord {
  const where = `${file}, line ${row.line}`;
  if (row.fields.length > columns.count) {
    return {
      type: 'skip',
      reason: `row has ${row.fields.length} fields where the header has ${columns.count}`,
      where,
    };
  }
  const field = (index: number | undefined) => (index === undefined ? undefined : row.fields[index]);
  const first = namePart(field(columns.firstName));
  const last = namePart(field(columns.lastName));
  if (!first && !last) {
    // LinkedIn blanks the whole row of members who do not share their connection data.
    return { type: 'skip', reason: 'connection without a name', where };
  }
  const displayName = [first, last].filter(Boolean).join(' ');
  const email = cleanEmail(field(columns.email));
  const profileUrl = cleanText(field(columns.url));
  const company = cleanText(field(columns.company));
  const claim = keys.claim({ email, profileUrl, name: displayName, company }, `line ${row.line}`);
  if ('duplicateOf' in claim) {
    return { type: 'skip', reason: `repeats the connection on ${claim.duplicateOf}`, where };
  }
  const person: PersonRecord = { type: 'person', sourceKey: claim.key, displayName };
  if (company) person.company = company;
  const position = cleanText(field(columns.position));
  if (position) person.position = position;
  if (email) person.email = email;
  const connectedOn = parseDate(field(columns.connectedOn));
  if (connectedOn) person.connectedOn = connectedOn;
  if (relationship) person.relationship = relationship;
  return person;
}
