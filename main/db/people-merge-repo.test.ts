import { describe, expect, it } from 'vitest';
import type { AccountRecord, ImportRecord } from '../importers/records';
import { refreshProfile } from '../ingest/writer';
import { contactRecord as contact, importIntoDb } from '../test-support/import-into-db';
import { memoryWorkspace } from '../test-support/memory-workspace';
import { useTempDir } from '../test-support/temp-dir';
import { PeopleMergeRepo } from './people-merge-repo';
import { PeopleRepo } from './people-repo';
import { PersonDuplicatesRepo } from './person-duplicates-repo';
import { PersonFactsRepo } from './person-facts-repo';
import { removeSource } from './removal-repo';
import type { Db } from './sqlite';

const tempDir = useTempDir();

const importRecords = (
  db: Db,
  records: ImportRecord[],
  relationship: 'customer' | 'colleague' = 'customer',
) => importIntoDb(db, tempDir(), records, relationship);

const account = (id: string, handle: string): AccountRecord => ({
  type: 'account',
  key: { network: 'x', id, handle },
  name: handle,
});

const idOf = (db: Db, key: string) =>
  db.prepare('SELECT id FROM people WHERE source_key = ?').pluck().get(key) as number;

/** Everything the workspace holds about people, for before/after comparisons. */
function peopleState(db: Db) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    people: all('SELECT * FROM people ORDER BY id'),
    sources: all('SELECT * FROM person_sources ORDER BY person_id, source_id'),
    accounts: all('SELECT * FROM person_accounts ORDER BY person_id, account_id'),
    facts: all(
      'SELECT person_key, customer_since, did, says, relationship FROM person_facts ORDER BY person_key',
    ),
    decisions: all('SELECT * FROM link_decisions ORDER BY person_key, external_id'),
    rejections: all('SELECT key_a, key_b FROM person_duplicate_rejections ORDER BY key_a, key_b'),
  };
}

/** A LinkedIn connection and a Google contact of one person, with facts, links and a rejection on each. */
async function twoRecordsOfOnePerson() {
  const db = memoryWorkspace();
  await importRecords(
    db,
    [
      contact('linkedin.com/in/jose-alvarez', 'José Álvarez', {
        company: 'Acme Logistics',
        connectedOn: '2021-04-01',
        accounts: [
          {
            key: { network: 'x', handle: 'jalvarez' },
            status: 'confirmed',
            evidence: 'X handle in LinkedIn',
          },
        ],
      }),
      contact('ana@initech.com', 'Ana Ruiz', { company: 'Initech' }),
    ],
    'colleague',
  );
  await importRecords(db, [
    contact('jose@acme.com', 'Jose Alvarez', {
      company: 'Acme Logistics',
      email: 'jose@acme.com',
      position: 'Operations Director',
    }),
    account('9', 'someone_else'),
  ]);
  const kept = idOf(db, 'linkedin.com/in/jose-alvarez');
  const other = idOf(db, 'jose@acme.com');
  const facts = new PersonFactsRepo(db);
  facts.update(kept, { did: 'Rebuilt their routing' });
  facts.update(other, { did: 'Ran the pilot', says: 'Fast and honest' });
  const people = new PeopleRepo(db);
  const someoneElse = db
    .prepare("SELECT id FROM accounts WHERE handle = 'someone_else'")
    .pluck()
    .get() as number;
  people.decide(other, someoneElse, 'rejected');
  new PersonDuplicatesRepo(db).reject(other, idOf(db, 'ana@initech.com'));
  return { db, kept, other, merges: new PeopleMergeRepo(db), facts };
}

