import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './migrate';
import { migrations, latestSchemaVersion } from './migrations';
import type { Migration } from './migrations/types';

/** Each schema object with its definition: a migration that adds a column changes its table's. */
function objects(db: Database.Database): string[] {
  return db
    .prepare<[], string>(
      "SELECT type || ':' || name || ':' || coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY 1",
    )
    .pluck()
    .all();
}

function fresh(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3, … with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('from an empty file reach the latest version, and a second run changes nothing', () => {
    const db = fresh();
    expect(migrate(db)).toBe(latestSchemaVersion);
    const after = objects(db);
    expect(migrate(db)).toBe(latestSchemaVersion);
    expect(objects(db)).toEqual(after);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  for (const migration of migrations) {
    it(`${migration.version} (${migration.name}) applies on top of version ${migration.version - 1} and keeps its data`, () => {
      const db = fresh();
      migrate(db, migrations.slice(0, migration.version - 1));
      expect(schemaVersion(db)).toBe(migration.version - 1);
      const before = objects(db);
      if (migration.version > 1) {
        db.prepare(
          "INSERT INTO accounts(network, external_id, handle) VALUES ('x', '9007199254740993', 'kept')",
        ).run();
      }
      migrate(db, migrations.slice(0, migration.version));
      expect(schemaVersion(db)).toBe(migration.version);
      const added = objects(db).filter((name) => !before.includes(name));
      expect(added.length).toBeGreaterThan(0);
      if (migration.version > 1) {
        expect(db.prepare('SELECT external_id FROM accounts').pluck().get()).toBe('9007199254740993');
      }
    });
  }

  it('a failing migration leaves the file at the version it had, with nothing half-made', () => {
    const db = fresh();
    migrate(db, migrations.slice(0, 1));
    const before = objects(db);
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_made(x)');
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, [migrations[0]!, broken])).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(1);
    expect(objects(db)).toEqual(before);
  });

  it('keeps full-text search in step with posts', () => {
    const db = fresh();
    migrate(db);
    db.prepare("INSERT INTO accounts(id, network, external_id) VALUES (1, 'x', '1')").run();
    db.prepare(
      "INSERT INTO posts(id, network, external_id, author_id, text, kind) VALUES (1, 'x', '10', 1, 'Looking for a CRM vendor', 'post')",
    ).run();
    const match = db.prepare<[string], number>('SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?').pluck();
    expect(match.all('vendor')).toEqual([1]);
    db.prepare("UPDATE posts SET text = 'Happy with our tools' WHERE id = 1").run();
    expect(match.all('vendor')).toEqual([]);
    db.prepare('DELETE FROM posts WHERE id = 1').run();
    expect(match.all('happy')).toEqual([]);
  });

  it('indexes the posts a workspace already had when prefix indexes arrive (version 4)', () => {
    const db = fresh();
    migrate(db, migrations.slice(0, 3));
    db.prepare("INSERT INTO accounts(id, network, external_id) VALUES (1, 'x', '1')").run();
    db.prepare(
      "INSERT INTO posts(id, network, external_id, author_id, text, kind) VALUES (1, 'x', '10', 1, 'Driving sales with a CRM', 'post')",
    ).run();
    migrate(db);
    const match = db.prepare<[string], number>('SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?').pluck();
    expect(match.all('dri*')).toEqual([1]);
    expect(match.all('sales')).toEqual([1]);
    expect(db.prepare("SELECT doc FROM posts_vocab WHERE term = 'crm'").pluck().get()).toBe(1);
    db.prepare("INSERT INTO posts_fts(posts_fts, rank) VALUES ('integrity-check', 1)").run();
    db.prepare("UPDATE posts SET text = 'Happy with our tools' WHERE id = 1").run();
    expect(match.all('dri*')).toEqual([]);
    expect(match.all('ha*')).toEqual([1]);
  });
});
