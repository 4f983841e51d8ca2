import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { contactText, day, layout, optional } from '../../../test-support/contact-arbitraries';
import { csvText, type CsvLayout } from '../../../test-support/csv-write';
import { damagedExportProperty, fc, PROPERTY_RUNS } from '../../../test-support/damaged-prefix';
import { writeFile } from '../../../test-support/test-files';
import { linkedinCsvFormat } from './index';
import { expectedPerson } from '../../../test-support/record-shapes';
import { propertyTimeout } from '../../../test-support/import-check';

const tempDir = useTempDir();

const HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const PREAMBLE = [
  ['Notes:'],
  [
    'When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email.',
  ],
  [],
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Connection {
  first: string;
  last: string;
  company?: string;
  position?: string;
  withEmail: boolean;
  connectedOn: Date;
}

const connection: fc.Arbitrary<Connection> = fc.record({
  first: contactText,
  last: contactText,
  company: optional(contactText),
  position: optional(contactText),
  withEmail: fc.boolean(),
  connectedOn: day,
});

/** LinkedIn's date: `29 May 2008`. */
function linkedInDate(date: Date): string {
  return `${String(date.getUTCDate()).padStart(2, '0')} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function connectionsCsv(connections: Connection[], notes: boolean, lines: CsvLayout): string {
  const rows = connections.map((c, i) => [
    c.first,
    c.last,
    `https://www.linkedin.com/in/member-${i}`,
    c.withEmail ? `Member.${i}@Example.com` : '',
    c.company ?? '',
    c.position ?? '',
    linkedInDate(c.connectedOn),
  ]);
  // An empty preamble row is written as an empty line, as LinkedIn does.
  return csvText([...(notes ? PREAMBLE : []), HEADER, ...rows], lines);
}

/** What the reader promises for each connection: written by hand, not by the reader's helpers. */
function expected(connections: Connection[]): unknown[] {
  const part = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s,]+$/, '');
  const text = (value?: string) => value?.replace(/\s+/g, ' ').trim() || undefined;
  return connections.map((c, i) =>
    expectedPerson({
      sourceKey: c.withEmail ? `member.${i}@example.com` : `linkedin.com/in/member-${i}`,
      displayName: [part(c.first), part(c.last)].filter(Boolean).join(' '),
      company: text(c.company),
      position: text(c.position),
      email: c.withEmail ? `Member.${i}@Example.com` : undefined,
      connectedOn: c.connectedOn.toISOString(),
      relationship: 'colleague',
      profileUrl: `linkedin.com/in/member-${i}`,
    }),
  );
}

const connections = fc.array(connection, { minLength: 1, maxLength: 12 });

// Property runs read and write real files: a limit for a stuck run, never a speed check.
describe('LinkedIn Connections.csv: properties', { timeout: propertyTimeout }, () => {
  it('random connections written as LinkedIn does read back as the same people', async () => {
    await fc.assert(
      fc.asyncProperty(connections, fc.boolean(), layout, async (list, notes, lines) => {
        const path = writeFile(tempDir(), 'Connections.csv', connectionsCsv(list, notes, lines));
        const { records } = await collectRecords(linkedinCsvFormat, path, { relationship: 'colleague' });
        expect(records).toEqual(expected(list));
      }),
      PROPERTY_RUNS,
    );
  });

  /** The real exports, cut to their first 60 lines so each run stays quick. */
  const samples = [
    'Connections-2018-StanislavZ.csv',
    'Connections-2024-JasonToups.csv',
    'Connections-2026-excel-mangled-ericmpastore.csv',
  ].map((name) => {
    const bytes = readFileSync(samplePath('contacts', 'linkedin', name));
    let end = 0;
    for (let line = 0; line < 60; line += 1) end = bytes.indexOf(0x0a, end) + 1;
    return bytes.subarray(0, end);
  });
  const validFile = fc.oneof(
    fc.constantFrom(...samples),
    fc
      .tuple(connections, fc.boolean(), layout)
      .map(([list, notes, lines]) => Buffer.from(connectionsCsv(list, notes, lines))),
  );

  it('a damaged file is read as a prefix of the whole one or refused, naming file and line; a refusal leaves the workspace byte for byte', async () => {
    await damagedExportProperty({
      tempDir,
      validFile,
      open: (bytes) => ({ bytes, format: linkedinCsvFormat }),
      options: { relationship: 'colleague' },
    });
  });
});
