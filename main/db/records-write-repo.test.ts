import { describe, expect, it } from 'vitest';
import { addImport, memoryWorkspace } from '../test-support/memory-workspace';
import { AccountsWriteRepo } from './accounts-write-repo';
import { RecordsWriteRepo, type PostColumns } from './records-write-repo';

function setUp() {
  const db = memoryWorkspace();
  const accounts = new AccountsWriteRepo(db);
  return {
    db,
    records: new RecordsWriteRepo(db),
    first: addImport(db, 'first.js'),
    second: addImport(db, 'second.js'),
    ada: accounts.insert('x', '1', 'ada')!,
    bob: accounts.insert('x', '2', 'bob')!,
  };
}

function post(fields: Partial<PostColumns> = {}): PostColumns {
  return {
    network: 'x',
    externalId: 'p1',
    authorId: null,
    createdAt: null,
    text: '',
    kind: 'post',
    replyToPostId: null,
    replyToAccountId: null,
    referencedPostId: null,
    lang: null,
    likeCount: null,
    repostCount: null,
    replyCount: null,
    quoteCount: null,
    ...fields,
  };
}

describe('RecordsWriteRepo', () => {
  it('adds a follow once and ties it to every import that saw it', () => {
    const { db, records, first, second, ada, bob } = setUp();
    expect(records.addFollow(ada, bob, first)).toBe(true);
    expect(records.addFollow(ada, bob, second)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM follows').pluck().get()).toBe(1);
    expect(db.prepare('SELECT source_id FROM follow_sources ORDER BY 1').pluck().all()).toEqual([
      first,
      second,
    ]);
  });

  it('fills what an earlier record of a post lacked, and keeps the longer text', () => {
    const { db, records, first, second, ada } = setUp();
    const stub = records.savePost(post({ text: 'Short' }), first);
    expect(stub.added).toBe(true);
    const full = records.savePost(
      post({ authorId: ada, text: 'Short, and longer', kind: 'reply', likeCount: 3 }),
      second,
    );
    expect(full).toEqual({ id: stub.id, added: false });
    const again = records.savePost(post({ text: 'Short' }), second);
    expect(again.added).toBe(false);
    expect(
      db
        .prepare('SELECT author_id AS authorId, text, kind, like_count AS likes FROM posts WHERE id = ?')
        .get(stub.id),
    ).toEqual({ authorId: ada, text: 'Short, and longer', kind: 'reply', likes: 3 });
    expect(db.prepare('SELECT count(*) FROM post_sources').pluck().get()).toBe(2);
  });

  it("stores a post's mentions, tags and links once each", () => {
    const { db, records, first, bob } = setUp();
    const { id } = records.savePost(post({ text: 'hi @bob #growth' }), first);
    for (let i = 0; i < 2; i += 1) {
      records.addMention(id, bob);
      records.addTag(id, 'growth');
      records.addLink(id, 'https://example.com/a', 'example.com');
    }
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('post_mentions'), count('post_tags'), count('post_links')]).toEqual([1, 1, 1]);
  });

  it('adds a like once and ties it to every import that saw it', () => {
    const { db, records, first, second, ada } = setUp();
    const { id } = records.savePost(post(), first);
    expect(records.addLike(ada, id, '2026-01-01T00:00:00.000Z', first)).toBe(true);
    expect(records.addLike(ada, id, null, second)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM like_sources').pluck().get()).toBe(2);
  });

  it('merges a person by source key: a later value wins, an absent one keeps the earlier', () => {
    const { db, records } = setUp();
    const person = {
      sourceKey: 'ada@example.com',
      displayName: 'Ada',
      company: 'Acme',
      position: null,
      email: 'ada@example.com',
      relationship: 'customer' as const,
      connectedOn: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const saved = records.savePerson(person);
    expect(saved.added).toBe(true);
    const again = records.savePerson({ ...person, displayName: 'Ada L.', company: null, position: 'CTO' });
    expect(again).toEqual({ id: saved.id, added: false });
    expect(
      db.prepare('SELECT display_name AS name, company, position FROM people WHERE id = ?').get(saved.id),
    ).toEqual({ name: 'Ada L.', company: 'Acme', position: 'CTO' });
  });

  it("confirms a suggested link to a person's account, but not one the user decided", () => {
    const { db, records, ada, bob } = setUp();
    const { id: person } = records.savePerson({
      sourceKey: 'k',
      displayName: 'Ada',
      company: null,
      position: null,
      email: null,
      relationship: 'customer',
      connectedOn: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(records.linkPersonAccount(person, ada, 'suggested', 'same name')).toBe(true);
    expect(records.linkPersonAccount(person, ada, 'confirmed', 'listed in the contact')).toBe(false);
    records.linkPersonAccount(person, bob, 'suggested', 'same name');
    db.prepare('UPDATE person_accounts SET decided = 1 WHERE account_id = ?').run(bob);
    records.linkPersonAccount(person, bob, 'confirmed', 'listed in the contact');
    expect(
      db
        .prepare('SELECT account_id AS account, status, evidence FROM person_accounts ORDER BY account_id')
        .all(),
    ).toEqual([
      { account: ada, status: 'confirmed', evidence: 'listed in the contact' },
      { account: bob, status: 'suggested', evidence: 'same name' },
    ]);
  });
});
