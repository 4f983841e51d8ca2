import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { PeopleRepo } from '../people-repo';
import { migrations } from './index';

/** A version 5 workspace: Ada rejected one account, and the old matcher suggested another. */
function workspaceAtVersion5(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 5));
  db.exec(`
    INSERT INTO people(id, source_key, display_name, company, relationship, created_at)
      VALUES (1, 'linkedin.com/in/ada', 'Ada Lovelace', 'Analytical Engines', 'colleague', '2025-01-01T00:00:00.000Z');
    INSERT INTO accounts(id, network, external_id, handle, name, bio) VALUES
      (10, 'x', '100', 'ada_l', 'Ada Lovelace', 'Poet at Byron & Co'),
      (11, 'x', '101', 'ada', 'Ada Lovelace', 'Analytical Engines');
    INSERT INTO person_accounts(person_id, account_id, status, evidence, decided) VALUES
      (1, 10, 'rejected', 'same name', 1),
      (1, 11, 'suggested', 'same name; bio mentions Analytical Engines', 0);
  `);
  return db;
}

describe('migration 6: matching as a review queue', () => {
  it('keeps the user’s decisions by person and network id, and ranks the old suggestions', () => {
    const db = workspaceAtVersion5();
    migrate(db);
    expect(db.prepare('SELECT * FROM link_decisions').all()).toEqual([
      { person_key: 'linkedin.com/in/ada', network: 'x', external_id: '100', status: 'rejected' },
    ]);
    expect(new PeopleRepo(db).links().map((l) => [l.handle, l.status, l.confidence])).toEqual([
      ['ada', 'suggested', 0.9],
      ['ada_l', 'rejected', 0],
    ]);
  });

  it('the first matching pass after the upgrade finds keys for the rows already there', () => {
    const db = workspaceAtVersion5();
    migrate(db);
    new PeopleRepo(db).suggestLinks();
    expect(db.prepare('SELECT count(*) FROM accounts WHERE match_keys_fresh = 0').pluck().get()).toBe(0);
    const [suggestion] = new PeopleRepo(db).links('suggested');
    expect(suggestion).toMatchObject({
      handle: 'ada',
      evidence: 'same name: Ada Lovelace; the bio mentions Analytical Engines',
    });
    expect(new PeopleRepo(db).links('rejected')).toHaveLength(1);
  });
});
