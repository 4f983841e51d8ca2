import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../../common/dto';
import { runImport } from '../../ingest/pipeline';
import { refreshProfile } from '../../ingest/writer';
import { useTempDir } from '../../test-support/temp-dir';
import { migrate } from '../migrate';
import { PersonFactsRepo } from '../person-facts-repo';
import { removeSource } from '../removal-repo';

const tempDir = useTempDir();
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ADA = 'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Giving Kitchen,Chef,12 Mar 2021';

function workspace(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

let files = 0;
async function importConnections(
  db: Database.Database,
  rows: string[],
  relationship: Relationship = 'colleague',
) {
  const path = join(tempDir(), `Connections-${++files}.csv`);
  writeFileSync(path, `${HEADER}\n${rows.join('\n')}\n`);
  return runImport(db, { path, relationship }, { signal: new AbortController().signal, progress: () => {} });
}

const adaId = (db: Database.Database) => db.prepare('SELECT id FROM people').pluck().get() as number;
const relationshipOf = (db: Database.Database) => db.prepare('SELECT relationship FROM people').pluck().get();

describe('migration 7: what the user knows about a person', () => {
  it('"customer since" starts as the LinkedIn Connected On date', async () => {
    const db = workspace();
    await importConnections(db, [ADA]);
    expect(new PersonFactsRepo(db).get(adaId(db))).toEqual({
      customerSince: '2021-03-12',
      did: null,
      says: null,
    });
  });

  it('keeps what the user wrote, and a cleared date stays cleared', async () => {
    const db = workspace();
    await importConnections(db, [ADA]);
    const facts = new PersonFactsRepo(db);
    facts.update(adaId(db), { did: '  rebuilt their booking system ', says: 'They answer at night.' });
    expect(facts.get(adaId(db))).toEqual({
      customerSince: '2021-03-12',
      did: 'rebuilt their booking system',
      says: 'They answer at night.',
    });
    facts.update(adaId(db), { customerSince: null, says: '' });
    expect(facts.get(adaId(db))).toEqual({
      customerSince: null,
      did: 'rebuilt their booking system',
      says: null,
    });
  });

  it('a date that is not YYYY-MM-DD is refused by the file itself', async () => {
    const db = workspace();
    await importConnections(db, [ADA]);
    expect(() => new PersonFactsRepo(db).update(adaId(db), { customerSince: '12/03/2021' })).toThrow();
  });

  it('the relationship the user chose outlives importing the contact again as something else', async () => {
    const db = workspace();
    await importConnections(db, [ADA], 'colleague');
    new PersonFactsRepo(db).update(adaId(db), { relationship: 'customer' });
    expect(relationshipOf(db)).toBe('customer');
    await importConnections(
      db,
      [ADA, 'Grace,Hopper,https://www.linkedin.com/in/grace,,,,1 Jan 2020'],
      'friend',
    );
    expect(relationshipOf(db)).toBe('customer');
  });

  it('facts and the chosen relationship come back when the import is removed and imported again', async () => {
    const db = workspace();
    const first = await importConnections(db, [ADA]);
    new PersonFactsRepo(db).update(adaId(db), { relationship: 'customer', says: 'Best vendor we have.' });
    removeSource(db, first.sourceId!, refreshProfile);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
    await importConnections(db, [ADA], 'colleague');
    expect(relationshipOf(db)).toBe('customer');
    expect(new PersonFactsRepo(db).get(adaId(db)).says).toBe('Best vendor we have.');
  });

  it('a person the workspace does not hold has no facts', () => {
    expect(new PersonFactsRepo(workspace()).get(99)).toEqual({ customerSince: null, did: null, says: null });
  });
});
