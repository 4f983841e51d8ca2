import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { accountKeys, contactKeys } from '../analysis/person-match/keys';
import { contactFacts, type PersonRow } from './contact-facts';
import { MatchKeysRepo } from './match-keys-repo';
import { migrate } from './migrate';

function workspace(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** Every key of the table, as `key id` lines in order. */
const keysIn = (db: Database.Database, table: string, column: string) =>
  db.prepare(`SELECT key || ' ' || ${column} FROM ${table} ORDER BY 1`).pluck().all() as string[];

/** The keys each row should have: computed one row at a time, as the first version of the pass did. */
function expectedAccountKeys(db: Database.Database): string[] {
  const rows = db.prepare('SELECT id, handle, name, bio, url FROM accounts').all() as {
    id: number;
    handle: string | null;
    name: string | null;
    bio: string | null;
    url: string | null;
  }[];
  return rows.flatMap((row) => accountKeys(row).map((key) => `${key} ${row.id}`)).sort();
}

const NAMES = ['José Álvarez', 'Kate Smith', 'Dan O.', 'Li Wei', 'Maria Gomez', '🌱', 'Anne-Marie Dubois'];

describe('lookup keys, recomputed after an import', () => {
  it('leaves every account with exactly its own keys, over many pages, with changed accounts among fresh ones', () => {
    const db = workspace();
    const insert = db.prepare(
      'INSERT INTO accounts(network, external_id, handle, name, bio, url) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // More accounts than one page reads, and more keys than one statement writes.
    db.transaction(() => {
      for (let i = 0; i < 12_345; i += 1) {
        insert.run(
          'x',
          String(i),
          `handle_${i}`,
          `${NAMES[i % NAMES.length]} ${i % 3 ? '' : 'Jr'}`.trim(),
          i % 5 === 0 ? `linkedin.com/in/person-${i} · me@site${i}.org` : 'Posting about things',
          null,
        );
      }
    })();
    const keys = new MatchKeysRepo(db);
    expect(keys.refresh().accounts).toBe(12_345);
    expect(keysIn(db, 'account_match_keys', 'account_id')).toEqual(expectedAccountKeys(db));

    // Some accounts change (their keys go stale), in runs between fresh ones, and new ones arrive.
    db.prepare(
      "UPDATE accounts SET name = 'Kate Smith', bio = 'linkedin.com/in/kate-s' WHERE id % 7 = 3",
    ).run();
    db.prepare(
      "UPDATE accounts SET name = NULL, handle = 'josealvarez' WHERE id BETWEEN 6000 AND 6100",
    ).run();
    for (let i = 0; i < 50; i += 1) insert.run('bluesky', `n${i}`, `new_${i}`, 'Li Wei', '', null);
    const stale = Number(
      db.prepare('SELECT count(*) FROM accounts WHERE match_keys_fresh = 0').pluck().get(),
    );
    expect(keys.refresh().accounts).toBe(stale);
    expect(keysIn(db, 'account_match_keys', 'account_id')).toEqual(expectedAccountKeys(db));
    expect(db.prepare('SELECT count(*) FROM accounts WHERE match_keys_fresh = 0').pluck().get()).toBe(0);
  });

  it('gives every person exactly their own keys', () => {
    const db = workspace();
    const insert = db.prepare(
      `INSERT INTO people(source_key, display_name, company, position, email, relationship, created_at)
       VALUES (?, ?, ?, ?, ?, 'colleague', '2026-01-01')`,
    );
    for (let i = 0; i < 300; i += 1)
      insert.run(`p${i}`, NAMES[i % NAMES.length], 'Acme', i % 4 ? 'CEO' : 'see @acme_ceo', `p${i}@acme.com`);
    new MatchKeysRepo(db).refresh();
    const people = db
      .prepare(
        `SELECT id, source_key AS sourceKey, display_name AS displayName, company, position, email, location,
           profile_url AS profileUrl FROM people`,
      )
      .all() as PersonRow[];
    const expected = people
      .flatMap((p) => contactKeys(contactFacts(p)).map((key) => `${key} ${p.id}`))
      .sort();
    expect(keysIn(db, 'person_match_keys', 'person_id')).toEqual(expected);
  });
});
