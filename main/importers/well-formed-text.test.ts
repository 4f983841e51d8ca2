import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountsWriteRepo } from '../db/accounts-write-repo';
import type { Db } from '../db/sqlite';
import { createWorkspaceFile } from '../db/workspace-file';
import { useTempDir } from '../test-support/temp-dir';
import type { ImportFormat } from './format';
import { runImport } from '../ingest/pipeline';
import type { ImportRecord } from './records';
import { refreshProfile } from '../ingest/writer';

const tempDir = useTempDir();

/** A test format: the file is a JSON list of records, yielded as they are. */
const recordsFormat: ImportFormat = {
  id: 'generic-csv',
  label: 'Test records',
  async detect() {
    return { format: 'generic-csv', label: 'Test records', summary: '', needs: {} };
  },
  async *read(input) {
    yield* JSON.parse(readFileSync(input.origin, 'utf8')) as ImportRecord[];
  },
};

async function importRecords(db: Db, name: string, records: ImportRecord[]) {
  const path = join(tempDir(), name);
  // JSON.stringify writes a lone surrogate as the escape `\ud83d`, as a hostile JSON file would.
  writeFileSync(path, JSON.stringify(records));
  return runImport(db, { path }, { signal: new AbortController().signal, progress: () => {} }, [
    recordsFormat,
  ]);
}

/** Every text value of the column, decoded from its stored bytes; throws on invalid UTF-8. */
function storedTexts(db: Db, table: string, column: string): string[] {
  const hexes = db
    .prepare<[], string>(`SELECT hex(CAST(${column} AS BLOB)) FROM ${table} WHERE ${column} IS NOT NULL`)
    .pluck()
    .all();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return hexes.map((hex) => decoder.decode(Buffer.from(hex, 'hex')));
}

const broken: ImportRecord[] = [
  {
    type: 'account',
    key: { network: 'x', id: '1', handle: 'dana' },
    name: 'Dana \ud83d',
    bio: 'Chef \udc00 at Giving Kitchen',
  },
  {
    type: 'post',
    network: 'x',
    id: '10',
    author: { network: 'x', id: '1' },
    text: 'Dinner \ud83d tonight',
    kind: 'post',
    tags: ['food\ud83d'],
  },
  { type: 'person', sourceKey: 'ada@example.org', displayName: 'Ada', company: 'Giving \ud83d Kitchen' },
];

describe('text is stored as valid UTF-8', () => {
  it('lone surrogates become U+FFFD in names, bios, posts, tags and people', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
    await importRecords(db, 'broken.json', broken);

    expect(storedTexts(db, 'accounts', 'name')).toEqual(['Dana \ufffd']);
    expect(storedTexts(db, 'accounts', 'bio')).toEqual(['Chef \ufffd at Giving Kitchen']);
    expect(storedTexts(db, 'posts', 'text')).toEqual(['Dinner \ufffd tonight']);
    expect(storedTexts(db, 'post_tags', 'tag')).toEqual(['food\ufffd']);
    expect(storedTexts(db, 'people', 'company')).toEqual(['Giving \ufffd Kitchen']);
  });

  it('a profile refreshed from an earlier import’s snapshot stays valid too', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
    await importRecords(db, 'broken.json', broken);
    await importRecords(db, 'later.json', [
      { type: 'account', key: { network: 'x', id: '1', handle: 'dana' }, location: 'Atlanta' },
    ]);
    expect(storedTexts(db, 'accounts', 'name')).toEqual(['Dana \ufffd']);
    expect(storedTexts(db, 'accounts', 'location')).toEqual(['Atlanta']);
  });

  it('a profile snapshot stored before this repair (a JSON escape) is repaired when applied', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
    await importRecords(db, 'fine.json', [
      { type: 'account', key: { network: 'x', id: '1', handle: 'dana' }, name: 'Dana' },
    ]);
    db.prepare('UPDATE account_sources SET profile_json = ?').run('{"name":"Dana \\ud83d"}');
    refreshProfile(new AccountsWriteRepo(db), 1);
    expect(storedTexts(db, 'accounts', 'name')).toEqual(['Dana \ufffd']);
  });

  it('the import reports the repaired texts once, naming the file', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
    const summary = await importRecords(db, 'broken.json', broken);
    const repaired = summary.warnings.filter((w) => /broken characters/.test(w.message));
    expect(repaired).toEqual([
      {
        message:
          '5 texts held broken characters (lone UTF-16 surrogates); they were stored with � in their place.',
        where: 'broken.json, first in the account @dana',
      },
    ]);
  });

  it('an import with well-formed text (emoji included) reports nothing', async () => {
    const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
    const summary = await importRecords(db, 'fine.json', [
      { type: 'account', key: { network: 'x', id: '1', handle: 'dana' }, name: 'Dana 🍲' },
    ]);
    expect(summary.warnings).toEqual([]);
    expect(storedTexts(db, 'accounts', 'name')).toEqual(['Dana 🍲']);
  });
});
