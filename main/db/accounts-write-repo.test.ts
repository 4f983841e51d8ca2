import { describe, expect, it } from 'vitest';
import { addImport, memoryWorkspace } from '../test-support/memory-workspace';
import { AccountsWriteRepo, handlePlaceholderId } from './accounts-write-repo';

function setUp() {
  const db = memoryWorkspace();
  return { db, accounts: new AccountsWriteRepo(db), sourceId: addImport(db) };
}

const noProfile = {
  name: null,
  bio: null,
  location: null,
  url: null,
  followersCount: null,
  followingCount: null,
  postsCount: null,
  createdAt: null,
  profileSeenAt: null,
};

describe('AccountsWriteRepo', () => {
  it('reports the id of an account it creates, and nothing when the account exists', () => {
    const { accounts } = setUp();
    const id = accounts.insert('x', '42', 'ada');
    expect(id).toBeTypeOf('number');
    expect(accounts.insert('x', '42', 'ada')).toBeUndefined();
    expect(accounts.idByExternalId('x', '42')).toBe(id);
    expect(accounts.idByExternalId('bluesky', '42')).toBeUndefined();
  });

  it('finds a handle on its real account before a placeholder with the same handle', () => {
    const { accounts } = setUp();
    const placeholder = accounts.insert('x', handlePlaceholderId('Ada'), 'Ada')!;
    const real = accounts.insert('x', '42', 'ada')!;
    expect(accounts.idByHandle('x', 'ADA')).toBe(real);
    expect(placeholder).toBeLessThan(real);
  });

  it('knows whether any handle-only account waits for its id, and gives it the id once known', () => {
    const { accounts } = setUp();
    accounts.insert('x', '7', 'known');
    expect(accounts.hasPlaceholders()).toBe(false);
    const placeholder = accounts.insert('x', handlePlaceholderId('grace'), 'grace')!;
    expect(accounts.hasPlaceholders()).toBe(true);
    accounts.promotePlaceholder(placeholder, '99');
    expect(accounts.idByExternalId('x', '99')).toBe(placeholder);
    expect(accounts.hasPlaceholders()).toBe(false);
  });

  it('sets a handle only where none is known', () => {
    const { db, accounts } = setUp();
    const id = accounts.insert('x', '1', null)!;
    accounts.setHandleIfMissing(id, 'first');
    accounts.setHandleIfMissing(id, 'second');
    expect(db.prepare('SELECT handle FROM accounts WHERE id = ?').pluck().get(id)).toBe('first');
  });

  it('keeps what each import stated about an account, newest first, and applies a profile', () => {
    const { db, accounts, sourceId } = setUp();
    const later = addImport(db, 'later.js');
    const id = accounts.insertWithProfile('x', '5', {
      ...noProfile,
      handle: 'lin',
      name: 'Lin',
      followersCount: 10,
    })!;
    accounts.putSnapshot(id, sourceId, '2026-01-01T00:00:00.000Z', '{"name":"Lin"}');
    accounts.putSnapshot(id, later, '2026-02-01T00:00:00.000Z', '{"name":"Lin B."}');
    expect(accounts.profileSnapshots(id)).toEqual(['{"name":"Lin B."}', '{"name":"Lin"}']);
    accounts.applyProfile(id, { ...noProfile, handle: null, name: 'Lin B.', bio: 'Writer' });
    expect(
      db.prepare('SELECT handle, name, bio, followers_count AS followers FROM accounts WHERE id = ?').get(id),
    ).toEqual({ handle: 'lin', name: 'Lin B.', bio: 'Writer', followers: null });
  });

  it('ties an account to an import once', () => {
    const { db, accounts, sourceId } = setUp();
    const id = accounts.insert('x', '3', 'c')!;
    accounts.linkSource(id, sourceId);
    accounts.linkSource(id, sourceId);
    expect(db.prepare('SELECT count(*) FROM account_sources').pluck().get()).toBe(1);
  });

  it('indexes the accounts an import created for search once the import ends', () => {
    const { db, accounts } = setUp();
    accounts.insert('x', '1', 'before');
    const above = accounts.deferSearchIndex();
    accounts.insertWithProfile('x', '2', { ...noProfile, handle: 'during', bio: 'gardener' });
    const found = () =>
      db.prepare("SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'gardener'").pluck().get();
    expect(found()).toBe(0);
    accounts.indexDeferred(above);
    expect(found()).toBe(1);
    accounts.insertWithProfile('x', '3', { ...noProfile, handle: 'after', bio: 'gardener' });
    expect(found()).toBe(2);
  });

  it('sets the accounts indexes no import reads aside and rebuilds them', () => {
    const { db, accounts } = setUp();
    const indexes = () =>
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('accounts_by_name', 'accounts_by_followers') ORDER BY name",
        )
        .pluck()
        .all();
    const suspension = accounts.suspendIndexes();
    expect(indexes()).toEqual([]);
    suspension.restore();
    expect(indexes()).toEqual(['accounts_by_followers', 'accounts_by_name']);
  });
});
