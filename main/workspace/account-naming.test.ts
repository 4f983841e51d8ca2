import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import type { Db } from '../db/sqlite';
import { createWorkspaceFile } from '../db/workspace-file';
import { fingerprint } from '../test-support/file-hash';
import { useTempDir } from '../test-support/temp-dir';
import { nameAccountAs } from './account-naming';
import { OpenWorkspace } from './open-workspace';

const tempDir = useTempDir();

/**
 * A workspace where X account id 12345 is known only by its id (the owner of a following list)
 * and @dana only by her handle (named by the user for a followers file), each with their own
 * follows, posts, likes, links, categories and a prospect's note.
 */
function world() {
  const path = join(tempDir(), 'Acme.itrack');
  const db = createWorkspaceFile(path, 'Acme');
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    `INSERT INTO sources(id, file_name, path, sha256, format, imported_at) VALUES
       (1, 'following.json', '/f', 'a', 'twarc2', '2026-01-01'), (2, 'dana_followers.json', '/d', 'b', 'x-api-v2', '2026-01-02')`,
  );
  run(
    `INSERT INTO accounts(id, network, external_id, handle, name) VALUES
       (1, 'x', '12345', NULL, 'X account id 12345 (name unknown)'), (2, 'x', 'handle:dana', 'dana', NULL),
       (3, 'x', '3', 'ann', 'Ann'), (4, 'x', '4', 'ben', 'Ben'), (5, 'x', '999', 'bob', 'Bob')`,
  );
  run(`INSERT INTO account_sources(account_id, source_id) VALUES (1, 1), (3, 1), (4, 1), (2, 2), (3, 2)`);
  // 12345 follows ann and ben; dana follows ben too (one edge after the merge), ann follows dana,
  // and dana follows 12345 (a self-follow once they are one account: it goes).
  for (const [a, b, source] of [
    [1, 3, 1],
    [1, 4, 1],
    [2, 4, 2],
    [3, 2, 2],
    [2, 1, 2],
  ]) {
    run('INSERT INTO follows(follower_id, followee_id) VALUES (?, ?)', a, b);
    run('INSERT INTO follow_sources(follower_id, followee_id, source_id) VALUES (?, ?, ?)', a, b, source);
  }
  run(
    `INSERT INTO posts(id, network, external_id, author_id, text, kind) VALUES (1, 'x', 'p1', 2, 'hello', 'post')`,
  );
  run('INSERT INTO post_sources(post_id, source_id) VALUES (1, 2)');
  run('INSERT INTO post_mentions(post_id, account_id) VALUES (1, 2)');
  run('INSERT INTO likes(account_id, post_id) VALUES (2, 1)');
  run('INSERT INTO like_sources(account_id, post_id, source_id) VALUES (2, 1, 2)');
  run(
    `INSERT INTO people(id, source_key, display_name, relationship, created_at) VALUES (1, 'li:dana', 'Dana Lee', 'customer', '2026-01-01')`,
  );
  run(`INSERT INTO person_accounts(person_id, account_id, status, decided) VALUES (1, 2, 'confirmed', 1)`);
  run(
    `INSERT INTO link_decisions(person_key, network, external_id, status) VALUES ('li:dana', 'x', 'handle:dana', 'confirmed')`,
  );
  run('INSERT INTO account_categories(account_id, category_id, manual) VALUES (2, 1, 1)');
  run(`INSERT INTO prospects(id, account_id, added_at) VALUES (1, 1, '2026-01-03'), (2, 2, '2026-01-03')`);
  run(
    `INSERT INTO notes(prospect_id, body, created_at, updated_at) VALUES (1, 'Met at the fair.', 'x', 'x'), (2, 'Customer since 2021.', 'x', 'x')`,
  );
  return { db, path, workspace: new OpenWorkspace(path, db) };
}

const one = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);

describe('naming an account known only by its id', () => {
  it('gives it the handle and drops "(name unknown)"', () => {
    const { db, workspace } = world();
    const named = nameAccountAs(workspace, 1, '@acme_ceo');
    expect(named).toMatchObject({ id: 1, externalId: '12345', handle: 'acme_ceo', name: null });
    db.close();
  });

  it('merges the account known only by that handle into it: follows, posts, likes, links, categories, prospect and note', () => {
    const { db, workspace } = world();
    const named = nameAccountAs(workspace, 1, 'https://x.com/dana');
    expect(named).toMatchObject({ id: 1, externalId: '12345', handle: 'dana', isProspect: true });
    expect(one(db, 'SELECT id FROM accounts WHERE id = 2')).toEqual([]);
    expect(one(db, 'SELECT follower_id AS a, followee_id AS b FROM follows ORDER BY 1, 2')).toEqual([
      { a: 1, b: 3 },
      { a: 1, b: 4 },
      { a: 3, b: 1 },
    ]);
    // The duplicate edge collapsed and kept both imports that brought it.
    expect(
      one(
        db,
        'SELECT source_id AS s FROM follow_sources WHERE follower_id = 1 AND followee_id = 4 ORDER BY 1',
      ),
    ).toEqual([{ s: 1 }, { s: 2 }]);
    expect(one(db, 'SELECT author_id AS a FROM posts')).toEqual([{ a: 1 }]);
    expect(one(db, 'SELECT account_id AS a FROM post_mentions')).toEqual([{ a: 1 }]);
    expect(one(db, 'SELECT account_id AS a, source_id AS s FROM like_sources')).toEqual([{ a: 1, s: 2 }]);
    expect(one(db, 'SELECT account_id AS a, status, decided FROM person_accounts')).toEqual([
      { a: 1, status: 'confirmed', decided: 1 },
    ]);
    expect(one(db, 'SELECT external_id AS e FROM link_decisions')).toEqual([{ e: '12345' }]);
    expect(one(db, 'SELECT account_id AS a, manual FROM account_categories')).toEqual([{ a: 1, manual: 1 }]);
    expect(one(db, 'SELECT account_id AS a FROM prospects')).toEqual([{ a: 1 }]);
    expect(one(db, 'SELECT body FROM notes')).toEqual([{ body: 'Met at the fair.\n\nCustomer since 2021.' }]);
    expect(
      one(db, 'SELECT account_id AS a, source_id AS s FROM account_sources WHERE account_id = 1 ORDER BY 2'),
    ).toEqual([
      { a: 1, s: 1 },
      { a: 1, s: 2 },
    ]);
    db.close();
  });

  it("refuses a handle that is another account's with its own id, and changes nothing", () => {
    const { db, path, workspace } = world();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fingerprint(path);
    const refusal = (() => {
      try {
        nameAccountAs(workspace, 1, '@bob');
      } catch (error) {
        return error as AppError;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal!.message).toBe(
      '@bob is already another account in this workspace (X account id 999), so it cannot also be X account id 12345 (name unknown).',
    );
    expect(() => nameAccountAs(workspace, 1, '12')).toThrow(
      /is not a handle on X: type the account's handle/,
    );
    expect(() => nameAccountAs(workspace, 3, '@dana')).toThrow(
      /^X account id 3 is @ann in this workspace, not @dana\.$/,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fingerprint(path)).toBe(before);
    db.close();
  });
});
