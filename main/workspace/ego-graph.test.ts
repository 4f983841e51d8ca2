import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const me = x('1', 'me_myself');
const dana = x('2', 'dana');
const prospect = x('9', 'acme_ceo');

function followers(count: number): ImportRecord[] {
  return Array.from({ length: count }, (_, i): ImportRecord[] => [
    { type: 'account', key: x(String(1000 + i), `fan${i}`), followersCount: i },
    { type: 'follow', follower: x(String(1000 + i), `fan${i}`), followee: prospect },
  ]).flat();
}

describe('graph.egoGraph', () => {
  it('centres the prospect, marks roles and the path, and keeps to the node budget', async () => {
    const { api } = await fixtureWorld(tempDir, [
      {
        type: 'person',
        sourceKey: 'me',
        displayName: 'Me',
        relationship: 'me',
        accounts: [{ key: me, status: 'confirmed', evidence: 'archive' }],
      },
      {
        type: 'person',
        sourceKey: 'dana',
        displayName: 'Dana Lee',
        relationship: 'customer',
        accounts: [{ key: dana, status: 'confirmed', evidence: 'vCard' }],
      },
      { type: 'follow', follower: dana, followee: prospect },
      { type: 'follow', follower: prospect, followee: dana },
      { type: 'follow', follower: prospect, followee: x('50', 'vendor') },
      ...followers(60),
    ]);
    const account = await api.accounts.find({ ref: '@acme_ceo' });
    const graph = await api.graph.egoGraph({ accountId: account!.id, budget: 25 });

    expect(graph.nodes.length).toBeLessThanOrEqual(25);
    const byHandle = new Map(graph.nodes.map((n) => [n.handle, n]));
    expect(byHandle.get('acme_ceo')).toMatchObject({ role: 'prospect', x: 0, y: 0 });
    expect(byHandle.get('dana')).toMatchObject({ role: 'person', paths: [0] });
    // The path-first view colours your people by what they are to you, and names them.
    expect(byHandle.get('dana')).toMatchObject({ relationship: 'customer', personName: 'Dana Lee' });
    expect(byHandle.get('vendor')?.relationship).toBeUndefined();
    expect(byHandle.get('vendor')?.role).toBe('followee');
    // Widest reach first: the fans kept are the ones with most followers.
    const fans = graph.nodes.filter((n) => n.role === 'follower').map((n) => n.reach ?? 0);
    expect(Math.min(...fans)).toBeGreaterThan(59 - fans.length);
    // Left out: 61 followers (Dana and 60 fans) minus the fans drawn and Dana, drawn as a person.
    expect(graph.omitted.followers).toBe(60 - fans.length);
    expect(graph.omitted.followees).toBe(0);

    const pathEdge = graph.edges.find((e) => e.paths.includes(0));
    expect(pathEdge).toMatchObject({ mutual: true });
    const again = await api.graph.egoGraph({ accountId: account!.id, budget: 25 });
    expect(again.nodes.map((n) => [n.id, n.x, n.y])).toEqual(graph.nodes.map((n) => [n.id, n.x, n.y]));
  });
});

describe('graph node categories', () => {
  it('carries the categories the Following section shows: keyword rules and manual assignments', async () => {
    const reporter = x('60', 'news_desk');
    const fund = x('61', 'seed_fund');
    const plain = x('62', 'someone');
    const { api } = await fixtureWorld(tempDir, [
      { type: 'account', key: reporter, name: 'Desk', bio: 'Technology reporter and podcast host' },
      { type: 'account', key: fund, name: 'Seed Fund', bio: 'We back founders early' },
      { type: 'account', key: plain, name: 'Someone', bio: 'Reporters are everywhere' },
      { type: 'follow', follower: prospect, followee: reporter },
      { type: 'follow', follower: prospect, followee: fund },
      { type: 'follow', follower: prospect, followee: plain },
      { type: 'follow', follower: dana, followee: prospect },
    ]);
    const categories = await api.categories.list();
    const id = (name: string) => categories.find((c) => c.name === name)!.id;
    // A rule on the name, as the categories editor makes them.
    const funds = await api.categories.save({
      name: 'Funds',
      color: null,
      rules: [{ field: 'name', keyword: 'fund' }],
    });
    const account = await api.accounts.find({ ref: '@acme_ceo' });
    const byHandle = async () => {
      const graph = await api.graph.egoGraph({ accountId: account!.id, budget: 50 });
      return new Map(graph.nodes.map((n) => [n.handle, n.categories]));
    };

    let nodes = await byHandle();
    expect(nodes.get('news_desk')).toEqual([id('Media')]);
    expect(nodes.get('seed_fund')).toEqual([funds.id]);
    // Whole words only: "Reporters" is not "reporter".
    expect(nodes.get('someone')).toEqual([]);
    expect(nodes.get('dana')).toEqual([]);
    expect(nodes.get('acme_ceo')).toEqual([]);

    await api.categories.assign({
      accountId: (await api.accounts.find({ ref: '@someone' }))!.id,
      categoryId: id('Peer'),
      assigned: true,
    });
    await api.categories.assign({
      accountId: (await api.accounts.find({ ref: '@news_desk' }))!.id,
      categoryId: id('Investor'),
      assigned: true,
    });
    nodes = await byHandle();
    expect(nodes.get('someone')).toEqual([id('Peer')]);
    expect(nodes.get('news_desk')).toEqual([id('Media'), id('Investor')].sort((a, b) => a - b));

    // The list matches the audience's own classification for the same accounts.
    const following = await api.audience.list({
      accountId: account!.id,
      list: 'following',
      filter: {},
      sort: 'handle',
      descending: false,
      offset: 0,
      limit: 10,
    });
    for (const row of following.rows) expect(nodes.get(row.handle)).toEqual(row.categories);
  });
});

describe('graph.egoGraph with more paths', () => {
  it('draws as many of the ranked paths as the list beside it shows, five unless asked', async () => {
    const people: ImportRecord[] = Array.from({ length: 8 }, (_, i): ImportRecord[] => [
      {
        type: 'person',
        sourceKey: `p${i}`,
        displayName: `Person ${i}`,
        relationship: 'colleague',
        accounts: [{ key: x(String(100 + i), `person_${i}`), status: 'confirmed', evidence: 'vCard' }],
      },
      { type: 'follow', follower: prospect, followee: x(String(100 + i), `person_${i}`) },
    ]).flat();
    const { api } = await fixtureWorld(tempDir, people);
    const account = await api.accounts.find({ ref: '@acme_ceo' });
    const five = await api.graph.egoGraph({ accountId: account!.id, budget: 50 });
    const seven = await api.graph.egoGraph({ accountId: account!.id, budget: 50, pathCount: 7 });
    expect(five.paths).toHaveLength(5);
    expect(seven.paths).toHaveLength(7);
    // The same ranking: the first five are the default's five.
    expect(seven.paths.slice(0, 5).map((p) => p.start.account.id)).toEqual(
      five.paths.map((p) => p.start.account.id),
    );
    expect(seven.nodes.filter((n) => n.paths.length > 0)).toHaveLength(8);
  });
});
