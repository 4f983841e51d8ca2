import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { useTempDir } from '../test-support/temp-dir';
import { fixtureWorld, personRecord, xAccount } from '../test-support/fixture-world';

const tempDir = useTempDir();

const x = xAccount;
const me = x('1', 'me_myself');
const dana = x('2', 'dana');
const bridge = x('3', 'bridge');
const prospect = x('9', 'acme_ceo');

/** The user's own account and a colleague's. */
const meAndDana: ImportRecord[] = [
  personRecord('me', 'Me', 'me', me, 'archive'),
  {
    type: 'person',
    sourceKey: 'dana@corp',
    displayName: 'Dana Lee',
    accounts: [{ key: dana, status: 'confirmed', evidence: 'vCard' }],
  },
];
/** A customer of the user's, by their one account. */
const customer = (sourceKey: string, displayName: string, key: ReturnType<typeof x>): ImportRecord => ({
  type: 'person',
  sourceKey,
  displayName,
  relationship: 'customer',
  accounts: [{ key, status: 'confirmed', evidence: 'vCard' }],
});

async function world(records: ImportRecord[]) {
  const { api } = await fixtureWorld(tempDir, records);
  const target = await api.accounts.find({ ref: '@acme_ceo' });
  return { api, prospectId: target!.id };
}

describe('paths.find', () => {
  it('ranks a colleague with a mutual follow above my own two-hop path, and explains both', async () => {
    const { api, prospectId } = await world([
      ...meAndDana,
      { type: 'follow', follower: dana, followee: prospect },
      { type: 'follow', follower: prospect, followee: dana },
      { type: 'follow', follower: me, followee: bridge },
      { type: 'follow', follower: bridge, followee: prospect },
      {
        type: 'post',
        network: 'x',
        id: '100',
        author: prospect,
        text: '@dana thanks!',
        kind: 'reply',
        replyToAccount: dana,
        createdAt: '2026-03-02T10:00:00.000Z',
      },
    ]);
    const result = await api.paths.find({ accountId: prospectId });
    expect(result.diagnosis).toBeNull();
    expect(result.paths.map((p) => p.start.personName)).toEqual(['Dana Lee', 'Me']);
    const [best, second] = result.paths;
    expect(best!.score).toBeGreaterThan(second!.score);
    expect(best!.explanation).toBe(
      'Dana Lee, your colleague (@dana): @dana and @acme_ceo follow each other; @acme_ceo replied to @dana once (last Mar 2026).',
    );
    expect(second!.hops.map((h) => h.to.handle)).toEqual(['bridge', 'acme_ceo']);
    expect(result.formula).toMatch(/product of its ties/);
    // Each hop says who follows whom; @bridge never followed me back, so my own path is cold.
    expect(best!.cold).toBe(false);
    expect(best!.hops[0]).toMatchObject({
      direction: { fromFollowsTo: true, toFollowsFrom: true, fromInteracted: false, toInteracted: true },
      cold: false,
      coldReason: null,
    });
    expect(second!.cold).toBe(true);
    expect(second!.hops.map((h) => h.cold)).toEqual([true, true]);

    const intro = await api.intro.draft({ accountId: prospectId, pathIndex: 0 });
    expect(intro.drafts[0]!.body).toMatch(/^Hi Dana,/);
    expect(intro.drafts[0]!.body.trim().endsWith('Me')).toBe(true);
    await expect(api.intro.draft({ accountId: prospectId, pathIndex: 7 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('a stranger you follow ranks below your colleague’s warm way in, shown and marked cold with the reason', async () => {
    const stranger = x('4', 'stranger');
    const friend = x('5', 'their_friend');
    const { api, prospectId } = await world([
      ...meAndDana,
      // You follow @stranger and keep replying, but @stranger never follows or answers you;
      // @stranger and the prospect are close.
      { type: 'follow', follower: me, followee: stranger },
      { type: 'follow', follower: stranger, followee: prospect },
      { type: 'follow', follower: prospect, followee: stranger },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({
        type: 'post' as const,
        network: 'x' as const,
        id: `20${n}`,
        author: n <= 3 ? prospect : me,
        text: '@stranger indeed',
        kind: 'reply' as const,
        replyToAccount: stranger,
        createdAt: '2026-03-02T10:00:00.000Z',
      })),
      // Your colleague and their friend follow each other, and the prospect follows the friend.
      { type: 'follow', follower: dana, followee: friend },
      { type: 'follow', follower: friend, followee: dana },
      { type: 'follow', follower: prospect, followee: friend },
    ]);
    const result = await api.paths.find({ accountId: prospectId });
    expect(result.paths.map((p) => [p.start.personName, p.cold])).toEqual([
      ['Dana Lee', false],
      ['Me', true],
    ]);
    const coldPath = result.paths[1]!;
    expect(coldPath.score).toBeGreaterThan(result.paths[0]!.score);
    expect(coldPath.hops[0]).toMatchObject({
      direction: { fromFollowsTo: true, toFollowsFrom: false, fromInteracted: true, toInteracted: false },
      cold: true,
      coldReason:
        '@stranger does not follow @me_myself or interact with them (only @me_myself follows and has interacted with @stranger)',
    });
    expect(coldPath.hops[1]!.cold).toBe(false);
    expect(coldPath.explanation).toMatch(/ Cold: @stranger does not follow @me_myself or interact with them/);
    expect(result.formula).toMatch(/cold/);
  });

  it('the prospect following your customer ranks above your customer following the prospect', async () => {
    const follower = x('6', 'follows_prospect');
    const followed = x('7', 'followed_by_prospect');
    const { api, prospectId } = await world([
      customer('c1', 'Cat One', follower),
      customer('c2', 'Cal Two', followed),
      { type: 'follow', follower, followee: prospect },
      { type: 'follow', follower: prospect, followee: followed },
    ]);
    const result = await api.paths.find({ accountId: prospectId });
    expect(result.paths.map((p) => [p.start.personName, p.cold])).toEqual([
      ['Cal Two', false],
      ['Cat One', true],
    ]);
    expect(result.paths[0]!.score).toBeGreaterThan(result.paths[1]!.score);
    expect(result.paths[0]!.hops[0]!.direction).toMatchObject({ fromFollowsTo: false, toFollowsFrom: true });
    expect(result.paths[1]!.hops[0]!.coldReason).toBe(
      '@acme_ceo does not follow @follows_prospect or interact with them (only @follows_prospect follows @acme_ceo)',
    );
  });

  it('says what is missing when there is no path', async () => {
    const { api, prospectId } = await world([
      personRecord('me', 'Me', 'me', me, 'archive'),
      { type: 'account', key: prospect, name: 'Acme CEO' },
    ]);
    const result = await api.paths.find({ accountId: prospectId });
    expect(result.paths).toEqual([]);
    expect(result.diagnosis).toMatch(/None of @acme_ceo’s followers or followees are imported/);
  });
});
