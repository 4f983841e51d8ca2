import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { useTempDir } from '../../../test-support/temp-dir';
import type { AccountKey } from '../../records';
import { cleaned, contactText, matchKey, layout, optional } from '../../../test-support/contact-arbitraries';
import { csvText, type CsvLayout } from '../../../test-support/csv-write';
import { damagedExportProperty, fc, PROPERTY_RUNS } from '../../../test-support/damaged-prefix';
import { writeFile } from '../../../test-support/test-files';
import { googleCsvFormat } from './index';
import { accountsAsKeys, expectedPerson } from '../../../test-support/record-shapes';
import { propertyTimeout } from '../../../test-support/import-check';

const tempDir = useTempDir();

// Google's current column set (no real export was found: see samples/SOURCES.md).
const HEADER = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Organization Name',
  'Organization Title',
  'Notes',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Website 1 - Label',
  'Website 1 - Value',
  'Website 2 - Label',
  'Website 2 - Value',
  'Custom Field 1 - Label',
  'Custom Field 1 - Value',
  'Address 1 - Label',
  'Address 1 - City',
  'Address 1 - Region',
  'Address 1 - Country',
];

interface Contact {
  given: string;
  middle?: string;
  family?: string;
  organization?: string;
  title?: string;
  notes?: string;
  withEmail: boolean;
  xHandle?: string;
  mastodonUser?: string;
  linkedIn?: string;
  city?: string;
  region?: string;
  country?: string;
}

const handlePart = fc.stringMatching(/^[a-z0-9_]{0,8}$/);
/** Notes without anything that reads as an account (`@`, `Twitter:`, URLs). */
const notes = contactText.filter((text) => !/[@:]/.test(text));
/** Google writes several values in a cell separated by `:::`: a place holds none. */
const place = contactText.filter((text) => !text.includes(':::'));

const contact: fc.Arbitrary<Contact> = fc.record({
  given: contactText,
  middle: optional(contactText),
  family: optional(contactText),
  organization: optional(contactText),
  title: optional(contactText),
  notes: optional(notes),
  withEmail: fc.boolean(),
  xHandle: optional(handlePart),
  mastodonUser: optional(handlePart),
  linkedIn: optional(handlePart),
  city: optional(place),
  region: optional(place),
  country: optional(place),
});

function contactsCsv(contacts: Contact[], lines: CsvLayout): string {
  const rows = contacts.map((c, i) => [
    c.given,
    c.middle ?? '',
    c.family ?? '',
    c.organization ?? '',
    c.title ?? '',
    c.notes ?? '',
    '* myContacts',
    c.withEmail ? '* Work' : '',
    c.withEmail ? `Contact.${i}@Example.org` : '',
    c.xHandle !== undefined ? 'Profile' : '',
    c.xHandle !== undefined ? `https://twitter.com/x${i}_${c.xHandle}` : '',
    c.linkedIn !== undefined ? 'LinkedIn' : '',
    c.linkedIn !== undefined ? `https://www.linkedin.com/in/l${i}-${c.linkedIn}/` : '',
    c.mastodonUser !== undefined ? 'Mastodon' : '',
    c.mastodonUser !== undefined ? `@m${i}${c.mastodonUser}@social.example` : '',
    c.city || c.region || c.country ? 'Home' : '',
    c.city ?? '',
    c.region ?? '',
    c.country ?? '',
  ]);
  return csvText([HEADER, ...rows], lines);
}

function displayNameOf(c: Contact): string {
  return cleaned([c.given, c.middle, c.family].map(cleaned).filter(Boolean).join(' '))!;
}

/** "City, Region, Country" from the parts given, a part that repeats the one before left out. */
function location(c: Contact): string | undefined {
  const parts: string[] = [];
  for (const part of [c.city, c.region, c.country].map(cleaned)) {
    if (part && part.toLowerCase() !== parts.at(-1)?.toLowerCase()) parts.push(part);
  }
  return parts.join(', ') || undefined;
}

/** Each contact as the reader promises it, accounts by key only (their evidence is wording). */
function expected(contacts: Contact[]): unknown[] {
  return contacts.map((c, i) => {
    const displayName = displayNameOf(c);
    const company = cleaned(c.organization);
    const sourceKey = c.withEmail
      ? `contact.${i}@example.org`
      : c.xHandle !== undefined
        ? `twitter.com/x${i}_${c.xHandle}`
        : c.linkedIn !== undefined
          ? `linkedin.com/in/l${i}-${c.linkedIn}`
          : `${matchKey(displayName)}|${matchKey(company)}`;
    const accounts: AccountKey[] = [];
    if (c.xHandle !== undefined) accounts.push({ network: 'x', handle: `x${i}_${c.xHandle}` });
    if (c.mastodonUser !== undefined)
      accounts.push({ network: 'mastodon', handle: `m${i}${c.mastodonUser}@social.example` });
    return expectedPerson({
      sourceKey,
      displayName,
      company,
      position: cleaned(c.title),
      email: c.withEmail ? `Contact.${i}@Example.org` : undefined,
      location: location(c),
      profileUrl: c.linkedIn !== undefined ? `linkedin.com/in/l${i}-${c.linkedIn}` : undefined,
      relationship: 'colleague',
      accounts,
    });
  });
}

/** Contacts with different names, so that none is a duplicate of another. */
const contacts = fc.uniqueArray(contact, {
  minLength: 1,
  maxLength: 10,
  selector: (c) => matchKey(displayNameOf(c)),
});

// Property runs read and write real files: a limit for a stuck run, never a speed check.
describe('Google Contacts CSV: properties', { timeout: propertyTimeout }, () => {
  it('random contacts written as Google does read back as the same people and accounts', async () => {
    await fc.assert(
      fc.asyncProperty(contacts, layout, async (list, lines) => {
        const path = writeFile(tempDir(), 'contacts.csv', contactsCsv(list, lines));
        const { records } = await collectRecords(googleCsvFormat, path, { relationship: 'colleague' });
        expect(records.map(accountsAsKeys)).toEqual(expected(list));
      }),
      PROPERTY_RUNS,
    );
  });

  it('a damaged file is read as a prefix of the whole one or refused, naming file and line; a refusal leaves the workspace byte for byte', async () => {
    await damagedExportProperty({
      tempDir,
      validFile: fc.tuple(contacts, layout),
      open: ([list, lines]) => ({ bytes: Buffer.from(contactsCsv(list, lines)), format: googleCsvFormat }),
      options: { relationship: 'colleague' },
      // The last column (Custom Field 1 - Value) is the one a cut complete-looking last row can shorten.
      // The last columns are the websites (accounts) and the address, whose country ends the location.
      lastColumnFree: (record) => {
        if (record.type !== 'person') return record;
        const { accounts: _accounts, location: _location, ...rest } = record;
        return rest;
      },
    });
  });
});
