import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import type { AccountKey } from '../../records';
import { cleaned, contactText, matchKey, optional } from '../../../test-support/contact-arbitraries';
import { damagedExportProperty, fc, PROPERTY_RUNS } from '../../../test-support/damaged-prefix';
import { writeFile } from '../../../test-support/test-files';
import { vcardFormat } from './index';
import { accountsAsKeys, expectedPerson } from '../../../test-support/record-shapes';
import { propertyTimeout } from '../../../test-support/import-check';

const tempDir = useTempDir();

interface Card {
  given: string;
  family?: string;
  organization?: string;
  title?: string;
  note?: string;
  withEmail: boolean;
  xHandle?: string;
  city?: string;
  country?: string;
}

const handlePart = fc.stringMatching(/^[a-z0-9_]{0,8}$/);
const card: fc.Arbitrary<Card> = fc.record({
  given: contactText,
  family: optional(contactText),
  organization: optional(contactText),
  title: optional(contactText),
  note: optional(contactText.filter((text) => !/[@:]/.test(text))),
  withEmail: fc.boolean(),
  xHandle: optional(handlePart),
  city: optional(contactText),
  country: optional(contactText),
});

/** RFC 6350 text escaping: backslash, comma, semicolon and line breaks. */
function escape(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 characters (never inside a character), as address books do. */
function fold(line: string, newline: string): string {
  const chars = Array.from(line);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += 74) pieces.push(chars.slice(i, i + 74).join(''));
  return pieces.join(`${newline} `);
}

interface VcfLayout {
  version: '3.0' | '4.0';
  newline: '\n' | '\r\n';
  finalNewline: boolean;
}

const vcfLayout: fc.Arbitrary<VcfLayout> = fc.record({
  version: fc.constantFrom('3.0' as const, '4.0' as const),
  newline: fc.constantFrom('\n' as const, '\r\n' as const),
  finalNewline: fc.boolean(),
});

function fullName(c: Card): string {
  return [c.given, c.family].filter(Boolean).join(' ');
}

function vcf(cards: Card[], { version, newline, finalNewline }: VcfLayout): string {
  const lines = cards.flatMap((c, i) => [
    'BEGIN:VCARD',
    `VERSION:${version}`,
    `FN:${escape(fullName(c))}`,
    `N:${escape(c.family ?? '')};${escape(c.given)};;;`,
    ...(c.organization ? [`ORG:${escape(c.organization)}`] : []),
    ...(c.title ? [`TITLE:${escape(c.title)}`] : []),
    ...(c.withEmail ? [`EMAIL;TYPE=INTERNET:Card.${i}@Example.net`] : []),
    ...(c.xHandle !== undefined ? [`URL:https://twitter.com/v${i}_${c.xHandle}`] : []),
    ...(c.note ? [`NOTE:${escape(c.note)}`] : []),
    ...(c.city || c.country
      ? [`ADR;TYPE=HOME:;;1 Main St;${escape(c.city ?? '')};;12345;${escape(c.country ?? '')}`]
      : []),
    'END:VCARD',
  ]);
  const text = lines.map((line) => fold(line, newline)).join(newline);
  return finalNewline ? text + newline : text;
}

/** "City, Country", the country left out when it repeats the city. */
function location(c: Card): string | undefined {
  const [city, country] = [cleaned(c.city), cleaned(c.country)];
  if (city && country && city.toLowerCase() === country.toLowerCase()) return city;
  return [city, country].filter(Boolean).join(', ') || undefined;
}

function expected(cards: Card[]): unknown[] {
  return cards.map((c, i) => {
    const displayName = cleaned(fullName(c))!;
    const company = cleaned(c.organization);
    const accounts: AccountKey[] =
      c.xHandle !== undefined ? [{ network: 'x', handle: `v${i}_${c.xHandle}` }] : [];
    const sourceKey = c.withEmail
      ? `card.${i}@example.net`
      : c.xHandle !== undefined
        ? `twitter.com/v${i}_${c.xHandle}`
        : `${matchKey(displayName)}|${matchKey(company)}`;
    return expectedPerson({
      sourceKey,
      displayName,
      company,
      position: cleaned(c.title),
      email: c.withEmail ? `Card.${i}@Example.net` : undefined,
      location: location(c),
      relationship: 'colleague',
      accounts,
    });
  });
}

const cards = fc.uniqueArray(card, {
  minLength: 1,
  maxLength: 8,
  selector: (c) => matchKey(cleaned(fullName(c))),
});

// Property runs read and write real files: a limit for a stuck run, never a speed check.
describe('vCard: properties', { timeout: propertyTimeout }, () => {
  it('random cards written as address books do (escaped, folded) read back as the same people', async () => {
    await fc.assert(
      fc.asyncProperty(cards, vcfLayout, async (list, layout) => {
        const path = writeFile(tempDir(), 'contacts.vcf', vcf(list, layout));
        const { records } = await collectRecords(vcardFormat, path, { relationship: 'colleague' });
        expect(records.map(accountsAsKeys)).toEqual(expected(list));
      }),
      PROPERTY_RUNS,
    );
  });

  /** The real address-book exports (see samples/SOURCES.md) seed the damage too. */
  const folder = samplePath('contacts', 'vcard');
  const samples = readdirSync(folder).map((name) => readFileSync(join(folder, name)));
  const validFile = fc.oneof(
    fc.constantFrom(...samples),
    fc.tuple(cards, vcfLayout).map(([list, layout]) => Buffer.from(vcf(list, layout))),
  );

  it('a damaged file is read as a prefix of the whole one or refused, naming file and card; a refusal leaves the workspace byte for byte', async () => {
    await damagedExportProperty({
      tempDir,
      validFile,
      open: (bytes) => ({ bytes, format: vcardFormat }),
      wholeName: 'whole.vcf',
      options: { relationship: 'colleague' },
    });
  });
});
