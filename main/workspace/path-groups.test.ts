import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, personRecord as person, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const me = x('1', 'me_myself');
const dana = x('2', 'dana');
const cal = x('3', 'cal');
const lone = x('4', 'lone_wolf');
const bridge = x('5', 'bridge');
const friend = x('6', 'friend');
const prospect = x('9', 'acme_ceo');

/**
 * Me with a cold way in (I follow @bridge, who follows the prospect); Dana, a colleague, with two
 * warm ways (through @friend, or directly); Cal, a customer the prospect follows; Lone, a
 * colleague with no imported follows; Nobody, a colleague linked to no account.
 */
const records: ImportRecord[] = [
  person('me', 'Me', 'me', me),
  person('dana@corp', 'Dana Lee', 'colleague', dana),
  person('cal@client', 'Cal Two', 'customer', cal),
  person('lone@corp', 'Lone Wolf', 'colleague', lone),
  person('nobody@corp', 'Nobody Linked', 'colleague'),
  { type: 'account', key: prospect, name: 'Acme CEO', bio: 'CEO at Acme Logistics' },
  { type: 'follow', follower: me, followee: bridge },
  { type: 'follow', follower: bridge, followee: prospect },
  { type: 'follow', follower: dana, followee: friend },
  { type: 'follow', follower: friend, followee: dana },
  { type: 'follow', follower: prospect, followee: friend },
  { type: 'follow', follower: dana, followee: prospect },
  { type: 'follow', follower: prospect, followee: dana },
  { type: 'follow', follower: prospect, followee: cal },
];

async function world(extra: ImportRecord[] = []) {
  const { api } = await fixtureWorld(tempDir, [...records, ...extra]);
  const target = await api.accounts.find({ ref: '@acme_ceo' });
  return { api, prospectId: target!.id };
}

describe('paths.find, all the ways in', () => {
  it('gives each linked person their best path, warm before cold, and the reason for those without', async () => {
    const { api, prospectId } = await world();
    const result = await api.paths.find({ accountId: prospectId, groupByPerson: true, limit: 20 });
    // Each person's best path is the first of theirs in the full ranking (warm before cold).
    for (const group of result.groups!.filter((g) => g.path)) {
      const first = result.paths.find((p) => p.start.personId === group.personId)!;
      expect(group.path!.hops.map((h) => h.to.id)).toEqual(first.hops.map((h) => h.to.id));
      expect(group.path!.score).toBe(first.score);
    }
    expect(
      result.groups!.map((g) => [g.personName, g.path ? (g.path.cold ? 'cold' : 'warm') : 'none']),
    ).toEqual([
      ['Dana Lee', 'warm'],
      ['Cal Two', 'warm'],
      ['Me', 'cold'],
      ['Lone Wolf', 'none'],
    ]);
    // Dana's best path is the direct mutual follow, not the longer one through @friend.
    expect(result.groups![0]!.path!.hops.map((h) => h.to.handle)).toEqual(['acme_ceo']);
    expect(result.groups![3]!.reason).toBe(
      'No follows of @lone_wolf are imported, so nothing shows whom they know. Import their follower or following list.',
    );
    expect(result.unlinkedPeople).toBe(1);
    // Without grouping, the result is as before: no groups.
    expect((await api.paths.find({ accountId: prospectId })).groups).toBeUndefined();
  });

  it('filters by relationship and by person, keeping the search exact', async () => {
    const { api, prospectId } = await world();
    const customers = await api.paths.find({
      accountId: prospectId,
      relationship: 'customer',
      groupByPerson: true,
    });
    expect(customers.paths.map((p) => p.start.personName)).toEqual(['Cal Two']);
    expect(customers.groups!.map((g) => g.personName)).toEqual(['Cal Two']);
    expect(customers.unlinkedPeople).toBe(0);

    const dana = await api.paths.find({ accountId: prospectId, personId: 2, limit: 20 });
    expect(new Set(dana.paths.map((p) => p.start.personName))).toEqual(new Set(['Dana Lee']));
    expect(dana.paths.map((p) => p.hops.length)).toEqual([1, 2]);

    const people = await api.people.list({ search: 'Nobody' });
    const nobodyId = people.rows[0]!.id;
    const nobody = await api.paths.find({ accountId: prospectId, personId: nobodyId, groupByPerson: true });
    expect(nobody.paths).toEqual([]);
    expect(nobody.groups).toEqual([
      {
        personId: nobodyId,
        personName: 'Nobody Linked',
        relationship: 'colleague',
        path: null,
        reason:
          'Nobody Linked is not linked to any account. Link them to their X, Bluesky or Mastodon account in People.',
      },
    ]);
    await expect(api.paths.find({ accountId: prospectId, personId: 999 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('says the way is too long when follows are imported but none comes near', async () => {
    const far = x('7', 'far');
    const { api, prospectId } = await world([{ type: 'follow', follower: lone, followee: far }]);
    const result = await api.paths.find({ accountId: prospectId, groupByPerson: true, personId: 4 });
    expect(result.groups!.map((g) => g.reason)).toEqual([
      'No imported follow or interaction links @lone_wolf to @acme_ceo within three introductions.',
    ]);
  });
});

describe('paths.find, your people at the prospect’s organisation', () => {
  const atAcme: ImportRecord[] = [
    {
      type: 'person',
      sourceKey: 'maria@acme',
      displayName: 'María Gómez',
      company: 'ACME Logistics, S.L.',
      position: 'Operations Director',
      relationship: 'customer',
      connectedOn: '2024-05-01',
    },
    { type: 'person', sourceKey: 'al@acmeco', displayName: 'Al Other', company: 'Acmeco', position: 'CEO' },
  ];

  it('lists contacts whose company names the organisation in the bio, or the one the user sets', async () => {
    const { api, prospectId } = await world(atAcme);
    const result = await api.paths.find({ accountId: prospectId });
    expect(result.organisation).toEqual({ names: ['Acme Logistics'], from: 'bio' });
    expect(result.atOrganisation.map((m) => m.line)).toEqual([
      'María Gómez, Operations Director at ACME Logistics, S.L. (customer, a CSV file, since 2024)',
    ]);

    await api.paths.setOrganisation({ accountId: prospectId, organisation: 'Acmeco' });
    const set = await api.paths.find({ accountId: prospectId });
    expect(set.organisation).toEqual({ names: ['Acmeco'], from: 'user' });
    expect(set.atOrganisation.map((m) => m.name)).toEqual(['Al Other']);

    await api.paths.setOrganisation({ accountId: prospectId, organisation: '  ' });
    expect((await api.paths.find({ accountId: prospectId })).organisation.from).toBe('bio');
  });
});
