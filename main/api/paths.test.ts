import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { useTempDir } from '../test-support/temp-dir';
import { fixtureWorld, xAccount } from '../test-support/fixture-world';

const tempDir = useTempDir();

const x = xAccount;
const me = x('1', 'me_myself');
const dana = x('2', 'dana');
const bridge = x('3', 'bridge');
const prospect = x('9', 'acme_ceo');

async function world(records: ImportRecord[]) {
  const { api } = await fixtureWorld(tempDir, records);
  const target = await api.accounts.find({ ref: '@acme_ceo' });
  return { api, prospectId: target!.id };
}

describe('paths.find', () => {
  it('ranks a colleague with a mutual follow above my own two-hop path, and explains both', async () => {
    const { api, prospectId } = await world([
      {
        type: 'person',
        sourceKey: 'me',
        displayName: 'Me',
        relationship: 'me',
        accounts: [{ key: me, status: 'confirmed', evidence: 'archive' }],
      },
      {
        type: 'person',
        sourceKey: 'dana@corp',
        displayName: 'Dana Lee',
        accounts: [{ key: dana, status: 'confirmed', evidence: 'vCard' }],
      },
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

    const intro = await api.intro.draft({ accountId: prospectId, pathIndex: 0 });
    expect(intro.toBridge).toMatch(/^Hi Dana,/);
    expect(intro.toBridge.trim().endsWith('Me')).toBe(true);
    await expect(api.intro.draft({ accountId: prospectId, pathIndex: 7 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('says what is missing when there is no path', async () => {
    const { api, prospectId } = await world([
      {
        type: 'person',
        sourceKey: 'me',
        displayName: 'Me',
        relationship: 'me',
        accounts: [{ key: me, status: 'confirmed', evidence: 'archive' }],
      },
      { type: 'account', key: prospect, name: 'Acme CEO' },
    ]);
    const result = await api.paths.find({ accountId: prospectId });
    expect(result.paths).toEqual([]);
    expect(result.diagnosis).toMatch(/None of @acme_ceo’s followers or followees are imported/);
  });
});
