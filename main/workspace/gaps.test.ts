import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, importRecords, personRecord, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const ceo = x('12345', 'acme_ceo');
const bob = x('777', 'bobchen');

const followers = (from: number, to: number): ImportRecord[] =>
  Array.from({ length: to - from }, (_, i) => ({
    type: 'follow' as const,
    follower: x(String(1000 + from + i), `f${from + i}`),
    followee: ceo,
  }));

describe('gaps.get on a workspace', () => {
  it('reads what is imported for the prospect: counts, capture dates, the people whose lists are missing', async () => {
    const { api, core } = await fixtureWorld(tempDir, [
      { type: 'source-info', capturedAt: '2026-01-10T00:00:00Z' },
      { type: 'account', key: ceo, followersCount: 40, followingCount: 3 },
      { type: 'account', key: bob, followingCount: 2300, followersCount: 900 },
      ...followers(0, 10),
      {
        type: 'post',
        network: 'x',
        id: '5001',
        author: ceo,
        createdAt: '2026-01-01T00:00:00Z',
        text: 'hello',
        kind: 'post',
      },
      personRecord('bob@example.com', 'Bob Chen', 'colleague', bob),
      personRecord('carol@example.com', 'Carol Diaz', 'customer'),
    ]);
    await importRecords(core, tempDir, [
      { type: 'source-info', capturedAt: '2026-11-30T00:00:00Z' },
      ...followers(10, 20),
    ]);
    const accountId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;
    const gaps = await api.gaps.get({ accountId });
    const item = (kind: string) => gaps.items.find((i) => i.kind === kind)!;

    expect(item('followers')).toMatchObject({ imported: 20, stated: 40, status: 'partial' });
    expect(item('followers').newestImportAt).toBe('2026-11-30T00:00:00Z');
    expect(item('posts')).toMatchObject({ imported: 1, newestImportAt: '2026-01-10T00:00:00Z' });
    expect(item('likes').status).toBe('missing');
    expect(item('contacts').imported).toBe(2);
    expect(item('network').summary).toBe(
      "0 of 1 of your people's accounts have their following list imported; 1 people have no linked account.",
    );
    expect(gaps.suggestions[0]!.text).toBe(
      "Your colleague Bob Chen's following list (@bobchen) would let the app check 2,300 more accounts for a way in.",
    );
    expect(item('followers').ways[0]!.commands).toEqual(['twarc2 followers 12345 acme_ceo-followers.jsonl']);

    const strict = await api.gaps.get({ accountId, staleAfterDays: 1 });
    expect(strict.items.find((i) => i.kind === 'posts')!.stale).toBe(true);
    await expect(api.gaps.get({ accountId: 999_999 })).rejects.toThrow('There is no account #999999.');
  });
});

describe('the stale setting', () => {
  it('is 90 days until the user sets another, which gaps.get then uses and the app keeps', async () => {
    const { api } = await fixtureWorld(tempDir, [{ type: 'account', key: ceo, followersCount: 40 }]);
    const accountId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;
    expect((await api.gaps.get({ accountId })).staleAfterDays).toBe(90);
    expect(await api.settings.setStaleAfterDays({ days: 30 })).toEqual({ staleAfterDays: 30 });
    expect((await api.gaps.get({ accountId })).staleAfterDays).toBe(30);
    expect((await api.gaps.get({ accountId, staleAfterDays: 365 })).staleAfterDays).toBe(365);
  });
});
