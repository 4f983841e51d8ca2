import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../common/errors';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { openInput } from '../../input';
import {
  binaryGarbage,
  detectAt,
  formatError,
  readError,
  writeFile,
  writeZip,
} from '../../../test-support/test-files';
import { linkedinCsvFormat } from './index';

const sample = (name: string) => samplePath('contacts', 'linkedin', name);
const S2018 = sample('Connections-2018-StanislavZ.csv');
const S2024 = sample('Connections-2024-JasonToups.csv');
const S2026 = sample('Connections-2026-excel-mangled-ericmpastore.csv');
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('LinkedIn Connections.csv samples', () => {
  it('2018 export (no preamble, no URL column): every named row is a person', async () => {
    const { of } = await collectRecords(linkedinCsvFormat, S2018, { relationship: 'colleague' });
    const people = of('person');
    // python csv.reader: 1821 data rows, 33 with neither first nor last name.
    expect(people).toHaveLength(1788);
    expect(of('skip')).toHaveLength(33);
    expect(of('skip')[0]).toEqual({
      type: 'skip',
      reason: 'connection without a name',
      where: 'Connections-2018-StanislavZ.csv, line 255',
    });
    // The malformed quoted name: `"Marie Wetterstrand,"` with a headline in the last-name column.
    expect(people[0]).toEqual({
      type: 'person',
      sourceKey: 'marie wetterstrand change maker - author-leadership coach|way2grow.se',
      displayName: 'Marie Wetterstrand Change Maker - Author-Leadership Coach',
      company: 'Way2Grow.se',
      position: 'CEO and Founder',
      connectedOn: '2018-11-20T00:00:00.000Z',
      relationship: 'colleague',
    });
    expect(people.find((p) => p.displayName.includes('"Alex"'))?.displayName).toBe(
      'Oleksandr "Alex" Andriyanov',
    );
    expect(people.at(-1)?.connectedOn).toBe('2004-02-01T00:00:00.000Z');
    expect(people.filter((p) => p.email)).toHaveLength(0);
    expect(new Set(people.map((p) => p.sourceKey)).size).toBe(people.length);
  });

  it('2024 export: finds the header after the Notes preamble, keys people by e-mail or profile URL', async () => {
    const { of } = await collectRecords(linkedinCsvFormat, S2024);
    const people = of('person');
    // python csv.reader after the 3 preamble rows: 1628 data rows, 47 without a name, 36 with an e-mail.
    expect(people).toHaveLength(1581);
    expect(of('skip')).toHaveLength(47);
    expect(of('skip')[0]?.where).toBe('Connections-2024-JasonToups.csv, line 53');
    expect(people[0]).toEqual({
      type: 'person',
      sourceKey: 'linkedin.com/in/anjula-batra',
      displayName: 'Anjula Batra',
      company: 'Prepfully',
      position: 'Business Development Manager',
      connectedOn: '2024-05-30T00:00:00.000Z',
      profileUrl: 'linkedin.com/in/anjula-batra',
    });
    expect(people[0]).not.toHaveProperty('relationship');
    expect(people.every((p) => p.accounts === undefined)).toBe(true);
    const withEmail = people.filter((p) => p.email);
    expect(withEmail).toHaveLength(36);
    // The sample's addresses were all redacted to one placeholder: only the first may key by it.
    expect(people.filter((p) => p.sourceKey === 'redacted@example.com')).toHaveLength(1);
    // Keyed by its e-mail or not, every connection keeps its LinkedIn page (line 10's used to be lost).
    expect(people.filter((p) => !p.profileUrl)).toEqual([]);
    expect(people.find((p) => p.sourceKey === 'redacted@example.com')?.profileUrl).toBe(
      'linkedin.com/in/charanjeet-s-12a96a182',
    );
    expect(new Set(people.map((p) => p.sourceKey)).size).toBe(people.length);
  });

  it('spreadsheet re-save: 5-Jan-26 dates and invalid UTF-8 read, never fail', async () => {
    const { of } = await collectRecords(linkedinCsvFormat, S2026);
    const people = of('person');
    // python csv.reader on errors='replace' text: 676 data rows, 22 without a name; 21 rows hold U+FFFD.
    expect(people).toHaveLength(654);
    expect(of('skip')).toHaveLength(22);
    expect(people[0]?.connectedOn).toBe('2026-01-05T00:00:00.000Z');
    expect(people[3]?.displayName).toBe('Romina Salvador Ona Bil\uFFFD');
    expect(people.filter((p) => JSON.stringify(p).includes('\uFFFD')).length).toBe(21);
    expect(people.at(-1)?.connectedOn).toBe('2010-04-23T00:00:00.000Z');
  });

  it('re-reading a file gives the same source keys', async () => {
    const first = (await collectRecords(linkedinCsvFormat, S2024)).of('person').map((p) => p.sourceKey);
    const second = (await collectRecords(linkedinCsvFormat, S2024)).of('person').map((p) => p.sourceKey);
    expect(second).toEqual(first);
  });

  it('detects each sample and says what it is', async () => {
    const d2024 = await detectAt(linkedinCsvFormat, S2024);
    expect(d2024).toMatchObject({ format: 'linkedin-csv', needs: { relationship: true } });
    expect(d2024?.label).toContain('notes preamble');
    expect((await detectAt(linkedinCsvFormat, S2018))?.label).toContain('without profile URLs');
    expect(await detectAt(linkedinCsvFormat, S2026)).not.toBeNull();
  });
});

