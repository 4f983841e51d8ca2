import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { openInput } from '../../input';
import type { ImportRecord } from '../../records';
import { xArchiveFormat } from './index';
import { confirmedAccount } from '../../../test-support/record-shapes';

type Records = Awaited<ReturnType<typeof collectRecords>>;

function tally(records: ImportRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of records) {
    const key = r.type === 'post' ? `post:${r.kind}` : r.type === 'skip' ? `skip:${r.reason}` : r.type;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The ids as they are written in the file's bytes, without any JSON parsing. */
function rawAccountIds(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/"accountId" : "(\d+)"/g)].map((m) => m[1]!);
}

function followersOf(result: Records, ownerId: string): string[] {
  return result
    .of('follow')
    .filter((f) => f.followee.id === ownerId)
    .map((f) => f.follower.id!);
}

describe('X archive samples', () => {
  it('reads denchi-2020 (tweet.js era) whole', async () => {
    const result = await collectRecords(xArchiveFormat, samplePath('x-archive', 'denchi-2020'));
    // Counted with python json over tweet.js (22 tweets: 9 with in_reply_to_status_id_str, no "RT @",
    // no /status/ links), follower.js (463), following.js (14), like.js (17).
    expect(tally(result.records)).toEqual({
      'source-info': 1,
      account: 1,
      person: 1,
      'post:post': 13,
      'post:reply': 9,
      follow: 463 + 14,
      like: 17,
    });
    // grep -c '"accountId"' follower.js = 463; python: 203 of them are above 2^53.
    const ids = followersOf(result, '1153674767859441664');
    expect(ids).toEqual(rawAccountIds(samplePath('x-archive', 'denchi-2020', 'follower.js')));
    expect(ids.filter((id) => BigInt(id) > 2n ** 53n)).toHaveLength(203);
    const tags = result.of('post').reduce((n, p) => n + (p.tags?.length ?? 0), 0);
    // python: 59 entities.hashtags, 58 distinct per post (one post tags #indiegame twice).
    expect(tags).toBe(58);
  });

  it('reads honestmvp-2020 with its reposts, replies and quotes', async () => {
    const result = await collectRecords(xArchiveFormat, samplePath('x-archive', 'honestmvp-2020'));
    // python over tweet.js: 483 tweets; 13 start "RT @"; 208 other with in_reply_to_status_id_str;
    // 30 others link a /status/<id> (45 tweets have such a link in all); 232 plain.
    expect(tally(result.records)).toEqual({
      'source-info': 1,
      account: 1,
      person: 1,
      'post:post': 232,
      'post:reply': 208,
      'post:repost': 13,
      'post:quote': 30,
      follow: 1180 + 1046,
      like: 202,
    });
    const owner = { network: 'x', id: '1132310752344383488', handle: 'HonestMvp' };
    const posts = new Map(result.of('post').map((p) => [p.id, p]));
    expect(posts.get('1278380823931228161')).toMatchObject({
      kind: 'reply',
      author: owner,
      replyToPostId: '1278370518400466944',
      replyToAccount: { network: 'x', id: '50674216', handle: 'rikhepworth' },
      mentions: [{ network: 'x', id: '50674216', handle: 'rikhepworth' }],
    });
    expect(posts.get('1278381836683657216')).toMatchObject({
      kind: 'quote',
      referencedPostId: '1278370831584894976',
      tags: ['trendsetter', 'thoughtleader'],
      createdAt: '2020-07-01T17:35:55.000Z',
      likeCount: 12,
      repostCount: 0,
      links: ['https://twitter.com/sql_williamd/status/1278370831584894976'],
    });
    const repost = posts.get('1278281695733653504');
    expect(repost?.kind).toBe('repost');
    expect(repost?.referencedPostId).toBeUndefined();
    expect(result.of('account')[0]).toMatchObject({
      key: owner,
      location: 'Seattle, WA',
      name: 'Honest MVP',
    });
    expect(result.of('source-info')[0]).toEqual({
      type: 'source-info',
      owner,
      capturedAt: '2020-07-05T04:53:53.789Z',
    });
  });

  it('reads ezilryb-2026: ids above 2^53, deleted posts, likes, skipped headers', async () => {
    const dir = samplePath('x-archive', 'ezilryb-2026');
    const result = await collectRecords(xArchiveFormat, dir, { relationship: 'colleague' });
    // python: deleted-tweets.js 1 reply; follower.js 102; following.js 72; like.js 2461;
    // tweet-headers.js 1737; screen-name-change.js 1; the manifest lists tweets.js (1737), absent here.
    expect(tally(result.records)).toEqual({
      'source-info': 1,
      account: 1,
      person: 1,
      warning: 1,
      'post:reply': 1,
      follow: 102 + 72,
      like: 2461,
      'skip:post header without text (tweet-headers.js)': 1737,
      "skip:earlier handle of the archive's owner (not kept)": 1,
    });
    const owner = { network: 'x', id: '2043360286044766208', handle: 'BetaCapitalWEB' };
    expect(result.of('person')).toEqual([
      {
        type: 'person',
        sourceKey: 'x:2043360286044766208',
        displayName: 'BetaCapital',
        relationship: 'colleague',
        accounts: [confirmedAccount(owner, 'owner of this X archive')],
      },
    ]);
    const followers = followersOf(result, '2043360286044766208');
    expect(followers).toEqual(rawAccountIds(join(dir, 'follower.js')));
    expect(followers.filter((id) => BigInt(id) > 2n ** 53n)).toHaveLength(67);
    expect(
      result
        .of('follow')
        .filter((f) => f.follower.id === owner.id)
        .map((f) => f.followee.id),
    ).toEqual(rawAccountIds(join(dir, 'following.js')));
    expect(result.of('warning')[0]?.message).toContain('data/tweets.js (1737 records)');
    expect(result.of('post')[0]).toMatchObject({
      id: '2080924496660152794',
      author: owner,
      kind: 'reply',
      replyToPostId: '2080919580549996684',
      createdAt: '2026-07-25T07:53:56.000Z',
    });
    expect(result.of('like')[0]).toEqual({
      type: 'like',
      account: owner,
      post: {
        network: 'x',
        id: '2080945548849291617',
        text: '@BetaCapitalWEB On est dans une meta folle',
        url: 'https://twitter.com/i/web/status/2080945548849291617',
        // (2080945548849291617 >> 22) + 1288834974657 ms, computed in python.
        createdAt: '2026-07-25T09:17:35.601Z',
      },
    });
    expect(result.of('account')[0]?.createdAt).toBe('2026-04-12T16:07:22.541Z');
  });

  it('reads the Grailbird (2014) archive with full v1.1 tweets', async () => {
    const result = await collectRecords(xArchiveFormat, samplePath('x-archive', 'grailbird-2014-archie22is'));
    // python over data/js/tweets/*.js: 1 + 61 + 31 = 93 tweets; 11 start "RT @" (7 with
    // retweeted_status); 11 other replies; no /status/ links. tweet_index.js lists 54 months, 51 absent.
    expect(tally(result.records)).toEqual({
      'source-info': 1,
      account: 1,
      person: 1,
      warning: 1,
      'post:post': 71,
      'post:repost': 11,
      'post:reply': 11,
    });
    const owner = { network: 'x', id: '21204689', handle: 'helenhousandi' };
    const posts = new Map(result.of('post').map((p) => [p.id, p]));
    expect(posts.get('9760039140')).toMatchObject({
      kind: 'repost',
      referencedPostId: '9756325051',
      author: owner,
      createdAt: '2010-02-28T00:00:00.000Z',
    });
    expect(posts.get('9794375478')).toMatchObject({
      kind: 'reply',
      replyToPostId: '9792198920',
      replyToAccount: { network: 'x', id: '1416071', handle: 'chrisfoley' },
    });
    // The file writes "I &lt;3 COLOURlovers"; "RT @chriscoyier: &lt;a href=" stays literal text.
    expect(posts.get('8825338883')?.text).toMatch(/^I <3 COLOURlovers/);
    expect(posts.get('30104225228787712')?.text).toMatch(/^RT @chriscoyier: <a href="\/edit\/xxx"/);
    expect(result.of('account')[0]).toMatchObject({
      key: owner,
      name: 'Helen Hou-Sandí',
      location: 'Jersey City ♥',
      url: 'http://helenhousandi.com',
      createdAt: '2009-02-18T15:18:07.000Z',
    });
    expect(result.of('source-info')[0]?.capturedAt).toBe('2014-02-02T03:05:18.000Z');
    expect(result.of('warning')[0]?.message).toContain('51 monthly post files (14659 posts)');
  });

  it('summarises each sample from the manifest without reading the big files', async () => {
    const summaries: Record<string, string | undefined> = {};
    for (const name of ['denchi-2020', 'honestmvp-2020', 'ezilryb-2026', 'grailbird-2014-archie22is']) {
      const input = await openInput(samplePath('x-archive', name));
      try {
        const detection = await xArchiveFormat.detect(input);
        expect(detection?.needs).toEqual({});
        summaries[name] = detection?.summary;
      } finally {
        input.close();
      }
    }
    expect(summaries).toEqual({
      'denchi-2020':
        'X archive of @LumenInferius (generated 2020-04-03): 22 posts, 463 followers, 14 following, 17 likes',
      'honestmvp-2020':
        'X archive of @HonestMvp (generated 2020-07-05): 483 posts, 1,180 followers, 1,046 following, 202 likes',
      'ezilryb-2026':
        'X archive of @BetaCapitalWEB (generated 2026-07-25): 1 post, 102 followers, 72 following, 2,461 likes; 1 file the manifest lists is missing',
      'grailbird-2014-archie22is': 'X archive of @helenhousandi (generated 2014-02-02): 93 posts',
    });
  });
});
