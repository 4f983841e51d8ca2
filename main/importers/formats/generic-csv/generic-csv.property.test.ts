import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigId, xHandle } from '../../../test-support/arbitraries';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import type { ImportRecord } from '../../records';
import { cleaned, contactText, layout, optional } from '../../../test-support/contact-arbitraries';
import { csvText, type CsvLayout } from '../../../test-support/csv-write';
import { damagedExportProperty, fc, PROPERTY_RUNS } from '../../../test-support/damaged-prefix';
import { writeFile } from '../../../test-support/test-files';
import { genericCsvReader, type ColumnMapping } from './index';
import { propertyTimeout } from '../../../test-support/import-check';

const tempDir = useTempDir();

// bio last: a cut complete-looking last row can only shorten the bio.
const HEADER = ['Account ID', 'Handle', 'Display Name', 'Followers', 'Bio'];

interface Account {
  id: string;
  handle: string;
  name?: string;
  followers?: number;
  bio?: string;
}

const account: fc.Arbitrary<Account> = fc.record({
  id: bigId,
  handle: xHandle,
  name: optional(contactText),
  followers: optional(fc.nat({ max: 50_000_000 })),
  // A lone CR is not a line break to the reader; spreadsheets do not write one.
  bio: optional(contactText.filter((text) => !/\r(?!\n)/.test(text))),
});

type Delimiter = ',' | ';' | '\t';
const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t');

function mappingFor(separator: Delimiter): ColumnMapping {
  return {
    kind: 'accounts',
    columns: { id: 'Account ID', handle: 'Handle', name: 'Display Name', followers: 'Followers', bio: 'Bio' },
    delimiter: separator,
  };
}

function accountsCsv(list: Account[], separator: Delimiter, lines: CsvLayout): string {
  const rows = list.map((a) => [
    a.id,
    `@${a.handle}`,
    a.name ?? '',
    a.followers?.toString() ?? '',
    a.bio ?? '',
  ]);
  return csvText([HEADER, ...rows], { ...lines, delimiter: separator });
}

function expected(list: Account[]): ImportRecord[] {
  return list.map((a) => {
    const record: ImportRecord = { type: 'account', key: { network: 'x', id: a.id, handle: a.handle } };
    if (cleaned(a.name)) record.name = cleaned(a.name);
    const bio = a.bio?.replace(/\r\n/g, '\n').trim();
    if (bio) record.bio = bio;
    if (a.followers !== undefined) record.followersCount = a.followers;
    return record;
  });
}

const accounts = fc.array(account, { minLength: 1, maxLength: 12 });

// Property runs read and write real files: a limit for a stuck run, never a speed check.
describe('generic mapped CSV: properties', { timeout: propertyTimeout }, () => {
  it('random accounts written with any separator read back through their mapping as the same accounts', async () => {
    await fc.assert(
      fc.asyncProperty(accounts, delimiter, layout, async (list, separator, lines) => {
        const path = writeFile(tempDir(), 'accounts.csv', accountsCsv(list, separator, lines));
        const { records } = await collectRecords(genericCsvReader(mappingFor(separator)), path);
        expect(records).toEqual(expected(list));
      }),
      PROPERTY_RUNS,
    );
  });

  /** LinkedIn's other export files (messages, invitations, positions): real CSV quirks, mapped by their first columns. */
  const folder = samplePath('linkedin-export');
  const samples = readdirSync(folder).flatMap((owner) =>
    readdirSync(join(folder, owner))
      .map((name) => join(folder, owner, name))
      .filter((path) => statSync(path).size < 64 * 1024)
      .map((path) => {
        const bytes = readFileSync(path);
        const header = bytes.toString('utf8', 0, bytes.indexOf(0x0a)).replace(/\r$/, '').split(',');
        const mapping: ColumnMapping = {
          kind: 'accounts',
          columns: { handle: header[0]!.replace(/^"|"$/g, ''), name: header[1]!.replace(/^"|"$/g, '') },
          delimiter: ',',
        };
        return { bytes, mapping };
      }),
  );
  const validFile = fc.oneof(
    fc.constantFrom(...samples),
    fc.tuple(accounts, delimiter, layout).map(([list, separator, lines]) => ({
      bytes: Buffer.from(accountsCsv(list, separator, lines)),
      mapping: mappingFor(separator),
    })),
  );

  it('a damaged file is read as a prefix of the whole one or refused, naming file and line; a refusal leaves the workspace byte for byte', async () => {
    expect(samples.length).toBeGreaterThan(3);
    await damagedExportProperty({
      tempDir,
      validFile,
      open: ({ bytes, mapping }) => ({
        bytes,
        format: genericCsvReader(mapping),
        request: { columnMapping: mapping },
      }),
      lastColumnFree: (record) => {
        if (record.type !== 'account') return record;
        const { bio: _, ...rest } = record;
        return rest;
      },
    });
  });
});
