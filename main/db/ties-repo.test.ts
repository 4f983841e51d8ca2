import { describe, expect, it } from 'vitest';
import { addImport, memoryWorkspace } from '../test-support/memory-workspace';
import type { Db } from './sqlite';
import { TiesRepo } from './ties-repo';

/** A workspace with the ties tables, whether or not 014 is registered yet. */
function workspaceWithTies(): Db {
  const db = memoryWorkspace();
  return db;
}

function addPerson(db: Db, key: string, name: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO people(source_key, display_name, relationship, created_at) VALUES (?, ?, 'customer', '2026-01-01')`,
      )
      .run(key, name).lastInsertRowid,
  );
}

describe('tie overrides', () => {
  it('keeps the user’s score and why by the person’s key, so a person imported again gets it back', () => {
    const db = workspaceWithTies();
    const repo = new TiesRepo(db);
    const dana = addPerson(db, 'e:dana@example.com', 'Dana');
    expect(repo.override(dana)).toBeNull();
    repo.setOverride(dana, { score: 80, why: 'We shipped a product together' }, '2026-06-01T00:00:00Z');
    expect(repo.override(dana)).toEqual({
      score: 80,
      why: 'We shipped a product together',
      updatedAt: '2026-06-01T00:00:00Z',
    });
    db.prepare('DELETE FROM people WHERE id = ?').run(dana);
    const again = addPerson(db, 'e:dana@example.com', 'Dana');
    expect(repo.overrides().get(again)?.score).toBe(80);
    repo.setOverride(again, null, '2026-06-02T00:00:00Z');
    expect(repo.override(again)).toBeNull();
  });

  it('refuses a score outside 0–100', () => {
    const db = workspaceWithTies();
    const dana = addPerson(db, 'e:dana@example.com', 'Dana');
    expect(() => new TiesRepo(db).setOverride(dana, { score: 101, why: '' }, '2026-06-01')).toThrow();
  });
});

describe('colleague networks', () => {
  it('finds the colleague’s people among the workspace’s accounts by handle, and the colleague among the people', () => {
    const db = workspaceWithTies();
    const repo = new TiesRepo(db);
    const source = addImport(db, 'bob.itrel.json');
    db.prepare(`INSERT INTO accounts(network, external_id, handle) VALUES ('x', '42', 'DanaR')`).run();
    const bob = addPerson(db, 'e:bob@acme.com', 'Bob');
    db.prepare(`INSERT INTO person_match_keys(key, person_id) VALUES ('e:bob@acme.com', ?)`).run(bob);
    repo.addColleagueNetwork(
      source,
      { colleagueName: 'Bob', colleagueKeys: ['e:bob@acme.com'], exportedAt: '2026-06-01' },
      [
        { name: 'Dana R', keys: ['e:dana@example.com', 'x:danar'], score: 82 },
        { name: 'Nobody here', keys: ['x:nobody'], score: 90 },
      ],
    );
    expect(repo.colleagueAccountTies()).toEqual([
      { sourceId: source, colleagueName: 'Bob', personName: 'Dana R', score: 82, accountId: 1 },
    ]);
    expect(repo.personByKeys(repo.colleagueNetworks()[0]!.colleagueKeys)).toBe(bob);
    db.prepare('DELETE FROM sources WHERE id = ?').run(source);
    expect(repo.colleagueAccountTies()).toEqual([]);
  });
});
