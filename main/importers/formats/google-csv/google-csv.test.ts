import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { useTempDir } from '../../../test-support/temp-dir';
import { binaryGarbage, detectAt, formatError, readError, writeFile } from '../../../test-support/test-files';
import { googleCsvFormat } from './index';
import { confirmedAccount } from '../../../test-support/record-shapes';

// No real Google Contacts export was found (see samples/SOURCES.md): these headers follow FORMATS.md.
const CURRENT = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'E-mail 2 - Label',
  'E-mail 2 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Website 1 - Label',
  'Website 1 - Value',
  'Website 2 - Label',
  'Website 2 - Value',
  'Custom Field 1 - Label',
  'Custom Field 1 - Value',
];
const OLDER = [
  'Name',
  'Given Name',
  'Additional Name',
  'Family Name',
  'Yomi Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'Birthday',
  'Notes',
  'Group Membership',
  'E-mail 1 - Type',
  'E-mail 1 - Value',
  'Phone 1 - Type',
  'Phone 1 - Value',
  'Organization 1 - Type',
  'Organization 1 - Name',
  'Organization 1 - Title',
  'Website 1 - Type',
  'Website 1 - Value',
];

function csv(header: string[], rows: Record<string, string>[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows.map((row) => header.map((column) => row[column] ?? ''))]
    .map((fields) => fields.map(quote).join(','))
    .join('\r\n');
}

describe('Google Contacts CSV (current column set)', () => {
  const tempDir = useTempDir();
  const file = () =>
    writeFile(
      tempDir(),
      'contacts.csv',
      csv(CURRENT, [
        {
          'First Name': 'Jane',
          'Middle Name': 'Q',
          'Last Name': 'Roe',
          'Organization Name': 'Acme',
          'Organization Title': 'CTO',
          Labels: '* myContacts ::: Customers',
          'E-mail 1 - Label': '* Work',
          'E-mail 1 - Value': 'Jane.Roe@acme.example ::: jane@home.example',
          'Website 1 - Label': 'Profile',
          'Website 1 - Value': 'https://twitter.com/janeroe',
          'Website 2 - Label': 'Blog',
          'Website 2 - Value': 'https://janeroe.example',
          'Custom Field 1 - Label': 'Bluesky',
          'Custom Field 1 - Value': '@jane.bsky.social',
          Notes: 'Met at FOSDEM.\nMastodon: @jane@fosstodon.org',
        },
        {
          'First Name': 'John',
          'Last Name': 'Smith',
          'Organization Name': 'Initech',
          Labels: '* myContacts',
          'Website 1 - Label': 'LinkedIn',
          'Website 1 - Value': 'https://www.linkedin.com/in/jsmith/',
          'Custom Field 1 - Label': 'Twitter',
          'Custom Field 1 - Value': '@jsmith',
        },
        { 'Organization Name': 'Globex', Notes: 'Front desk. Twitter: @globex_help' },
        { 'Phone 1 - Label': 'Mobile', 'Phone 1 - Value': '+1 555 0100', Labels: '* myContacts' },
      ]),
    );

  it('is detected, and Outlook’s CSV or a plain list is not', async () => {
    expect(await detectAt(googleCsvFormat, file())).toMatchObject({
      format: 'google-csv',
      label: 'Google Contacts CSV',
      summary: 'About 4 contacts.',
      needs: { relationship: true },
    });
    const outlook = writeFile(
      tempDir(),
      'outlook.csv',
      'First Name,Middle Name,Last Name,E-mail Address,Categories\nA,,B,a@b.example,\n',
    );
    expect(await detectAt(googleCsvFormat, outlook)).toBeNull();
  });

  it('reads names, organization, the first e-mail and every stated account', async () => {
    const { of } = await collectRecords(googleCsvFormat, file(), { relationship: 'customer' });
    const [jane, john, globex, ...rest] = of('person');
    expect(rest).toEqual([]);
    expect(jane).toEqual({
      type: 'person',
      sourceKey: 'jane.roe@acme.example',
      displayName: 'Jane Q Roe',
      company: 'Acme',
      position: 'CTO',
      email: 'Jane.Roe@acme.example',
      relationship: 'customer',
      accounts: [
        confirmedAccount(
          { network: 'x', handle: 'janeroe' },
          'X profile URL in Google Contacts column “Website 1 - Value” labelled “Profile”',
        ),
        confirmedAccount(
          { network: 'bluesky', handle: 'jane.bsky.social' },
          'Bluesky handle in Google Contacts custom field “Bluesky”',
        ),
        confirmedAccount(
          { network: 'mastodon', handle: 'jane@fosstodon.org' },
          'Mastodon address in Google Contacts Notes',
        ),
      ],
    });
    expect(john).toMatchObject({
      sourceKey: 'linkedin.com/in/jsmith',
      displayName: 'John Smith',
      accounts: [
        {
          key: { network: 'x', handle: 'jsmith' },
          evidence: 'X handle in Google Contacts custom field “Twitter”',
        },
      ],
    });
    expect(globex).toMatchObject({
      sourceKey: 'globex|globex',
      displayName: 'Globex',
      accounts: [
        { key: { network: 'x', handle: 'globex_help' }, evidence: 'X handle in Google Contacts Notes' },
      ],
    });
    expect(of('skip')).toEqual([
      { type: 'skip', reason: 'contact without a name or e-mail', where: 'contacts.csv, line 6' },
    ]);
  });
});

