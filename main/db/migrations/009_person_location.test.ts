import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from './index';

/** A version 8 workspace holding one contact, who has no location yet. */
function workspaceAtVersion8(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 8));
  db.exec(`
    INSERT INTO people(id, source_key, display_name, company, relationship, created_at)
      VALUES (1, 'ada@example.com', 'Ada Lovelace', 'Analytical Engines', 'colleague', '2025-01-01T00:00:00.000Z');
  `);
  return db;
}

describe('migration 9: where a person lives', () => {
  it('adds an empty location to the people already there, keeping the rest', () => {
    const db = workspaceAtVersion8();
    migrate(db);
    expect(db.prepare('SELECT display_name, company, location FROM people').get()).toEqual({
      display_name: 'Ada Lovelace',
      company: 'Analytical Engines',
      location: null,
    });
  });

  it('keeps a location once set', () => {
    const db = workspaceAtVersion8();
    migrate(db);
    db.prepare("UPDATE people SET location = 'Seville, Spain' WHERE id = 1").run();
    expect(db.prepare('SELECT location FROM people').pluck().get()).toBe('Seville, Spain');
  });
});
