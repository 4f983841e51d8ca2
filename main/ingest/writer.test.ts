import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { removeSource } from '../db/removal-repo';
import type { Db } from '../db/sqlite';
import { tableCounts } from '../db/workspace-repo';
import { createWorkspaceFile } from '../db/workspace-file';
import { useTempDir } from '../test-support/temp-dir';
import type { ImportFormat } from '../importers/format';
import { runImport } from './pipeline';
import type { AccountRecord, FollowRecord, ImportRecord, PersonRecord } from '../importers/records';
import { ImportWriter, refreshProfile } from './writer';

const tempDir = useTempDir();

/** A test format: the file is a JSON list of records, yielded as they are; "boom" fails the import. */
const recordsFormat: ImportFormat = {
  id: 'generic-csv',
  label: 'Test records',
  async detect() {
    return { format: 'generic-csv', label: 'Test records', summary: '', needs: {} };
  },
  async *read(input) {
    const records = JSON.parse(readFileSync(input.origin, 'utf8')) as (ImportRecord | 'boom')[];
    for (const record of records) {
      if (record === 'boom') throw new AppError('IMPORT_FORMAT', 'boom');
      yield record;
    }
  },
};

let files = 0;
function importRecords(db: Db, records: (ImportRecord | 'boom')[]) {
  const path = join(tempDir(), `records-${(files += 1)}.json`);
  writeFileSync(path, JSON.stringify(records));
  return runImport(db, { path }, { signal: new AbortController().signal, progress: () => {} }, [
    recordsFormat,
  ]);
}

function workspace(): Db {
  return createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
}

function account(id: string, handle: string, name: string, bio: string, observedAt: string): AccountRecord {
  return { type: 'account', key: { network: 'x', id, handle }, name, bio, observedAt };
}

function follow(follower: string, followee: string): FollowRecord {
  return {
    type: 'follow',
    follower: { network: 'x', id: follower },
    followee: { network: 'x', id: followee },
  };
}

/** The external ids of the accounts a full-text query finds. */
function search(db: Db, query: string): string[] {
  return db
    .prepare<[string], string>(
      `SELECT a.external_id FROM accounts_fts f JOIN accounts a ON a.id = f.rowid
       WHERE accounts_fts MATCH ? ORDER BY a.external_id`,
    )
    .pluck()
    .all(query);
}

/** FTS5's own check that the index holds exactly what the accounts table says. */
function expectIndexInStep(db: Db): void {
  expect(() =>
    db.exec("INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('integrity-check', 1)"),
  ).not.toThrow();
  expect(db.prepare('SELECT count(*) FROM accounts_fts_deferred').pluck().get()).toBe(0);
  const indexed = db.prepare('SELECT count(*) FROM accounts_fts_docsize').pluck().get();
  expect(indexed).toBe(db.prepare('SELECT count(*) FROM accounts').pluck().get());
}

describe('accounts full-text index, kept by the import itself', () => {
  it('finds the accounts an import created, by handle, name and bio', async () => {
    const db = workspace();
    await importRecords(db, [
      account('1', 'dana_lee', 'Dana Lee', 'CRM buyer at Acme', '2024-01-01T00:00:00.000Z'),
      account('2', 'sam', 'Sam Roe', 'Journalist', '2024-01-01T00:00:00.000Z'),
      follow('1', '2'),
      follow('3', '2'),
    ]);
    expect(search(db, 'crm')).toEqual(['1']);
    expect(search(db, 'roe')).toEqual(['2']);
    expect(search(db, 'dana_lee')).toEqual(['1']);
    expectIndexInStep(db);
  });

  it('indexes the newest profile when one import describes an account twice', async () => {
    const db = workspace();
    await importRecords(db, [
      account('1', 'dana', 'Dana Old', 'Sales', '2024-01-01T00:00:00.000Z'),
      account('1', 'dana', 'Dana New', 'Procurement', '2025-01-01T00:00:00.000Z'),
    ]);
    expect(search(db, 'new')).toEqual(['1']);
    expect(search(db, 'old')).toEqual([]);
    expect(search(db, 'procurement')).toEqual(['1']);
    expectIndexInStep(db);
  });

  it('follows a later import’s profile refresh, and falls back when that import is removed', async () => {
    const db = workspace();
    await importRecords(db, [
      account('1', 'dana', 'Dana Lee', 'Sales lead', '2024-01-01T00:00:00.000Z'),
      account('2', 'sam', 'Sam Roe', 'Journalist', '2024-01-01T00:00:00.000Z'),
    ]);
    const later = await importRecords(db, [
      account('1', 'dana', 'Dana Lee', 'Procurement director', '2025-01-01T00:00:00.000Z'),
      account('4', 'kim', 'Kim Poe', 'Investor', '2025-01-01T00:00:00.000Z'),
    ]);
    expect(search(db, 'procurement')).toEqual(['1']);
    expect(search(db, 'sales')).toEqual([]);
    expect(search(db, 'investor')).toEqual(['4']);
    expectIndexInStep(db);

    removeSource(db, later.sourceId!, refreshProfile);
    expect(search(db, 'procurement')).toEqual([]);
    expect(search(db, 'sales')).toEqual(['1']);
    expect(search(db, 'investor')).toEqual([]);
    expectIndexInStep(db);
  });

  it('a failed import leaves the index as it was', async () => {
    const db = workspace();
    await importRecords(db, [account('1', 'dana', 'Dana Lee', 'Sales', '2024-01-01T00:00:00.000Z')]);
    const before = tableCounts(db);
    await expect(
      importRecords(db, [
        account('1', 'dana', 'Dana Lee', 'Procurement', '2025-01-01T00:00:00.000Z'),
        account('2', 'sam', 'Sam Roe', 'Journalist', '2025-01-01T00:00:00.000Z'),
        'boom',
      ]),
    ).rejects.toThrow('boom');
    expect(tableCounts(db)).toEqual(before);
    expect(search(db, 'sales')).toEqual(['1']);
    expect(search(db, 'journalist OR procurement')).toEqual([]);
    expectIndexInStep(db);
  });

  it('accounts written outside imports are still indexed by trigger', () => {
    const db = workspace();
    db.prepare("INSERT INTO accounts(id, network, external_id, name) VALUES (1, 'x', '1', 'Dana Lee')").run();
    expect(search(db, 'dana')).toEqual(['1']);
    db.prepare("UPDATE accounts SET name = 'Sam Roe' WHERE id = 1").run();
    expect(search(db, 'dana OR sam')).toEqual(['1']);
    expect(search(db, 'dana')).toEqual([]);
    db.prepare('DELETE FROM accounts WHERE id = 1').run();
    expect(search(db, 'sam')).toEqual([]);
    expectIndexInStep(db);
  });
});