describe('merging two records of one person', () => {
  it('moves the sources, links, decisions and facts to the kept person, fills blanks, and keeps both texts', async () => {
    const { db, kept, other, merges, facts } = await twoRecordsOfOnePerson();
    merges.merge({ keepId: kept, otherId: other });

    expect(db.prepare('SELECT count(*) FROM people WHERE id = ?').pluck().get(other)).toBe(0);
    expect(
      db.prepare('SELECT display_name, company, position, email FROM people WHERE id = ?').get(kept),
    ).toEqual({
      display_name: 'José Álvarez',
      company: 'Acme Logistics',
      position: 'Operations Director',
      email: 'jose@acme.com',
    });
    expect(db.prepare('SELECT count(*) FROM person_sources WHERE person_id = ?').pluck().get(kept)).toBe(2);
    expect(
      db
        .prepare(
          `SELECT a.handle, pa.status FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id
           WHERE pa.person_id = ? ORDER BY a.handle`,
        )
        .all(kept),
    ).toEqual([
      { handle: 'jalvarez', status: 'confirmed' },
      { handle: 'someone_else', status: 'rejected' },
    ]);
    expect(facts.get(kept)).toEqual({
      customerSince: '2021-04-01',
      did: "Rebuilt their routing\n\n[From Jose Alvarez's record] Ran the pilot",
      says: 'Fast and honest',
    });
    expect(db.prepare('SELECT key_a, key_b FROM person_duplicate_rejections').all()).toEqual([
      { key_a: 'ana@initech.com', key_b: 'linkedin.com/in/jose-alvarez' },
    ]);
  });

  it('the relationship the user chooses wins over both', async () => {
    const { db, kept, other, merges } = await twoRecordsOfOnePerson();
    merges.merge({ keepId: kept, otherId: other, relationship: 'partner' });
    expect(db.prepare('SELECT relationship FROM people WHERE id = ?').pluck().get(kept)).toBe('partner');
    await importRecords(db, [contact('linkedin.com/in/jose-alvarez', 'José Álvarez')], 'colleague');
    expect(db.prepare('SELECT relationship FROM people WHERE id = ?').pluck().get(kept)).toBe('partner');
  });

  it('undo restores both people exactly as they were, ids included', async () => {
    const { db, kept, other, merges } = await twoRecordsOfOnePerson();
    const before = peopleState(db);
    const mergeId = merges.merge({ keepId: kept, otherId: other });
    expect(merges.unmerge(mergeId)).toEqual({ keptId: kept, otherId: other });
    const after = peopleState(db);
    const fresh = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), match_keys_fresh: 0 }));
    expect({ ...after, people: fresh(after.people) }).toEqual({ ...before, people: fresh(before.people) });
    expect(() => merges.unmerge(mergeId)).toThrow(/no merge #\d+; it may have been undone already/);
  });

  it('undo keeps what the user typed or chose for the merged person after the merge', async () => {
    const { db, kept, other, merges, facts } = await twoRecordsOfOnePerson();
    const mergeId = merges.merge({ keepId: kept, otherId: other });
    facts.update(kept, { says: 'Best partner we have', relationship: 'partner' });
    merges.unmerge(mergeId);
    // The edit made after the merge stays with the kept person; untouched fields go back.
    expect(facts.get(kept)).toEqual({
      customerSince: '2021-04-01',
      did: 'Rebuilt their routing',
      says: 'Best partner we have',
    });
    expect(db.prepare('SELECT relationship FROM people WHERE id = ?').pluck().get(kept)).toBe('partner');
    expect(facts.get(other)).toMatchObject({ did: 'Ran the pilot', says: 'Fast and honest' });
  });

  it('importing the merged-away record again updates the kept person instead of bringing the duplicate back', async () => {
    const { db, kept, other, merges } = await twoRecordsOfOnePerson();
    merges.merge({ keepId: kept, otherId: other });
    const count = () => db.prepare('SELECT count(*) FROM people').pluck().get();
    const people = count();
    await importRecords(db, [contact('jose@acme.com', 'Jose Alvarez', { company: 'Acme Logistics' })]);
    expect(count()).toBe(people);
    expect(db.prepare('SELECT count(*) FROM person_sources WHERE person_id = ?').pluck().get(kept)).toBe(3);
    // The name the user chose to keep stays; what the record adds is there.
    expect(db.prepare('SELECT display_name FROM people WHERE id = ?').pluck().get(kept)).toBe('José Álvarez');
  });

  it('a new person never takes the id of one merged away, so undo can bring them back', async () => {
    const { db, kept, other, merges } = await twoRecordsOfOnePerson();
    const highest = db.prepare('SELECT max(id) FROM people').pluck().get() as number;
    expect(other).toBe(highest);
    const mergeId = merges.merge({ keepId: kept, otherId: other });
    await importRecords(db, [contact('new@example.com', 'New Person')]);
    expect(idOf(db, 'new@example.com')).not.toBe(other);
    merges.unmerge(mergeId);
    expect(idOf(db, 'jose@acme.com')).toBe(other);
  });

  it('undo goes newest first, and says whom to separate first', async () => {
    const { db, kept, other, merges } = await twoRecordsOfOnePerson();
    const first = merges.merge({ keepId: kept, otherId: other });
    merges.merge({ keepId: kept, otherId: idOf(db, 'ana@initech.com') });
    expect(() => merges.unmerge(first)).toThrow(
      'Undo merging Ana Ruiz into José Álvarez first: it came later.',
    );
  });

  it('after the import of the kept person is removed, undo says why it cannot separate them', async () => {
    const { db, kept, other, merges } = await twoRecordsOfOnePerson();
    const mergeId = merges.merge({ keepId: kept, otherId: other });
    for (const source of db.prepare('SELECT id FROM sources').pluck().all() as number[]) {
      removeSource(db, source, refreshProfile);
    }
    expect(() => merges.unmerge(mergeId)).toThrow(
      'José Álvarez is no longer in the workspace (the imports naming them were removed), so Jose Alvarez cannot be separated again.',
    );
  });
});

describe('duplicate candidates', () => {
  it('a kept person answers to the keys of the people merged into them', async () => {
    const { db, kept, other, merges } = await twoRecordsOfOnePerson();
    merges.merge({ keepId: kept, otherId: other });
    const repo = new PersonDuplicatesRepo(db);
    expect(repo.candidates().find((c) => c.id === kept)).toMatchObject({
      keys: ['linkedin.com/in/jose-alvarez', 'jose@acme.com'],
      sourceCount: 2,
    });
    expect(repo.mergesInto(kept)).toMatchObject([
      { keptId: kept, otherId: other, otherName: 'Jose Alvarez' },
    ]);
  });
});