describe('Google Contacts CSV (older column set)', () => {
  const tempDir = useTempDir();

  it('reads Name, Organization 1 - Name/Title and an X website labelled Twitter', async () => {
    const path = writeFile(
      tempDir(),
      'google.csv',
      csv(OLDER, [
        {
          Name: 'Ada Lovelace',
          'Given Name': 'Ada',
          'Family Name': 'Lovelace',
          'Group Membership': '* My Contacts',
          'E-mail 1 - Type': '* Home',
          'E-mail 1 - Value': 'ada@engine.example',
          'Organization 1 - Name': 'Analytical',
          'Organization 1 - Title': 'Programmer',
          'Website 1 - Type': 'Twitter',
          'Website 1 - Value': 'x.com/ada',
        },
      ]),
    );
    expect((await detectAt(googleCsvFormat, path))?.label).toBe('Google Contacts CSV (older column set)');
    const { of } = await collectRecords(googleCsvFormat, path);
    expect(of('person')).toEqual([
      {
        type: 'person',
        sourceKey: 'ada@engine.example',
        displayName: 'Ada Lovelace',
        company: 'Analytical',
        position: 'Programmer',
        email: 'ada@engine.example',
        accounts: [
          confirmedAccount(
            { network: 'x', handle: 'ada' },
            'X profile URL in Google Contacts column “Website 1 - Value” labelled “Twitter”',
          ),
        ],
      },
    ]);
  });
});

describe('Google Contacts bad files', () => {
  const tempDir = useTempDir();

  it('a CSV without a Google header is not detected, and reading it fails naming the file', async () => {
    const path = writeFile(tempDir(), 'list.csv', 'id,username\n1,jdoe\n');
    expect(await detectAt(googleCsvFormat, path)).toBeNull();
    const error = await formatError(googleCsvFormat, path);
    expect(error.message).toMatch(/^list\.csv, lines 1–2: no Google Contacts header/);
  });

  it('a truncated quoted note at the end is an error naming the line', async () => {
    const text = `${csv(CURRENT, [{ 'First Name': 'A', Labels: 'x' }])}\r\nB,,,,,,,,,,,,,,"note cut`;
    const error = await readError(googleCsvFormat, writeFile(tempDir(), 'contacts.csv', text));
    expect((error as Error).message).toBe(
      'contacts.csv, line 3: a quoted field opened on this line is never closed; the file may be cut off',
    );
  });

  it('binary garbage is not detected and cannot be read', async () => {
    const path = writeFile(tempDir(), 'contacts.csv', binaryGarbage());
    expect(await detectAt(googleCsvFormat, path)).toBeNull();
    await formatError(googleCsvFormat, path);
  });
});