describe('a large import', () => {
  function indexes(db: Db): { name: string; sql: string }[] {
    return db
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'accounts' AND sql IS NOT NULL ORDER BY name",
      )
      .all();
  }

  function writeFollowers(db: Db, count: number, records: ImportRecord[] = []): ImportWriter {
    const sourceId = db
      .prepare<[], number>(
        "INSERT INTO sources(file_name, path, sha256, format, imported_at) VALUES ('f', 'f', 'h', 'twarc2', 'now') RETURNING id",
      )
      .pluck()
      .get()!;
    const writer = new ImportWriter(db, sourceId, 'me', { suspendIndexesAfter: 10 });
    for (let i = 0; i < count; i += 1) {
      writer.write(account(String(100 + i), `f${i}`, `Follower ${i}`, 'Growth', '2024-01-01T00:00:00.000Z'));
      writer.write(follow(String(100 + i), '1'));
    }
    for (const record of records) writer.write(record);
    return writer;
  }

  it('sets the name and follower-count indexes aside and rebuilds them before it commits', () => {
    const db = workspace();
    const before = indexes(db);
    db.exec('BEGIN IMMEDIATE');
    const writer = writeFollowers(db, 30);
    expect(indexes(db).map((i) => i.name)).not.toContain('accounts_by_name');
    writer.finish();
    db.exec('COMMIT');
    expect(indexes(db)).toEqual(before);
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    expect(writer.added.accounts).toBe(31);
    expect(search(db, 'follower')).toHaveLength(30);
    expectIndexInStep(db);
  });

  it('a rollback brings the indexes back untouched', () => {
    const db = workspace();
    const before = indexes(db);
    db.exec('BEGIN IMMEDIATE');
    writeFollowers(db, 30);
    db.exec('ROLLBACK');
    expect(indexes(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);
    expectIndexInStep(db);
  });
});

describe('what an import states about a person', () => {
  const ada = (fields: Partial<PersonRecord>): PersonRecord => ({
    type: 'person',
    sourceKey: 'ada@example.org',
    displayName: 'Ada',
    ...fields,
  });
  const stored = (db: Db) =>
    db.prepare('SELECT display_name, company, position FROM people').get() as Record<string, unknown>;

  it('a file naming a person twice states both rows merged, and removal comes back to that', async () => {
    const db = workspace();
    await importRecords(db, [
      ada({ company: 'Giving Kitchen' }),
      ada({ displayName: 'Ada L.', position: 'Chef' }),
    ]);
    const merged = { display_name: 'Ada L.', company: 'Giving Kitchen', position: 'Chef' };
    expect(stored(db)).toEqual(merged);
    const later = await importRecords(db, [ada({ company: 'Gi' })]);
    expect(stored(db)).toEqual({ display_name: 'Ada', company: 'Gi', position: 'Chef' });

    removeSource(db, later.sourceId!, refreshProfile);
    expect(stored(db)).toEqual(merged);
  });
});
