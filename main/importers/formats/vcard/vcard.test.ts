import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import {
  binaryGarbage,
  detectAt,
  formatError,
  readError,
  writeFile,
  writeZip,
} from '../../../test-support/test-files';
import { vcardFormat } from './index';
import { confirmedAccount } from '../../../test-support/record-shapes';

const sample = (name: string) => samplePath('contacts', 'vcard', `ezvcard-${name}.vcf`);
const people = async (path: string) => (await collectRecords(vcardFormat, path)).of('person');

describe('vCard samples', () => {
  it('Android 2.1: six cards, quoted-printable UTF-8 names joined across soft line breaks', async () => {
    const { of } = await collectRecords(vcardFormat, sample('John_Doe_ANDROID'));
    const cards = of('person');
    // grep -c '^BEGIN:VCARD': 6 cards, all with a name or an e-mail.
    expect(cards).toHaveLength(6);
    expect(of('skip')).toHaveLength(0);
    // Card 1 has only an e-mail: it names the person.
    expect(cards[0]).toEqual({
      type: 'person',
      sourceKey: 'john.doe@company.com',
      displayName: 'john.doe@company.com',
      email: 'john.doe@company.com',
    });
    // python quopri on card 4's FN (soft break joined): 11 × "Ñ" separated by spaces.
    expect(cards[3]?.displayName).toBe(Array(11).fill('Ñ').join(' '));
    // Card 5: EMAIL;PREF;WORK wins; the other "pref" e-mail decodes to ÑÑÑ… and is no address.
    expect(cards[4]).toMatchObject({
      email: 'bob@company.com',
      displayName: 'Ñ Ñ Ñ Ñ',
      company: 'Ñ'.repeat(12),
    });
    expect(cards[5]).toMatchObject({ email: 'henry@company.com', company: 'Ñ'.repeat(44) });
  });

  it('reads the single-card exports of each address book', async () => {
    // grep -c '^BEGIN:VCARD' is 1 for each of these files.
    expect(await people(sample('John_Doe_GMAIL'))).toEqual([
      {
        type: 'person',
        sourceKey: 'john.doe@ibm.com',
        displayName: 'Mr. John Richter, James Doe Sr.',
        company: 'IBM',
        position: 'Money Counter',
        email: 'john.doe@ibm.com',
      },
    ]);
    // Evolution folds the EMAIL value across lines ("john." / " doe@ibm.com").
    expect(await people(sample('John_Doe_EVOLUTION'))).toMatchObject([
      { email: 'john.doe@ibm.com', company: 'IBM' },
    ]);
    // iPhone ends lines with CR CR LF: no stray CR may reach the name.
    expect(await people(sample('John_Doe_IPHONE'))).toMatchObject([
      { displayName: 'Mr. John Richter James Doe Sr.' },
    ]);
    expect(await people(sample('John_Doe_MAC_ADDRESS_BOOK'))).toMatchObject([
      { displayName: 'Mr. John Richter,James Doe Sr.', email: 'john.doe@ibm.com' },
    ]);
    expect(await people(sample('John_Doe_MS_OUTLOOK'))).toMatchObject([
      { email: 'john.doe@ibm.cm', position: 'Money Counter' },
    ]);
    expect(await people(sample('outlook-2007'))).toEqual([
      {
        type: 'person',
        sourceKey: 'mike.angstadt@gmail.com',
        displayName: 'Mr. Michael Angstadt Jr.',
        company: 'TheCompany',
        position: 'TheJobTitle',
        email: 'mike.angstadt@gmail.com',
        // The preferred (work) ADR of the card's two.
        location: 'New York, NY, USA',
      },
    ]);
    expect(await people(sample('gmail-single2'))).toMatchObject([
      { displayName: 'VCard Test', email: 'email@example.com' },
    ]);
    expect(await people(sample('thunderbird-MoreFunctionsForAddressBook-extension'))).toMatchObject([
      {
        displayName: 'John Doe',
        email: 'doe.john@hotmail.com',
        company: 'TheOrganization',
        position: 'TheTitle',
      },
    ]);
  });

  it('reads a folder of vCard files: 14 cards in 9 files', async () => {
    const folder = samplePath('contacts', 'vcard');
    expect(await detectAt(vcardFormat, folder)).toMatchObject({
      format: 'vcard',
      summary: '14 cards in 9 files.',
      estimatedRecords: 14,
      needs: { relationship: true },
    });
    expect(await people(folder)).toHaveLength(14);
  });
});

