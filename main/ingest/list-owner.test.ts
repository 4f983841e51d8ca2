import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import type { Db } from '../db/sqlite';
import { createWorkspaceFile } from '../db/workspace-file';
import { fingerprint } from '../test-support/file-hash';
import { useTempDir } from '../test-support/temp-dir';
import { writeFile } from '../test-support/test-files';
import { OpenWorkspace } from '../workspace/open-workspace';
import { detectImport } from './detect';
import { runImport } from './pipeline';
import { removeImport } from './remove-import';

const tempDir = useTempDir();
const quiet = () => ({ signal: new AbortController().signal, progress: () => {} });

/** A real `twarc2 following` page: one line, saved as .json, its owner only in __twarc.url. */
function followingPage(dir: string, ownerId = '12345', name = 'following.json'): string {
  const page = {
    data: [
      { id: '1', username: 'ann', name: 'Ann' },
      { id: '2', username: 'ben', name: 'Ben' },
    ],
    meta: { result_count: 2 },
    __twarc: {
      url: `https://api.twitter.com/2/users/${ownerId}/following?max_results=1000`,
      version: '2.10.0',
      retrieved_at: '2023-05-01T10:00:00+00:00',
    },
  };
  return writeFile(dir, name, `${JSON.stringify(page)}\n`);
}

/** A twarc2 user lookup page: the profile of the list's owner, arriving later. */
function ownerProfilePage(dir: string): string {
  const page = {
    data: [{ id: '12345', username: 'acme_ceo', name: 'Acme CEO', description: 'CEO at Acme Logistics' }],
    __twarc: {
      url: 'https://api.twitter.com/2/users/by?usernames=acme_ceo',
      version: '2.10.0',
      retrieved_at: '2023-06-01T10:00:00+00:00',
    },
  };
  return writeFile(dir, 'acme_ceo.jsonl', `${JSON.stringify(page)}\n`);
}

function workspace(): { db: Db; path: string; dir: string } {
  const dir = tempDir();
  const path = join(dir, 'Acme.itrack');
  return { db: createWorkspaceFile(path, 'Acme'), path, dir };
}

const accounts = (db: Db) =>
  db.prepare('SELECT id, external_id AS externalId, handle, name FROM accounts ORDER BY id').all() as {
    id: number;
    externalId: string;
    handle: string | null;
    name: string | null;
  }[];

const followsOf = (db: Db, handle: string) =>
  db
    .prepare(
      `SELECT b.handle FROM follows f JOIN accounts a ON a.id = f.follower_id JOIN accounts b ON b.id = f.followee_id
       WHERE a.handle = ? ORDER BY b.handle`,
    )
    .pluck()
    .all(handle);

