import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../ingest/pipeline';
import { refreshProfile } from '../../ingest/writer';
import { useTempDir } from '../../test-support/temp-dir';
import { migrate } from '../migrate';
import { removeSource } from '../removal-repo';
import { migrations } from './index';

const tempDir = useTempDir();
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** A version 4 workspace holding Ada, brought by one import made before person snapshots existed. */
function workspaceAtVersion4(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 4));
  db.exec(`
    INSERT INTO sources(id, file_name, path, sha256, format, imported_at)
      VALUES (1, 'Connections.csv', '/old/Connections.csv', 'aaaa', 'linkedin-csv', '2025-01-01T00:00:00.000Z');
    INSERT INTO people(id, source_key, display_name, company, position, relationship, created_at)
      VALUES (1, 'linkedin.com/in/ada-lovelace', 'Ada Lovelace', 'Giving Kitchen', 'Chef', 'colleague',
              '2025-01-01T00:00:00.000Z');
    INSERT INTO person_sources(person_id, source_id) VALUES (1, 1);
  `);
  return db;
}

async function importConnections(db: Database.Database, row: string) {
  const path = join(tempDir(), 'Connections.csv');
  writeFileSync(path, `${HEADER}\n${row}\n`);
  return runImport(db, { path }, { signal: new AbortController().signal, progress: () => {} });
}

const ada = (db: Database.Database) =>
  db.prepare('SELECT display_name, company, position, relationship FROM people').get();

describe('migration 5: what each import stated about a person', () => {
  it('an earlier import is taken to have stated the person as they stood at the upgrade', () => {
    const db = workspaceAtVersion4();
    migrate(db);
    const statement = db.prepare('SELECT profile_json FROM person_sources').pluck().get() as string;
    expect(JSON.parse(statement)).toEqual({
      displayName: 'Ada Lovelace',
      company: 'Giving Kitchen',
      position: 'Chef',
      email: null,
      relationship: 'colleague',
      connectedOn: null,
    });
  });

  it('removing a later import brings back the person as the earlier import left them', async () => {
    const db = workspaceAtVersion4();
    migrate(db);
    const later = await importConnections(db, 'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Gi,,');
    expect(ada(db)).toMatchObject({ company: 'Gi', relationship: 'other' });

    removeSource(db, later.sourceId!, refreshProfile);
    expect(ada(db)).toEqual({
      display_name: 'Ada Lovelace',
      company: 'Giving Kitchen',
      position: 'Chef',
      relationship: 'colleague',
    });
  });

  it('removing the earlier import leaves the person as the later import states them', async () => {
    const db = workspaceAtVersion4();
    migrate(db);
    await importConnections(
      db,
      'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Analytical Engines,,',
    );
    removeSource(db, 1, refreshProfile);
    expect(ada(db)).toEqual({
      display_name: 'Ada Lovelace',
      company: 'Analytical Engines',
      position: null,
      relationship: 'other',
    });
  });
});
