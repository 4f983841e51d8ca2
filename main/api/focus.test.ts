import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const ceo = x('1', 'acme_ceo');
const crowd = x('2', 'crowd');

let next = 100;
const post = (
  author: typeof ceo,
  text: string,
  extra: Partial<Extract<ImportRecord, { type: 'post' }>> = {},
): ImportRecord => ({
  type: 'post',
  network: 'x',
  id: String((next += 1)),
  author,
  text,
  createdAt: '2026-03-02T08:30:00.000Z',
  kind: 'post',
  ...extra,
});

describe('focus.get', () => {
  it('finds what the prospect talks about compared with the whole workspace, with the posts behind it', async () => {
    const { api } = await fixtureWorld(tempDir, [
      post(ceo, 'Warehouse robots are the future of logistics', { tags: ['logistics'] }),
      post(ceo, 'Visited a warehouse full of robots and the logistics team', { tags: ['Logistics'] }),
      post(ceo, 'Monday meeting about logistics'),
      // Everyone in the workspace talks about logistics; nobody else about warehouse robots.
      ...Array.from({ length: 30 }, (_, i) => post(crowd, `logistics update number ${i}`)),
    ]);
    const account = await api.accounts.find({ ref: '@acme_ceo' });
    const focus = await api.focus.get({ accountId: account!.id, timeZone: 'Europe/Paris' });
    expect(focus.counts.posts).toBe(3);
    expect(focus.hashtags[0]).toMatchObject({ count: 2 });
    const terms = focus.terms.map((t) => t.value);
    // "full" is a stop word, so both posts say "warehouse robots": the phrase beats its words.
    expect(terms.slice(0, 2)).toContain('warehouse robots');
    expect(terms.indexOf('logistics')).toBeGreaterThan(1);
    expect(focus.peak).toMatchObject({ weekday: 0, hour: 9 });

    const behind = await api.posts.get({
      ids: focus.terms.find((t) => t.value === 'warehouse robots')!.postIds,
    });
    expect(behind.map((p) => p.text)).toEqual([
      'Warehouse robots are the future of logistics',
      'Visited a warehouse full of robots and the logistics team',
    ]);
    await expect(api.focus.get({ accountId: account!.id, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
