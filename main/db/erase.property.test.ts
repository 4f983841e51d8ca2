import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markersIn, workspaceBytes } from '../test-support/erase-world';
import { propertyRuns } from '../test-support/import-check';
import { useTempDir } from '../test-support/temp-dir';
import { eraseFromWorkspaceFile } from './erase-file';
import type { Db } from './sqlite';
import { createWorkspaceFile } from './workspace-file';

const tempDir = useTempDir();

/** A small world: accounts 0..n-1, each with marked handle, name, bio and posts, that mention others. */
const worlds = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    erased: fc.integer({ min: 0, max: n - 1 }),
    follows: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
      selector: ([a, b]) => `${a}-${b}`,
      maxLength: 20,
    }),
    posts: fc.array(fc.record({ author: fc.nat(n - 1), mentions: fc.option(fc.nat(n - 1), { nil: null }) }), {
      maxLength: 12,
    }),
    likes: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(11)), { maxLength: 15 }),
  }),
);
type World = typeof worlds extends fc.Arbitrary<infer T> ? T : never;

const marks = (i: number) => [`mk${i}h`, `Mk${i}n`, `mk${i}b`, `mk${i}p`];

function build(db: Db, world: World): void {
  const insertAccount = db.prepare(
    "INSERT INTO accounts(id, network, external_id, handle, name, bio) VALUES (?, 'x', ?, ?, ?, ?)",
  );
  for (let i = 0; i < world.n; i += 1)
    insertAccount.run(i + 1, `id${i}`, `mk${i}h`, `Name Mk${i}n`, `bio mk${i}b`);
  for (const [a, b] of world.follows) {
    if (a !== b) db.prepare('INSERT INTO follows(follower_id, followee_id) VALUES (?, ?)').run(a + 1, b + 1);
  }
  world.posts.forEach((post, at) => {
    const mention = post.mentions === null ? '' : ` with @mk${post.mentions}h`;
    db.prepare(
      "INSERT INTO posts(id, network, external_id, author_id, text, kind) VALUES (?, 'x', ?, ?, ?, 'post')",
    ).run(at + 1, `p${at}`, post.author + 1, `post mk${post.author}p${mention}`);
    if (post.mentions !== null) {
      db.prepare('INSERT INTO post_mentions(post_id, account_id) VALUES (?, ?)').run(
        at + 1,
        post.mentions + 1,
      );
    }
  });
  for (const [account, post] of world.likes) {
    if (post < world.posts.length) {
      db.prepare('INSERT OR IGNORE INTO likes(account_id, post_id) VALUES (?, ?)').run(account + 1, post + 1);
    }
  }
}

describe('erasing one account of a random small world', () => {
  it('leaves none of its markers in the files and everything else as it was', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        const path = join(tempDir(), 'World.itrack');
        const db = createWorkspaceFile(path, 'test');
        try {
          build(db, world);
          const k = world.erased;
          const kPosts = new Set(world.posts.flatMap((p, at) => (p.author === k ? [at + 1] : [])));
          const count = (sql: string) => Number(db.prepare(sql).pluck().get());
          const expected = {
            accounts: world.n - 1,
            posts: world.posts.length - kPosts.size,
            follows: count(
              `SELECT count(*) FROM follows WHERE follower_id <> ${k + 1} AND followee_id <> ${k + 1}`,
            ),
            likes: count(
              `SELECT count(*) FROM likes WHERE account_id <> ${k + 1} AND post_id NOT IN (${[...kPosts, 0].join(',')})`,
            ),
          };
          eraseFromWorkspaceFile(
            db,
            { kind: 'account', network: 'x', externalId: `id${k}` },
            { notes: 'redact', linkedAccounts: false },
          );
          const bytes = workspaceBytes(path);
          expect(markersIn(bytes, marks(k))).toEqual([]);
          const others = [...Array(world.n).keys()].filter((i) => i !== k);
          // Every other account keeps its handle, name and bio; posts of theirs keep their marker.
          for (const i of others) expect(markersIn(bytes, marks(i).slice(0, 3))).toHaveLength(3);
          const authors = new Set(world.posts.map((p) => p.author).filter((a) => a !== k));
          for (const a of authors) expect(markersIn(bytes, [`mk${a}p`])).toHaveLength(1);
          expect({
            accounts: count('SELECT count(*) FROM accounts'),
            posts: count('SELECT count(*) FROM posts'),
            follows: count('SELECT count(*) FROM follows'),
            likes: count('SELECT count(*) FROM likes'),
          }).toEqual(expected);
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        } finally {
          db.close();
        }
      }),
      { numRuns: propertyRuns(25) },
    );
  });
});
