import { describe, expect, it } from 'vitest';
import type { AccountRecord, ImportRecord } from '../importers/records';
import { refreshProfile } from '../ingest/writer';
import { contactRecord as contact, importIntoDb } from '../test-support/import-into-db';
import { memoryWorkspace } from '../test-support/memory-workspace';
import { useTempDir } from '../test-support/temp-dir';
import { PeopleRepo } from './people-repo';
import { removeSource } from './removal-repo';
import type { Db } from './sqlite';

const tempDir = useTempDir();

function workspace() {
  const db = memoryWorkspace();
  return { db, people: new PeopleRepo(db) };
}

const importRecords = (db: Db, records: ImportRecord[]) => importIntoDb(db, tempDir(), records);

const account = (
  id: string,
  handle: string,
  name: string,
  facts: Partial<AccountRecord> = {},
): AccountRecord => ({
  type: 'account',
  key: { network: 'x', id, handle },
  name,
  ...facts,
});
const suggested = (people: PeopleRepo) =>
  people
    .links('suggested')
    .map((l) => ({ person: l.personName, handle: l.handle, confidence: l.confidence }));

describe('matching people to accounts', () => {
  it('"José Álvarez" is suggested "Jose Alvarez" whose bio names his company, with the reasons', async () => {
    const { db, people } = workspace();
    await importRecords(db, [
      contact('linkedin.com/in/jose-alvarez-4b2a1', 'José Álvarez', { company: 'Acme Logistics' }),
      account('1', 'jalvarez', 'Jose Alvarez', { bio: 'Operations at Acme Logistics' }),
    ]);
    const [link] = people.links();
    expect(link).toMatchObject({ personName: 'José Álvarez', handle: 'jalvarez', status: 'suggested' });
    expect(link!.confidence).toBeGreaterThan(0.9);
    expect(link!.evidenceItems.map((e) => e.kind)).toEqual(['name', 'company']);
    expect(link!.evidence).toBe(
      'same name once accents, case and punctuation are set aside: Jose Alvarez; the bio mentions Acme Logistics',
    );
  });

  it('finds nicknames and a stated LinkedIn page, and ranks the queue by confidence', async () => {
    const { db, people } = workspace();
    await importRecords(db, [
      contact('linkedin.com/in/kmoore', 'Katherine Moore', { company: 'Brightwave' }),
      contact('linkedin.com/in/anasouza', 'Ana Souza', { company: 'Verde Energia' }),
      account('1', 'katemoore', 'Kate Moore', { bio: 'Head of Marketing @Brightwave' }),
      account('2', 'verdeana', 'Ana S. 🌱', { bio: 'Clean energy. linkedin.com/in/anasouza' }),
    ]);
    expect(suggested(people)).toEqual([
      { person: 'Ana Souza', handle: 'verdeana', confidence: expect.closeTo(0.99, 1) },
      { person: 'Katherine Moore', handle: 'katemoore', confidence: expect.closeTo(0.92, 1) },
    ]);
  });

  it('an account whose handle the contact’s LinkedIn position names is near-certain, whatever its name', async () => {
    const { db, people } = workspace();
    await importRecords(db, [
      contact('linkedin.com/in/clee', 'Christopher Lee', { position: 'Data Scientist | @chrislee_data' }),
      account('1', 'ChrisLee_Data', 'CL', { bio: 'data, models, bikes' }),
    ]);
    expect(suggested(people)).toEqual([
      { person: 'Christopher Lee', handle: 'ChrisLee_Data', confidence: 0.993 },
    ]);
  });

  it('a same-name stranger whose bio names another company is not suggested', async () => {
    const { db, people } = workspace();
    await importRecords(db, [
      contact('sarah@globex.com', 'Sarah Johnson', { company: 'Globex' }),
      account('1', 'sarahj', 'Sarah Johnson', { bio: 'Recruiter at Hooli. Hiring!' }),
    ]);
    expect(people.links()).toEqual([]);
  });

  it('a rejection is remembered across re-imports, even after the import is removed and made again', async () => {
    const { db, people } = workspace();
    const records = [
      contact('linkedin.com/in/jose', 'José Álvarez', { company: 'Acme' }),
      account('1', 'jalvarez', 'Jose Alvarez', { bio: 'Ops at Acme' }),
    ];
    const first = await importRecords(db, records);
    const [link] = people.links('suggested');
    people.decide(link!.personId, link!.accountId, 'rejected');
    await importRecords(db, [account('1', 'jalvarez', 'Jose Alvarez', { bio: 'Ops at Acme. New bio.' })]);
    expect(people.links('suggested')).toEqual([]);

    removeSource(db, first, refreshProfile);
    removeSource(db, first + 1, refreshProfile);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
    await importRecords(db, records);
    expect(people.links()).toMatchObject([
      { personName: 'José Álvarez', handle: 'jalvarez', status: 'rejected', confidence: 0 },
    ]);
    expect(people.links()[0]!.evidenceItems[0]).toMatchObject({ kind: 'decision', effect: 'against' });
  });

  it('an account renamed by a later import is matched by its new name, and loses the old match', async () => {
    const { db, people } = workspace();
    await importRecords(db, [
      contact('a@acme.com', 'Dana Lee', { company: 'Acme' }),
      contact('b@initech.com', 'Robin Park', { company: 'Initech' }),
      account('1', 'dl', 'Dana Lee', { bio: 'Sales at Acme' }),
    ]);
    expect(suggested(people).map((s) => s.person)).toEqual(['Dana Lee']);
    await importRecords(db, [account('1', 'dl', 'Robin Park', { bio: 'Engineer at Initech' })]);
    expect(suggested(people).map((s) => s.person)).toEqual(['Robin Park']);
  });

  it('confirming one account takes the person’s other suggestions on that network off the queue', async () => {
    const { db, people } = workspace();
    await importRecords(db, [
      contact('a@acme.com', 'Dana Lee', { company: 'Acme' }),
      account('1', 'dl', 'Dana Lee', { bio: 'Sales at Acme' }),
      account('2', 'danalee', 'Dana Lee', { bio: 'Acme fan' }),
    ]);
    expect(people.links('suggested')).toHaveLength(2);
    const chosen = people.links('suggested').find((l) => l.handle === 'dl')!;
    people.decide(chosen.personId, chosen.accountId, 'confirmed');
    expect(people.links().map((l) => [l.handle, l.status, l.confidence])).toEqual([['dl', 'confirmed', 1]]);
  });
});
