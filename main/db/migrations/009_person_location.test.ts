import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from './index';

/** A version 8 workspace: one contact keyed by e-mail, one by their LinkedIn page. */
function workspaceAtVersion8(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 8));
  db.exec(`
    INSERT INTO people(id, source_key, display_name, company, relationship, created_at)
      VALUES (1, 'ada@example.com', 'Ada Lovelace', 'Analytical Engines', 'colleague', '2025-01-01T00:00:00.000Z'),
             (2, 'linkedin.com/in/grace-hopper', 'Grace Hopper', NULL, 'colleague', '2025-01-01T00:00:00.000Z');
  `);
  return db;
}

describe('migration 9: where a person lives, and their LinkedIn page', () => {
  it('adds an empty location to the people already there, keeping the rest', () => {
    const db = workspaceAtVersion8();
    migrate(db);
    expect(db.prepare('SELECT display_name, company, location FROM people WHERE id = 1').get()).toEqual({
      display_name: 'Ada Lovelace',
      company: 'Analytical Engines',
      location: null,
    });
  });

  it('keeps a location once set', () => {
    const db = workspaceAtVersion8();
    migrate(db);
    db.prepare("UPDATE people SET location = 'Seville, Spain' WHERE id = 1").run();
    expect(db.prepare('SELECT location FROM people WHERE id = 1').pluck().get()).toBe('Seville, Spain');
  });

  it('a contact keyed by their LinkedIn page has it as their profile URL', () => {
    const db = workspaceAtVersion8();
    migrate(db);
    expect(db.prepare('SELECT id, profile_url AS url FROM people ORDER BY id').all()).toEqual([
      { id: 1, url: null },
      { id: 2, url: 'linkedin.com/in/grace-hopper' },
    ]);
  });

  it('a new profile URL makes the contact’s lookup keys stale, a new location does not', () => {
    const db = workspaceAtVersion8();
    migrate(db);
    db.exec('UPDATE people SET match_keys_fresh = 1');
    db.exec("UPDATE people SET location = 'London' WHERE id = 1");
    db.exec("UPDATE people SET profile_url = 'linkedin.com/in/grace' WHERE id = 2");
    expect(db.prepare('SELECT id, match_keys_fresh AS fresh FROM people ORDER BY id').all()).toEqual([
      { id: 1, fresh: 1 },
      { id: 2, fresh: 0 },
    ]);
  });
});
