import type { PersonRecord, SkipRecord } from '../../records';
import { contactPerson } from '../contacts-shared/contact-person';
import type { ContactRowContext } from '../contacts-shared/csv-contacts';
import type { CsvRow } from '../contacts-shared/csv-rows';
import { placeOf } from '../contacts-shared/location';
import { cleanEmail, cleanText, StatedAccounts } from '../contacts-shared/person';
import {
  accountFromHandle,
  accountFromUrl,
  accountKind,
  accountsInText,
  isLinkedInProfileUrl,
  networkFromLabel,
} from '../contacts-shared/social';
import type { GoogleColumns, LabelledColumn } from './columns';

/** Google puts several values of one kind in one cell: `a@x.com ::: b@y.com`. */
function values(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(':::')
    .map((v) => v.trim())
    .filter(Boolean);
}

function labelOf(row: CsvRow, column: LabelledColumn): string | undefined {
  // Labels may be Google's own (`* Work`) or the user's; the star marks the primary value.
  return cleanText(column.label === undefined ? undefined : row.fields[column.label]?.replace(/^\*\s*/, ''));
}

function collectAccounts(
  row: CsvRow,
  columns: GoogleColumns,
): { accounts: StatedAccounts; profileUrl?: string; linkedInUrl?: string } {
  const accounts = new StatedAccounts();
  let profileUrl: string | undefined;
  let linkedInUrl: string | undefined;
  for (const website of columns.websites) {
    const label = labelOf(row, website);
    const network = label ? networkFromLabel(label) : undefined;
    for (const value of values(row.fields[website.value])) {
      const key = network ? accountFromHandle(network, value) : accountFromUrl(value);
      const labelled = label ? ` labelled “${label}”` : '';
      accounts.add(key, accountKind(value), `Google Contacts column “${website.name}”${labelled}`);
      if (!profileUrl && ((key && accountKind(value) === 'profile URL') || isLinkedInProfileUrl(value))) {
        profileUrl = value;
      }
      if (!linkedInUrl && isLinkedInProfileUrl(value)) linkedInUrl = value;
    }
  }
  for (const field of columns.customFields) {
    const label = labelOf(row, field);
    const network = label ? networkFromLabel(label) : undefined;
    for (const value of values(row.fields[field.value])) {
      const key = network ? accountFromHandle(network, value) : accountFromUrl(value);
      const where = label
        ? `Google Contacts custom field “${label}”`
        : `Google Contacts column “${field.name}”`;
      accounts.add(key, accountKind(value), where);
    }
  }
  const notes = columns.notes === undefined ? undefined : row.fields[columns.notes];
  for (const found of accountsInText(notes ?? ''))
    accounts.add(found.key, found.kind, 'Google Contacts Notes');
  return { accounts, profileUrl, linkedInUrl };
}

/** The primary address's city, region and country (Google stars its label), or the first that has any. */
function rowLocation(row: CsvRow, columns: GoogleColumns): string | undefined {
  const cell = (index: number | undefined) =>
    index === undefined ? undefined : values(row.fields[index])[0];
  const primary = columns.addresses.filter((a) => cell(a.label)?.startsWith('*'));
  for (const address of [...primary, ...columns.addresses]) {
    const place = placeOf([cell(address.city), cell(address.region), cell(address.country)]);
    if (place) return place;
  }
  return undefined;
}

/** One Google Contacts row as a person, or why it was left out. */
export function contactFromRow(
  row: CsvRow,
  { file, columns, keys, relationship }: ContactRowContext<GoogleColumns>,
): PersonRecord | SkipRecord {
  const where = `${file}, line ${row.line}`;
  const field = (index: number | undefined) => cleanText(index === undefined ? undefined : row.fields[index]);
  const email = columns.emails
    .flatMap((index) => values(row.fields[index]))
    .map(cleanEmail)
    .find(Boolean);
  const company = field(columns.organization);
  const displayName =
    field(columns.fullName) ??
    cleanText(
      [field(columns.given), field(columns.middle), field(columns.family)].filter(Boolean).join(' '),
    ) ??
    field(columns.nickname) ??
    company ??
    email;
  if (!displayName) return { type: 'skip', reason: 'contact without a name or e-mail', where };
  const { accounts, profileUrl, linkedInUrl } = collectAccounts(row, columns);
  const position = field(columns.title);
  return contactPerson(
    {
      displayName,
      email,
      profileUrl,
      linkedInUrl,
      company,
      position,
      location: rowLocation(row, columns),
      accounts,
    },
    { keys, kind: 'contact', at: `line ${row.line}`, where, relationship },
  );
}
