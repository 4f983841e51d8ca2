import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { removeSource } from '../db/removal-repo';
import type { Db } from '../db/sqlite';
import { tableCounts } from '../db/workspace-repo';
import { createWorkspaceFile } from '../db/workspace-file';
import { fingerprint } from '../test-support/file-hash';
import { useTempDir } from '../test-support/temp-dir';
import type { ImportFormat } from '../importers/format';
import { readLines } from '../importers/util/lines';
import { runImport } from './pipeline';
import type { ImportRecord } from '../importers/records';
import { refreshProfile } from './writer';

const tempDir = useTempDir();

/**
 * A tiny line format for exercising the pipeline without any real reader:
 *   follow <followerId> <followeeId> | account <id> <handle> <name> <observedAt> | post <id> <authorId> <text…> | boom
 */
const lineFormat: ImportFormat = {
  id: 'generic-csv',
  label: 'Test lines',
  async detect(input) {
    const head = (await input.head(input.entries[0]!.path, 16)).toString();
    return /^(follow|account|post|like|person|boom|handle-follow|skip)/.test(head)
      ? { format: 'generic-csv', label: 'Test lines', summary: 'lines', needs: {} }
      : null;
  },
  async *read(input, _options, ctx) {
    const name = input.entries[0]!.path;
    for await (const line of readLines(await input.open(name))) {
      const [kind, a, b, ...rest] = line.text.split(' ');
      if (ctx.signal.aborted) throw new AppError('CANCELLED', 'cancelled');
      const record: ImportRecord | null =
        kind === 'follow'
          ? { type: 'follow', follower: { network: 'x', id: a! }, followee: { network: 'x', id: b! } }
          : kind === 'account'
            ? {
                type: 'account',
                key: { network: 'x', id: a!, handle: b },
                name: rest[0],
                observedAt: rest[1],
              }
            : kind === 'handle-follow'
              ? { type: 'follow', follower: { network: 'x', handle: a! }, followee: { network: 'x', id: b! } }
              : kind === 'post'
                ? {
                    type: 'post',
                    network: 'x',
                    id: a!,
                    author: { network: 'x', id: b! },
                    text: rest.join(' '),
                    kind: 'post',
                    tags: ['sales'],
                    links: ['https://www.example.com/x'],
                  }
                : kind === 'like'
                  ? {
                      type: 'like',
                      account: { network: 'x', id: a! },
                      post: { network: 'x', id: b!, text: rest.join(' ') },
                    }
                  : kind === 'person'
                    ? {
                        type: 'person',
                        sourceKey: a!,
                        displayName: b!,
                        accounts: [
                          { key: { network: 'x', handle: rest[0]! }, status: 'confirmed', evidence: 'test' },
                        ],
                      }
                    : kind === 'skip'
                      ? { type: 'skip', reason: 'no id', where: `line ${line.number}` }
                      : null;
      if (kind === 'boom') throw new AppError('IMPORT_FORMAT', `${name}, line ${line.number}: boom`);
      if (record) yield record;
    }
  },
};

function workspace(): { db: Db; path: string } {
  const path = join(tempDir(), 'w.itrack');
  return { db: createWorkspaceFile(path, 'test'), path };
}

