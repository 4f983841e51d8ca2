import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeSource } from '../db/removal-repo';
import type { Db } from '../db/sqlite';
import { createWorkspaceFile } from '../db/workspace-file';
import { useTempDir } from '../test-support/temp-dir';
import { runImport } from './pipeline';
import type { Relationship } from '../importers/records';
import { refreshProfile } from './writer';

const tempDir = useTempDir();
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ADA = 'https://www.linkedin.com/in/ada-lovelace';

function workspace(): Db {
  return createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
}

/** Imports a LinkedIn Connections.csv holding these rows (after the header). */
async function importConnections(db: Db, rows: string[], relationship?: Relationship) {
  const dir = tempDir();
  const path = join(dir, 'Connections.csv');
  writeFileSync(path, `${HEADER}\n${rows.join('\n')}\n`);
  return runImport(db, { path, relationship }, { signal: new AbortController().signal, progress: () => {} });
}

function person(db: Db, sourceKey = 'linkedin.com/in/ada-lovelace') {
  return db
    .prepare<[string], Record<string, unknown>>(
      `SELECT display_name, company, position, email, relationship, connected_on FROM people
       WHERE source_key = ?`,
    )
    .get(sourceKey);
}

function remove(db: Db, sourceId: number | null) {
  return removeSource(db, sourceId!, refreshProfile);
}

describe('removing a contacts import restores the people it changed', () => {
  it('brings back the company a later import shortened', async () => {
    const db = workspace();
    await importConnections(db, [`Ada,Lovelace,${ADA},,Giving Kitchen,Chef,01 Feb 2023`]);
    const cut = await importConnections(db, [`Ada,Lovelace,${ADA},,Gi,,`]);
    expect(person(db)).toMatchObject({ company: 'Gi', position: 'Chef' });

    remove(db, cut.sourceId);
    expect(person(db)).toEqual({
      display_name: 'Ada Lovelace',
      company: 'Giving Kitchen',
      position: 'Chef',
      email: null,
      relationship: 'other',
      connected_on: '2023-02-01T00:00:00.000Z',
    });
  });

  it('brings back the name, position, date and relationship the earlier import stated', async () => {
    const db = workspace();
    await importConnections(
      db,
      [`Ada,Lovelace,${ADA},ada@example.org,Giving Kitchen,Chef,01 Feb 2023`],
      'colleague',
    );
    const later = await importConnections(
      db,
      [`Augusta Ada,King,${ADA},ada@example.org,Analytical Engines,Programmer,01 Mar 2024`],
      'friend',
    );
    // An e-mail address is the key LinkedIn rows are merged by.
    expect(person(db, 'ada@example.org')).toMatchObject({
      display_name: 'Augusta Ada King',
      relationship: 'friend',
    });

    remove(db, later.sourceId);
    expect(person(db, 'ada@example.org')).toEqual({
      display_name: 'Ada Lovelace',
      company: 'Giving Kitchen',
      position: 'Chef',
      email: 'ada@example.org',
      relationship: 'colleague',
      connected_on: '2023-02-01T00:00:00.000Z',
    });
  });

  it('removing the earlier import leaves the person as the remaining import alone states them', async () => {
    const db = workspace();
    const earlier = await importConnections(db, [`Ada,Lovelace,${ADA},,Giving Kitchen,Chef,01 Feb 2023`]);
    await importConnections(db, [`Ada,Lovelace,${ADA},,Analytical Engines,,`]);

    remove(db, earlier.sourceId);
    expect(person(db)).toMatchObject({ company: 'Analytical Engines', position: null, connected_on: null });
  });

  it('the newest remaining import wins among several', async () => {
    const db = workspace();
    await importConnections(db, [`Ada,Lovelace,${ADA},,First Co,,`]);
    await importConnections(db, [`Ada,Lovelace,${ADA},,Second Co,,`]);
    const third = await importConnections(db, [`Ada,Lovelace,${ADA},,Third Co,,`]);

    remove(db, third.sourceId);
    expect(person(db)).toMatchObject({ company: 'Second Co' });
  });

  it('a person only the removed import held is deleted; one another import holds is kept', async () => {
    const db = workspace();
    await importConnections(db, [`Ada,Lovelace,${ADA},,Giving Kitchen,,`]);
    const later = await importConnections(db, [
      `Ada,Lovelace,${ADA},,Gi,,`,
      'Charles,Babbage,https://www.linkedin.com/in/babbage,,Difference Engines,,',
    ]);

    expect(remove(db, later.sourceId).people).toBe(1);
    expect(person(db, 'linkedin.com/in/babbage')).toBeUndefined();
    expect(person(db)).toMatchObject({ company: 'Giving Kitchen' });
  });

  it('a removal after which every import is gone leaves no people', async () => {
    const db = workspace();
    const first = await importConnections(db, [`Ada,Lovelace,${ADA},,Giving Kitchen,,`]);
    const second = await importConnections(db, [`Ada,Lovelace,${ADA},,Gi,,`]);
    remove(db, second.sourceId);
    remove(db, first.sourceId);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
  });
});
