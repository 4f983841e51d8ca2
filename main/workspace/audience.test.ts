import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, importRecords, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const ceo = x('1', 'acme_ceo');
const follower = (id: string, bio: string, location: string | undefined, reach: number): ImportRecord[] => [
  { type: 'account', key: x(id, `f${id}`), bio, location, followersCount: reach },
  { type: 'follow', follower: x(id, `f${id}`), followee: ceo },
];

describe('audience of a prospect', () => {
  it('segments followers by role, place, reach, category and my people; filters and exports them', async () => {
    const { api } = await fixtureWorld(tempDir, [
      { type: 'account', key: ceo, followersCount: 10 },
      ...follower('10', 'CEO at a SaaS startup', 'Paris, France', 12_000),
      ...follower('11', 'Marketing lead, journalist at heart', 'paris, france', 300),
      ...follower('12', 'Founder & CEO of RivalCorp', 'Berlin', 90),
      {
        type: 'person',
        sourceKey: 'dana',
        displayName: 'Dana',
        accounts: [{ key: x('11', 'f11'), status: 'confirmed', evidence: 'vCard' }],
      },
    ]);
    await api.pursuit.save({ business: ['Acme'], competitors: { handles: [], keywords: ['RivalCorp'] } });
    const accountId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;

    const segments = await api.audience.segments({ accountId, list: 'followers' });
    expect(segments).toMatchObject({ total: 3, declared: 10, mine: 1, competitors: 1 });
    expect(segments.roles[0]).toEqual({ value: 'CEO', count: 2 });
    expect(segments.locations[0]).toMatchObject({ value: 'paris, france', count: 2 });
    const vendor = (await api.categories.list()).find((c) => c.name === 'Vendor')!;
    expect(segments.categories).toContainEqual({ categoryId: vendor.id, count: 1 });

    const ceos = await api.audience.list({ accountId, list: 'followers', filter: { role: 'CEO' } });
    expect(ceos.rows.map((r) => r.handle)).toEqual(['f10', 'f12']);
    const csv = await api.audience.csv({ accountId, list: 'followers', filter: { competitors: true } });
    expect(csv.split('\r\n')[1]).toContain('f12');
    expect(csv.split('\r\n')).toHaveLength(3);

    const media = (await api.categories.list()).find((c) => c.name === 'Media')!;
    await api.categories.assign({ accountId: ceos.rows[1]!.id, categoryId: media.id, assigned: true });
    const inMedia = await api.audience.list({
      accountId,
      list: 'followers',
      filter: { categoryId: media.id },
    });
    expect(inMedia.rows.map((r) => r.handle).sort()).toEqual(['f11', 'f12']);

    // The classified list is kept between pages, and recomputed after an edit that changes it.
    const competitors = () =>
      api.audience.list({ accountId, list: 'followers', filter: { competitors: true } });
    expect((await competitors()).rows.map((r) => r.handle)).toEqual(['f12']);
    await api.notes.save({ accountId, body: 'RivalCorp and Marketing people' });
    expect((await competitors()).rows.map((r) => r.handle)).toEqual(['f12']);
    await api.pursuit.save({ business: ['Acme'], competitors: { handles: [], keywords: ['Marketing'] } });
    expect((await competitors()).rows.map((r) => r.handle)).toEqual(['f11']);
    const page = await api.audience.list({
      accountId,
      list: 'followers',
      sort: 'name',
      descending: false,
      limit: 2,
    });
    const next = await api.audience.list({
      accountId,
      list: 'followers',
      sort: 'name',
      descending: false,
      offset: 2,
      limit: 2,
    });
    expect([...page.rows, ...next.rows].map((r) => r.handle)).toEqual(['f10', 'f11', 'f12']);
  });

  it('shows who was newly followed or unfollowed between two imports of the same list', async () => {
    const { api, core } = await fixtureWorld(tempDir, [
      { type: 'follow', follower: ceo, followee: x('20', 'old_friend') },
      { type: 'follow', follower: ceo, followee: x('21', 'stays') },
    ]);
    await importRecords(
      core,
      tempDir,
      [
        { type: 'source-info', capturedAt: '2030-01-01T00:00:00.000Z' },
        { type: 'follow', follower: ceo, followee: x('21', 'stays') },
        { type: 'follow', follower: ceo, followee: x('22', 'new_vendor') },
      ],
      'later.txt',
    );
    const accountId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;
    const [change] = await api.audience.changes({ accountId });
    expect(change).toMatchObject({ list: 'following' });
    expect(change!.added.map((a) => a.handle)).toEqual(['new_vendor']);
    expect(change!.removed.map((a) => a.handle)).toEqual(['old_friend']);
  });

  it('counts saved-search matches that arrived since it was last viewed', async () => {
    const post = (id: string, text: string): ImportRecord => ({
      type: 'post',
      network: 'x',
      id,
      author: ceo,
      text,
      kind: 'post',
    });
    const { api, core } = await fixtureWorld(tempDir, [post('100', 'Can anyone recommend a CRM vendor?')]);
    const saved = await api.searches.save({ name: 'CRM asks', query: 'crm' });
    expect(saved).toMatchObject({ total: 1, newMatches: 0 });
    await importRecords(
      core,
      tempDir,
      [post('101', 'Still need a CRM, any suggestions?'), post('102', 'Lunch')],
      'more.txt',
    );
    expect((await api.searches.list())[0]).toMatchObject({ total: 2, newMatches: 1 });
    await api.searches.markViewed({ id: saved.id });
    expect((await api.searches.list())[0]).toMatchObject({ newMatches: 0 });
    const presets = await api.searches.presets();
    expect(presets.map((p) => p.name)).toEqual(['Buying intent']);
    expect((await api.search.run({ query: presets[0]!.query })).total).toBe(2);
  });
});