function file(name: string, lines: string[]): string {
  const path = join(tempDir(), name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const quiet = { signal: new AbortController().signal, progress: () => {} };
const importFile = (db: Db, path: string, extra: object = {}) =>
  runImport(db, { path, ...extra }, quiet, [lineFormat]);

describe('import pipeline', () => {
  it('imports records and ties every row to its source', async () => {
    const { db } = workspace();
    const summary = await importFile(
      db,
      file('a.txt', ['follow 1 2', 'follow 3 2', 'post 10 2 hello world', 'skip', 'skip']),
    );
    expect(summary.added).toMatchObject({ accounts: 3, follows: 2, posts: 1 });
    expect(summary.skipped).toEqual([{ reason: 'no id', count: 2, examples: ['line 4', 'line 5'] }]);
    expect(tableCounts(db)).toMatchObject({
      sources: 1,
      accounts: 3,
      follows: 2,
      follow_sources: 2,
      posts: 1,
      post_tags: 1,
      post_links: 1,
    });
    expect(db.prepare('SELECT domain FROM post_links').pluck().get()).toBe('example.com');
  });

  it('importing the same file twice changes nothing', async () => {
    const { db } = workspace();
    const path = file('a.txt', ['follow 1 2', 'post 10 2 hi']);
    await importFile(db, path);
    const before = tableCounts(db);
    const again = await importFile(db, path);
    expect(again.alreadyImportedAt).toBeTruthy();
    expect(tableCounts(db)).toEqual(before);
  });

  it('a bad record rolls the whole import back and leaves the file as it was', async () => {
    const { db, path } = workspace();
    await importFile(db, file('ok.txt', ['follow 1 2']));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = tableCounts(db);
    const bytes = fingerprint(path);
    const error = await importFile(db, file('bad.txt', ['follow 5 6', 'post 11 5 text', 'boom'])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('bad.txt, line 3: boom');
    expect(tableCounts(db)).toEqual(before);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fingerprint(path)).toBe(bytes);
  });

  it('cancelling leaves the workspace unchanged', async () => {
    const { db } = workspace();
    const lines = Array.from({ length: 10_000 }, (_, i) => `follow ${i + 100} 1`);
    const controller = new AbortController();
    const run = runImport(
      db,
      { path: file('big.txt', lines) },
      { signal: controller.signal, progress: () => controller.abort() },
      [lineFormat],
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(tableCounts(db)).toMatchObject({ sources: 0, accounts: 0, follows: 0 });
  });

  it('reads the whole file with no transaction open; a bad record never opens one', async () => {
    const { db } = workspace();
    const seen: boolean[] = [];
    const statements: string[] = [];
    const exec = db.exec.bind(db);
    db.exec = (sql: string) => (statements.push(sql), exec(sql));
    const watching: ImportFormat = {
      ...lineFormat,
      async *read(input, options, ctx) {
        for await (const record of lineFormat.read(input, options, ctx)) {
          seen.push(db.inTransaction);
          yield record;
        }
      },
    };
    const bad = file('bad.txt', [...Array.from({ length: 5_000 }, (_, i) => `follow ${i + 10} 1`), 'boom']);
    await expect(runImport(db, { path: bad }, quiet, [watching])).rejects.toMatchObject({
      code: 'IMPORT_FORMAT',
    });
    expect(statements).toEqual([]);
    await runImport(db, { path: file('ok.txt', ['follow 1 2', 'follow 3 2']) }, quiet, [watching]);
    expect(seen).toHaveLength(5_002);
    expect(seen.every((inTransaction) => !inTransaction)).toBe(true);
    expect(statements).toEqual(['BEGIN IMMEDIATE', 'COMMIT']);
  });

  it('saves in pauses for progress and cancel only when the caller holds other calls back', async () => {
    const { db } = workspace();
    const lines = Array.from({ length: 3_000 }, (_, i) => `follow ${i + 100} 1`);
    const phases: string[] = [];
    const controller = new AbortController();
    const held = runImport(
      db,
      { path: file('held.txt', lines) },
      {
        signal: controller.signal,
        progress: (p) => {
          phases.push(p.phase);
          if (p.phase === 'saving' && p.records > 0) controller.abort();
        },
        holdOtherCalls: (work) => work(),
      },
      [lineFormat],
    );
    await expect(held).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(phases).toContain('saving');
    expect(tableCounts(db)).toMatchObject({ sources: 0, follows: 0 });

    const direct: string[] = [];
    await runImport(
      db,
      { path: file('direct.txt', lines) },
      { ...quiet, progress: (p) => direct.push(p.phase) },
      [lineFormat],
    );
    expect(direct.at(-1)).toBe('saving');
    expect(direct.filter((phase) => phase === 'saving')).toHaveLength(1);
  });

  it('an account seen first by handle gets its id later instead of being duplicated', async () => {
    const { db } = workspace();
    await importFile(db, file('a.txt', ['handle-follow Dana 2']));
    await importFile(db, file('b.txt', ['account 77 dana Dana_Lee 2024-01-01T00:00:00.000Z']));
    expect(
      db
        .prepare(
          'SELECT external_id, handle, name FROM accounts WHERE id != (SELECT id FROM accounts WHERE external_id = ?)',
        )
        .all('2'),
    ).toEqual([{ external_id: '77', handle: 'dana', name: 'Dana_Lee' }]);
  });

  it('the newest profile wins, and removing it brings the older one back', async () => {
    const { db } = workspace();
    await importFile(db, file('old.txt', ['account 9 ceo Old_Name 2020-01-01T00:00:00.000Z']));
    const newer = await importFile(db, file('new.txt', ['account 9 ceo New_Name 2024-01-01T00:00:00.000Z']));
    await importFile(db, file('older-but-later.txt', ['account 9 ceo Ancient 2019-01-01T00:00:00.000Z']));
    const name = () => db.prepare("SELECT name FROM accounts WHERE external_id = '9'").pluck().get();
    expect(name()).toBe('New_Name');
    removeSource(db, newer.sourceId!, refreshProfile);
    expect(name()).toBe('Old_Name');
  });

  it('removing an import takes back exactly what only it brought', async () => {
    const { db } = workspace();
    const first = await importFile(
      db,
      file('a.txt', ['follow 1 2', 'follow 3 2', 'post 10 2 hi', 'like 1 50 liked text']),
    );
    const before = tableCounts(db);
    const second = await importFile(
      db,
      file('b.txt', ['follow 1 2', 'follow 4 2', 'post 10 2 hi', 'post 11 4 new', 'like 1 50 liked text']),
    );
    db.prepare(
      "INSERT INTO prospects(account_id, added_at) SELECT id, 'now' FROM accounts WHERE external_id = '4'",
    ).run();
    removeSource(db, second.sourceId!, refreshProfile);
    const after = tableCounts(db);
    // Account 4 stays because the user made it a prospect; everything else is as before.
    expect({ ...after, accounts: after.accounts! - 1, prospects: 0 }).toEqual(before);
    removeSource(db, first.sourceId!, refreshProfile);
    expect(tableCounts(db)).toMatchObject({
      follows: 0,
      posts: 0,
      likes: 0,
      sources: 0,
      accounts: 1,
      prospects: 1,
    });
  });

  it('people link to the accounts their records name', async () => {
    const { db } = workspace();
    const summary = await importFile(db, file('p.txt', ['person dana@x.com Dana danalee']), {
      relationship: 'customer',
    });
    expect(summary.added).toMatchObject({ people: 1, links: 1, accounts: 1 });
    expect(db.prepare('SELECT relationship FROM people').pluck().get()).toBe('customer');
    expect(db.prepare('SELECT status FROM person_accounts').pluck().get()).toBe('confirmed');
  });

  it('a file nobody recognises is refused with its name', async () => {
    const { db } = workspace();
    await expect(importFile(db, file('photo.jpg', ['\u00ff\u00d8 binary']))).rejects.toMatchObject({
      code: 'IMPORT_UNRECOGNIZED',
      message: expect.stringContaining('photo.jpg: not a file Inside Track can import'),
    });
  });
});
