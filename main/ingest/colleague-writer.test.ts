import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { addImport } from '../test-support/memory-workspace';
import { ColleagueWriter } from './colleague-writer';

describe('a colleague’s relationships in a workspace without the ties tables', () => {
  it('is refused with a message naming the file, not a database error', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      migrations.filter((m) => m.version < 14),
    );
    const source = addImport(db, 'bob.itrel.json');
    expect(() => new ColleagueWriter(db, source)).toThrow(
      'bob.itrel.json: this version of Inside Track cannot keep a colleague’s relationships yet. Nothing was imported.',
    );
  });
});