describe('vCard social accounts', () => {
  const tempDir = useTempDir();

  it('links the accounts a card states, with where it said so', async () => {
    const path = writeFile(
      tempDir(),
      'social.vcf',
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Jane Roe',
        'ORG:Acme;R&D',
        'TITLE:CTO',
        'X-TWITTER:@jane_x',
        'X-SOCIALPROFILE;type=twitter;x-user=jane_alt:http://twitter.com/jane_alt',
        'X-SOCIALPROFILE;type=mastodon;x-user=jane@fosstodon.org:https://fosstodon.org/@jane',
        'item1.URL:https\\://x.com/jane_labelled',
        'item1.X-ABLabel:Twitter',
        'item2.URL:https://bsky.app/profile/jane.bsky.social',
        'item2.X-ABLabel:_$!<HomePage>!$_',
        'URL:https://www.linkedin.com/in/janeroe',
        'NOTE:Met at FOSDEM. Twitter: @jane_x',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Sam Poe',
        'SOCIALPROFILE;SERVICE-TYPE=Bluesky:https://bsky.app/profile/did:plc:abc123',
        'END:VCARD',
      ].join('\r\n'),
    );
    const [jane, sam] = await people(path);
    expect(jane).toEqual({
      type: 'person',
      // No e-mail: the first profile URL stated is the key.
      sourceKey: 'x.com/jane_labelled',
      displayName: 'Jane Roe',
      company: 'Acme',
      position: 'CTO',
      // Not the key, but kept: the LinkedIn page is matching evidence.
      profileUrl: 'linkedin.com/in/janeroe',
      accounts: [
        confirmedAccount({ network: 'x', handle: 'jane_x' }, 'X handle in vCard X-TWITTER'),
        confirmedAccount(
          { network: 'x', handle: 'jane_alt' },
          'X handle in vCard X-SOCIALPROFILE (type=twitter)',
        ),
        confirmedAccount(
          { network: 'mastodon', handle: 'jane@fosstodon.org' },
          'Mastodon handle in vCard X-SOCIALPROFILE (type=mastodon)',
        ),
        confirmedAccount(
          { network: 'x', handle: 'jane_labelled' },
          'X profile URL in vCard URL labelled “Twitter” (item1.X-ABLabel)',
        ),
        confirmedAccount(
          { network: 'bluesky', handle: 'jane.bsky.social' },
          'Bluesky profile URL in vCard URL',
        ),
      ],
    });
    expect(sam).toMatchObject({
      sourceKey: 'bsky.app/profile/did:plc:abc123',
      accounts: [
        {
          key: { network: 'bluesky', id: 'did:plc:abc123' },
          evidence: 'Bluesky profile URL in vCard SOCIALPROFILE (service-type=Bluesky)',
        },
      ],
    });
  });

  it('keys a person without e-mail by a LinkedIn URL, and skips nameless and repeated cards', async () => {
    const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\n');
    const path = writeFile(
      tempDir(),
      'mixed.vcf',
      [
        card(['FN:Ann Lee', 'URL:https://www.linkedin.com/in/annlee/']),
        card(['TEL:+1 555 0100']),
        card(['FN:Ann Lee', 'URL:https://www.linkedin.com/in/annlee/']),
      ].join('\n'),
    );
    const { of } = await collectRecords(vcardFormat, path, { relationship: 'partner' });
    expect(of('person')).toEqual([
      {
        type: 'person',
        sourceKey: 'linkedin.com/in/annlee',
        displayName: 'Ann Lee',
        profileUrl: 'linkedin.com/in/annlee',
        relationship: 'partner',
      },
    ]);
    expect(of('skip')).toEqual([
      { type: 'skip', reason: 'card without a name or e-mail', where: 'mixed.vcf, card 2 (line 6)' },
      { type: 'skip', reason: 'repeats card 1', where: 'mixed.vcf, card 3 (line 10)' },
    ]);
  });

  it('reads .vcf files inside a ZIP and ignores other entries', async () => {
    const zip = await writeZip(tempDir(), 'contacts.zip', {
      'a.vcf': 'BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n',
      'notes.txt': 'BEGIN:VCARD but not really',
    });
    expect((await detectAt(vcardFormat, zip))?.summary).toBe('1 card.');
    expect((await people(zip)).map((p) => p.displayName)).toEqual(['A']);
  });
});

describe('vCard bad files', () => {
  const tempDir = useTempDir();

  it('a file cut off inside a card is an error naming the file, card and line', async () => {
    const path = writeFile(
      tempDir(),
      'cut.vcf',
      'BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B',
    );
    const error = await formatError(vcardFormat, path);
    expect(error.message).toBe(
      'cut.vcf, card 2 (line 5): the card has no END:VCARD; the file may be cut off',
    );
  });

  it('binary garbage is not detected, and reading it fails naming the file', async () => {
    const path = writeFile(tempDir(), 'garbage.vcf', binaryGarbage());
    expect(await detectAt(vcardFormat, path)).toBeNull();
    expect(((await readError(vcardFormat, path)) as Error).message).toBe(
      'garbage.vcf, line 1: no BEGIN:VCARD: this is not a vCard file',
    );
  });
});
