import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BYSTANDER, buildEraseWorld, markersIn, TARGET, workspaceBytes } from '../test-support/erase-world';
import { useTempDir } from '../test-support/temp-dir';
import { eraseFromWorkspaceFile } from './erase-file';
import { EraseRepo, type EraseChoices } from './erase-repo';
import type { Db } from './sqlite';
import { createWorkspaceFile } from './workspace-file';

const tempDir = useTempDir();
const redact: EraseChoices = { notes: 'redact', linkedAccounts: false };
const account = { kind: 'account', network: 'x', externalId: '9001' } as const;
const person = { kind: 'person', sourceKey: 'linkedin.com/in/zqperson' } as const;

function world(): { db: Db; path: string } {
  const path = join(tempDir(), 'Erase.itrack');
  const db = createWorkspaceFile(path, 'test');
  buildEraseWorld(db);
  return { db, path };
}

const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const ok = (db: Db) => {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  for (const fts of ['posts_fts', 'accounts_fts', 'notes_fts']) {
    db.exec(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`);
  }
};

describe('erasing an account leaves no byte of it in the workspace file, its WAL or its indexes', () => {
  const kinds: [string, string][] = [
    ['profile (handle)', TARGET.handle],
    ['profile (name)', TARGET.name],
    ['profile (bio) and its full-text index', TARGET.bio],
    ['post, its link and a repost of it', TARGET.post],
    ['their prospect note', TARGET.note],
    ['the organisation set for them as a prospect', TARGET.org],
  ];
  it.each(kinds)('%s', (_kind, marker) => {
    const { db, path } = world();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(markersIn(workspaceBytes(path), [marker])).toEqual([marker]);
    eraseFromWorkspaceFile(db, account, redact);
    expect(markersIn(workspaceBytes(path), [marker])).toEqual([]);
  });

  it('removes their likes, follows both ways, category places, links, prospect, saved search and competitor entry; keeps the rest', () => {
    const { db, path } = world();
    const report = eraseFromWorkspaceFile(db, account, redact);
    expect(report.label).toBe('@zqhandle (Quentin Zqname)');
    expect(report.counts).toMatchObject({
      accounts: 1,
      posts: 2,
      likes: 1,
      follows: 2,
      prospects: 1,
      categories: 2,
      links: 2,
      savedSearches: 1,
      notesMentioning: 1,
      notesRedacted: 1,
    });
    const bytes = workspaceBytes(path);
    expect(markersIn(bytes, Object.values(TARGET).slice(0, 6))).toEqual([]);
    expect(markersIn(bytes, BYSTANDER)).toEqual([...BYSTANDER]);
    expect(statSync(`${path}-wal`).size).toBe(0);
    ok(db);
    const counts = Object.fromEntries(
      [
        'accounts',
        'posts',
        'follows',
        'likes',
        'prospects',
        'notes',
        'people',
        'person_accounts',
        'saved_searches',
        'sources',
      ].map((t) => [t, count(db, t)]),
    );
    expect(counts).toEqual({
      accounts: 2,
      posts: 2,
      follows: 1,
      likes: 1,
      prospects: 1,
      notes: 1,
      people: 2,
      person_accounts: 1,
      saved_searches: 1,
      sources: 3,
    });
    expect(db.prepare('SELECT text FROM posts WHERE id = 101').pluck().get()).toBe(
      'keeppost: lunch with @[erased] and [erased]',
    );
    expect(db.prepare('SELECT bio FROM accounts WHERE id = 11').pluck().get()).toBe(
      'keepbio and friend of @[erased]',
    );
    expect(db.prepare("SELECT value FROM workspace_meta WHERE key = 'pursuit'").pluck().get()).toContain(
      '"@other"',
    );
    expect(db.prepare("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'keeppost'").pluck().get()).toBe(
      1,
    );
  });

  it('keeps the text of notes that mention them when the user says so, and says which', () => {
    const { db } = world();
    const report = eraseFromWorkspaceFile(db, account, { notes: 'keep', linkedAccounts: false });
    expect(report.notes).toEqual([
      { accountId: 11, handle: 'keeper', excerpt: expect.stringContaining('Knows @[erased] well') },
    ]);
    expect(report.counts).toMatchObject({ notesMentioning: 1, notesRedacted: 0 });
    expect(db.prepare('SELECT body FROM notes').pluck().get()).toContain('@zqhandle');
  });

  it('a preview reports the same and changes nothing', () => {
    const { db } = world();
    const before = db.prepare('SELECT count(*) FROM accounts').pluck().get();
    const preview = new EraseRepo(db).preview(account, redact);
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(before);
    expect(db.prepare('SELECT text FROM posts WHERE id = 101').pluck().get()).toContain('@zqhandle');
    expect(eraseFromWorkspaceFile(db, account, redact)).toEqual(preview);
  });
});

describe('erasing a person', () => {
  const personMarkers = [TARGET.person, TARGET.personSays, TARGET.merged, TARGET.mergedSnapshot, 'zqperson'];

  it('removes their record, facts, links, merges and the snapshots a merge kept, and their name in notes', () => {
    const { db, path } = world();
    const report = eraseFromWorkspaceFile(db, person, redact);
    expect(report.counts).toMatchObject({ people: 1, merges: 1, accounts: 0, notesRedacted: 1 });
    const bytes = workspaceBytes(path);
    expect(markersIn(bytes, personMarkers)).toEqual([]);
    // Their linked account stays unless the user chooses to erase it too.
    expect(markersIn(bytes, [TARGET.handle])).toEqual([TARGET.handle]);
    expect(markersIn(bytes, BYSTANDER)).toEqual([...BYSTANDER]);
    expect(count(db, 'person_duplicate_rejections')).toBe(0);
    expect(count(db, 'people')).toBe(1);
    ok(db);
  });

  it('with their linked accounts, those go too', () => {
    const { db, path } = world();
    const report = eraseFromWorkspaceFile(db, person, { notes: 'redact', linkedAccounts: true });
    expect(report.counts).toMatchObject({ people: 1, accounts: 1 });
    const bytes = workspaceBytes(path);
    expect(markersIn(bytes, [...personMarkers, TARGET.handle, TARGET.name, TARGET.bio, TARGET.post])).toEqual(
      [],
    );
    expect(markersIn(bytes, BYSTANDER)).toEqual([...BYSTANDER]);
    ok(db);
  });
});