describe('LinkedIn handcrafted files', () => {
  const tempDir = useTempDir();

  it('reads Connections.csv out of a LinkedIn data-export ZIP and ignores its other CSVs', async () => {
    const zip = await writeZip(tempDir(), 'Basic_LinkedInDataExport.zip', {
      'Profile.csv': 'First Name,Last Name,Headline\nMe,Myself,Engineer\n',
      'Connections.csv': `Notes:\n"Some e-mails are missing."\n\n${HEADER}\nJane,Roe,https://www.linkedin.com/in/janeroe/,Jane@Example.org,Acme,CTO,01 Feb 2023\n`,
    });
    expect((await detectAt(linkedinCsvFormat, zip))?.summary).toBe('About 1 connection.');
    const { of } = await collectRecords(linkedinCsvFormat, zip);
    expect(of('person')).toEqual([
      {
        type: 'person',
        sourceKey: 'jane@example.org',
        displayName: 'Jane Roe',
        company: 'Acme',
        position: 'CTO',
        email: 'Jane@Example.org',
        connectedOn: '2023-02-01T00:00:00.000Z',
        profileUrl: 'linkedin.com/in/janeroe',
      },
    ]);
  });

  it('skips a row with more fields than the header, naming its line', async () => {
    const path = writeFile(
      tempDir(),
      'Connections.csv',
      `${HEADER}\nA,B,,,Co,Pos,01 Feb 2023\nC,D,,,Co, extra,Pos,01 Feb 2023\n`,
    );
    const { of } = await collectRecords(linkedinCsvFormat, path);
    expect(of('person')).toHaveLength(1);
    expect(of('skip')).toEqual([
      { type: 'skip', reason: 'row has 8 fields where the header has 7', where: 'Connections.csv, line 3' },
    ]);
  });

  it('a repeated connection is skipped, not emitted twice', async () => {
    const row = 'A,B,https://www.linkedin.com/in/ab,,Co,Pos,01 Feb 2023';
    const path = writeFile(tempDir(), 'Connections.csv', `${HEADER}\n${row}\n${row}\n`);
    const { of } = await collectRecords(linkedinCsvFormat, path);
    expect(of('person')).toHaveLength(1);
    expect(of('skip')[0]?.reason).toBe('repeats the connection on line 2');
  });

  it('a truncated quoted field at the end is an error naming the file and line', async () => {
    const path = writeFile(
      tempDir(),
      'Connections.csv',
      `${HEADER}\nA,B,,,Co,Pos,01 Feb 2023\nC,D,,,"Co, cut off`,
    );
    const error = await formatError(linkedinCsvFormat, path);
    expect(error.message).toBe(
      'Connections.csv, line 3: a quoted field opened on this line is never closed; the file may be cut off',
    );
  });

  it('a CSV without the LinkedIn header is not detected, and reading it fails naming the file', async () => {
    const path = writeFile(tempDir(), 'people.csv', 'Name,Phone\nJane,123\n');
    expect(await detectAt(linkedinCsvFormat, path)).toBeNull();
    const error = await formatError(linkedinCsvFormat, path);
    expect(error.message).toMatch(/^people\.csv, lines 1–2: no LinkedIn Connections\.csv header/);
  });

  it('binary garbage is not detected and cannot be read', async () => {
    const path = writeFile(tempDir(), 'Connections.csv', binaryGarbage());
    expect(await detectAt(linkedinCsvFormat, path)).toBeNull();
    const error = await formatError(linkedinCsvFormat, path);
    expect(error.message).toMatch(/^Connections\.csv, lines? \d/);
  });

  it('a ZIP without any Connections.csv fails naming the archive', async () => {
    const zip = await writeZip(tempDir(), 'export.zip', {
      'Profile.csv': 'First Name,Last Name\nMe,Myself\n',
    });
    expect(await detectAt(linkedinCsvFormat, zip)).toBeNull();
    expect(((await readError(linkedinCsvFormat, zip)) as Error).message).toMatch(
      /^export\.zip: no CSV file with a LinkedIn Connections\.csv header/,
    );
  });

  it('stops when the import is cancelled', async () => {
    const input = await openInput(S2018);
    const controller = new AbortController();
    const ctx = { signal: controller.signal, progress: () => {} };
    let seen = 0;
    const run = async () => {
      for await (const _ of linkedinCsvFormat.read(input, {}, ctx)) {
        seen += 1;
        if (seen === 10) controller.abort();
      }
    };
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CANCELLED');
    expect(seen).toBeLessThan(1821);
    input.close();
  });
});
