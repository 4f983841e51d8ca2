import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, personRecord, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const alice = x('11', 'alice_w');
const dana = x('2', 'dana');
const prospect = x('9', 'acme_ceo');
const bobSelf = x('1', 'bob_self');

/** Alice's workspace: Alice herself and Dana, her customer, on X. */
const alicesWorld: ImportRecord[] = [
  {
    ...personRecord('alice@corp.com', 'Alice Wong', 'me', alice, 'archive'),
    email: 'alice@corp.com',
  } as ImportRecord,
  {
    ...personRecord('dana@client.com', 'Dana Lee', 'customer', dana),
    email: 'dana@client.com',
    company: 'Private Client Co',
  } as ImportRecord,
];

/** The user's (Bob's) workspace: Alice is his colleague; only Dana knows the prospect. */
const bobsWorld: ImportRecord[] = [
  personRecord('me', 'Bob', 'me', bobSelf, 'archive'),
  { ...personRecord('alice@corp.com', 'Alice Wong', 'colleague'), email: 'alice@corp.com' } as ImportRecord,
  { type: 'account', key: dana, name: 'Dana Lee' },
  { type: 'follow', follower: dana, followee: prospect },
  { type: 'follow', follower: prospect, followee: dana },
];

async function world(records: ImportRecord[]) {
  const { api, core } = await fixtureWorld(tempDir, records);
  return { api, db: core.session.require().db };
}

describe('colleagues’ networks, with consent', () => {
  it('a colleague’s export holds names, match keys and ties only, and the path goes through what they know', async () => {
    const { api: alicesApi } = await world(alicesWorld);
    const out = join(tempDir(), 'alice.itrel.json');
    const written = await alicesApi.relationships.export({ outPath: out });
    expect(written).toMatchObject({ path: out, people: 1 });
    const text = readFileSync(out, 'utf8');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toEqual({
      format: 'inside-track-relationships',
      version: 1,
      exportedAt: expect.any(String),
      exportedBy: {
        name: 'Alice Wong',
        emails: ['alice@corp.com'],
        handles: [{ network: 'x', handle: 'alice_w' }],
        profileUrls: [],
      },
      people: [
        {
          name: 'Dana Lee',
          emails: ['dana@client.com'],
          handles: [{ network: 'x', handle: 'dana' }],
          profileUrls: [],
          tie: 70,
          tieAsOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      ],
    });
    expect(text).not.toMatch(/Private Client|customer/);
    // The app gets the same text back to save it itself.
    const forThePage = await alicesApi.relationships.export({});
    expect(forThePage).toMatchObject({
      path: null,
      people: 1,
      fileName: expect.stringMatching(/^Alice Wong relationships \d{4}-\d{2}-\d{2}\.itrel\.json$/),
    });
    expect(JSON.parse(forThePage.text!)).toMatchObject({ people: file['people'] });

    const { api, db } = await world(bobsWorld);
    const prospectId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;
    expect((await api.paths.find({ accountId: prospectId })).paths).toEqual([]);

    const summary = await api.import.run({ path: out });
    expect(summary).toMatchObject({ format: 'relationships' });
    expect(summary.kept).toMatch(/^Alice Wong’s relationships: 1 person/);
    const [path] = (await api.paths.find({ accountId: prospectId })).paths;
    expect(path!.start).toMatchObject({
      personName: 'Dana Lee',
      account: { handle: 'dana' },
      via: { colleagueName: 'Alice Wong', score: 70 },
    });
    // The user's tie to Alice (a colleague, 0.9) times Alice's to Dana (70 of 100).
    expect(path!.start.strength).toBeCloseTo(0.9 * 0.7);
    expect(path!.explanation).toMatch(/^Through Alice Wong, who knows Dana Lee \(70 of 100/);

    const imports = await api.import.list();
    await api.import.remove({ sourceId: imports.find((i) => i.format === 'relationships')!.id });
    expect((await api.paths.find({ accountId: prospectId })).paths).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM colleague_ties').pluck().get()).toBe(0);
  });

  it('a bad relationship file is refused naming the file and the person, and nothing is written', async () => {
    const { api, db } = await world(bobsWorld);
    const bad = join(tempDir(), 'bob.itrel.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'inside-track-relationships',
        version: 1,
        exportedAt: '2026-12-01',
        exportedBy: { name: 'Bob' },
        people: [
          { name: 'Dana Lee', tie: 50 },
          { name: 'Zed', tie: 'very' },
        ],
      }),
    );
    await expect(api.import.run({ path: bad })).rejects.toThrow(/^bob\.itrel\.json, person 2 \(Zed\): tie /);
    expect(db.prepare('SELECT count(*) FROM colleague_networks').pluck().get()).toBe(0);
  });
});