describe('whose list is it: a list that names its owner only by id', () => {
  it('the review asks who account id 12345 is, and stops asking once the workspace knows', async () => {
    const { db, path, dir } = workspace();
    const file = followingPage(dir);
    const open = new OpenWorkspace(path, db);
    expect(await detectImport(open, file)).toMatchObject({
      format: 'twarc2',
      owner: '12345',
      unnamedOwner: { list: 'following', id: '12345', name: 'X account id 12345 (name unknown)' },
    });
    await runImport(db, { path: ownerProfilePage(dir) }, quiet());
    expect(await detectImport(open, file)).toMatchObject({ owner: '@acme_ceo', unnamedOwner: null });
    db.close();
  });

  it('left unnamed, the owner keeps its follows and is called "X account id 12345 (name unknown)"', async () => {
    const { db, dir } = workspace();
    const summary = await runImport(db, { path: followingPage(dir) }, quiet());
    expect(summary.added).toMatchObject({ accounts: 3, follows: 2 });
    const owner = accounts(db).find((a) => a.externalId === '12345')!;
    expect(owner).toMatchObject({ handle: null, name: 'X account id 12345 (name unknown)' });
    expect(summary.warnings).toEqual([
      {
        message: expect.stringContaining('kept as “X account id 12345 (name unknown)” until you name it'),
        where: 'following.json',
      },
    ]);
    db.close();
  });

  it('named in the import (@acme_ceo), its follows attach to that account and no placeholder is made', async () => {
    const { db, dir } = workspace();
    const summary = await runImport(db, { path: followingPage(dir), listOwner: '@acme_ceo' }, quiet());
    expect(summary.warnings).toEqual([]);
    expect(accounts(db).map((a) => [a.externalId, a.handle, a.name])).toEqual([
      ['12345', 'acme_ceo', null],
      ['1', 'ann', 'Ann'],
      ['2', 'ben', 'Ben'],
    ]);
    expect(followsOf(db, 'acme_ceo')).toEqual(['ann', 'ben']);
    db.close();
  });

  it('named after an account known only by that handle, the two are one account', async () => {
    const { db, dir } = workspace();
    // A saved API response named by the user with --of @dana: Dana known by handle only.
    const followers = writeFile(
      dir,
      'dana_followers.json',
      JSON.stringify({ data: [{ id: '3', username: 'cat' }] }),
    );
    await runImport(db, { path: followers, listOwner: '@dana' }, quiet());
    const before = accounts(db).find((a) => a.handle === 'dana')!;
    expect(before.externalId).toBe('handle:dana');

    const named = await runImport(db, { path: followingPage(dir), listOwner: 'dana' }, quiet());
    expect(named.added).toMatchObject({ accounts: 2, follows: 2 });
    const dana = accounts(db).filter((a) => a.handle === 'dana');
    expect(dana).toEqual([{ id: expect.any(Number), externalId: '12345', handle: 'dana', name: null }]);
    expect(followsOf(db, 'dana')).toEqual(['ann', 'ben']);
    expect(followsOf(db, 'cat')).toEqual(['dana']);
    // Which import brought what is kept: the follower edge still belongs to the first import.
    const sources = db
      .prepare(
        `SELECT s.file_name FROM follow_sources fs JOIN sources s ON s.id = fs.source_id
         WHERE fs.followee_id = ? ORDER BY s.id`,
      )
      .pluck()
      .all(dana[0]!.id);
    expect(sources).toEqual(['dana_followers.json']);
    db.close();
  });

  it('an answer that cannot be that account is refused, naming the file, and nothing is imported', async () => {
    const { db, path, dir } = workspace();
    // @bob is in the workspace with his own X id: he cannot also be account id 12345.
    const bob = writeFile(
      dir,
      'bob.jsonl',
      `${JSON.stringify({ data: [{ id: '999', username: 'bob', name: 'Bob' }], __twarc: { url: 'https://api.twitter.com/2/users/by?usernames=bob' } })}\n`,
    );
    await runImport(db, { path: bob }, quiet());
    db.pragma('wal_checkpoint(TRUNCATE)');
    const unchanged = fingerprint(path);
    const refusal = (await runImport(db, { path: followingPage(dir), listOwner: '@bob' }, quiet()).catch(
      (error: unknown) => error,
    )) as AppError;
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal.code).toBe('IMPORT_NEEDS_INPUT');
    expect(refusal.message).toMatch(
      /^following\.json is the following list of X account id 12345: @bob is already another account/,
    );
    const otherId = (await runImport(db, { path: followingPage(dir), listOwner: '777' }, quiet()).catch(
      (error: unknown) => error,
    )) as AppError;
    expect(otherId.message).toMatch(
      /^following\.json is the following list of X account id 12345: its request URL says so/,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fingerprint(path)).toBe(unchanged);
    db.close();
  });

  it('when its profile arrives later, the placeholder is that account: same row, profile filled in', async () => {
    const { db, path, dir } = workspace();
    await runImport(db, { path: followingPage(dir) }, quiet());
    const placeholder = accounts(db).find((a) => a.externalId === '12345')!;
    const profile = await runImport(db, { path: ownerProfilePage(dir) }, quiet());
    const owner = accounts(db).find((a) => a.externalId === '12345')!;
    expect(owner).toEqual({ id: placeholder.id, externalId: '12345', handle: 'acme_ceo', name: 'Acme CEO' });
    expect(followsOf(db, 'acme_ceo')).toEqual(['ann', 'ben']);
    // Removing the profile's import leaves the list's owner with its handle, never nameless.
    removeImport(new OpenWorkspace(path, db), profile.sourceId!);
    expect(accounts(db).find((a) => a.externalId === '12345')).toMatchObject({ handle: 'acme_ceo' });
    db.close();
  });
});
