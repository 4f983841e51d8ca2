import { createWorkspaceFile, type WorkspaceFileOptions } from '../main/db/workspace-file';
import type { Db } from '../main/db/sqlite';
import { seeded, vocabulary, zipf } from './random';

export interface BenchWorkspaceSize {
  followers: number;
  posts: number;
  likes: number;
  people: number;
}

export interface BenchWorkspace {
  db: Db;
  prospectId: number;
  words: string[];
}

/**
 * A deterministic workspace straight through SQL (the import path is measured separately): a
 * prospect with `followers` followers, 2,000 followees, the user's people and a middle layer that
 * connects them, posts with Zipf-distributed words and tags, and likes. With `options.key` the file
 * is encrypted (bench/encryption.ts builds the same workspace both ways).
 */
export function buildWorkspace(
  path: string,
  size: BenchWorkspaceSize,
  options: WorkspaceFileOptions = {},
): BenchWorkspace {
  const db = createWorkspaceFile(path, 'bench', options);
  const random = seeded(42);
  const words = vocabulary(random, 5000);
  const now = Date.parse('2026-11-01T00:00:00Z');
  const insertAccount = db.prepare(
    'INSERT INTO accounts(id, network, external_id, handle, name, bio, location, followers_count, following_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFollow = db.prepare('INSERT OR IGNORE INTO follows(follower_id, followee_id) VALUES (?, ?)');
  const insertPost = db.prepare(
    "INSERT INTO posts(id, network, external_id, author_id, created_at, text, kind, reply_to_account_id) VALUES (?, 'x', ?, ?, ?, ?, ?, ?)",
  );
  const insertTag = db.prepare('INSERT OR IGNORE INTO post_tags(post_id, tag) VALUES (?, ?)');
  const insertLike = db.prepare('INSERT OR IGNORE INTO likes(account_id, post_id) VALUES (?, ?)');
  const insertPerson = db.prepare(
    "INSERT INTO people(id, source_key, display_name, relationship, created_at) VALUES (?, ?, ?, ?, '2026-01-01')",
  );
  const linkPerson = db.prepare(
    "INSERT INTO person_accounts(person_id, account_id, status) VALUES (?, ?, 'confirmed')",
  );

  const prospectId = 1;
  const followeeBase = 10;
  const middleBase = followeeBase + 2_000;
  const peopleBase = middleBase + 20_000;
  const followerBase = peopleBase + size.people;
  const roles = [
    'CEO and founder',
    'Head of marketing',
    'Software engineer',
    'Investor',
    'Journalist',
    'Sales director',
  ];
  const places = ['Paris, France', 'Berlin', 'London', 'New York', 'Lyon', null];

  db.transaction(() => {
    insertAccount.run(
      prospectId,
      'x',
      '900000000000000001',
      'bench_prospect',
      'Bench Prospect',
      'CEO of a logistics company',
      'Lyon',
      size.followers,
      2_000,
    );
    const account = (id: number, handle: string) =>
      insertAccount.run(
        id,
        'x',
        String(1_000_000_000_000n + BigInt(id)),
        handle,
        handle.replace('_', ' '),
        roles[id % roles.length],
        places[id % places.length],
        Math.floor(random() * 100_000),
        500,
      );
    for (let i = 0; i < 2_000; i += 1) {
      account(followeeBase + i, `followee_${i}`);
      insertFollow.run(prospectId, followeeBase + i);
    }
    for (let i = 0; i < 20_000; i += 1) {
      account(middleBase + i, `middle_${i}`);
      if (i % 10 === 0) insertFollow.run(middleBase + i, prospectId);
      // The prospect follows a few of them back: the warm way in (the prospect chose them).
      if (i % 40 === 0) insertFollow.run(prospectId, middleBase + i);
    }
    for (let i = 0; i < size.people; i += 1) {
      account(peopleBase + i, `person_${i}`);
      insertPerson.run(
        i + 1,
        `person-${i}`,
        `Person ${i}`,
        i === 0 ? 'me' : ['colleague', 'customer', 'partner', 'friend'][i % 4],
      );
      linkPerson.run(i + 1, peopleBase + i);
      for (let k = 0; k < 20; k += 1) {
        const middle = middleBase + Math.floor(random() * 20_000);
        insertFollow.run(peopleBase + i, middle);
        // About a third follow back, so some hops are warm (a one-way follow is a cold hop).
        if (random() < 0.3) insertFollow.run(middle, peopleBase + i);
      }
    }
    for (let i = 0; i < size.followers; i += 1) {
      account(followerBase + i, `follower_${i}`);
      insertFollow.run(followerBase + i, prospectId);
      // The audience follows itself a little, as real audiences do.
      if (i % 4 === 0) insertFollow.run(followerBase + i, middleBase + (i % 20_000));
    }
    const authors = [
      prospectId,
      ...Array.from({ length: 5_000 }, (_, i) => followerBase + (i % Math.max(1, size.followers))),
    ];
    for (let p = 1; p <= size.posts; p += 1) {
      const length = 8 + Math.floor(random() * 20);
      const text = Array.from({ length }, () => words[zipf(random, words.length)]).join(' ');
      const author = p % 50 === 0 ? prospectId : authors[1 + Math.floor(random() * (authors.length - 1))]!;
      const createdAt = new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString();
      const reply = p % 9 === 0 ? prospectId : null;
      insertPost.run(
        p,
        String(5_000_000_000n + BigInt(p)),
        author,
        createdAt,
        text,
        reply ? 'reply' : 'post',
        reply,
      );
      if (p % 5 === 0) insertTag.run(p, words[zipf(random, 200)]!);
    }
    for (let l = 0; l < size.likes; l += 1) {
      insertLike.run(
        l % 10 === 0 ? prospectId : followerBase + (l % Math.max(1, size.followers)),
        1 + Math.floor(random() * size.posts),
      );
    }
  })();
  db.pragma('optimize');
  return { db, prospectId, words };
}
