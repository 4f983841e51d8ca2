import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../common/errors';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { openInput } from '../../input';
import type { ImportRecord } from '../../records';
import { xArchiveFormat } from './index';
import { OWNER_ID, accountFile, manifestFile, tweet, writeFiles, ytdFile, zipFolder } from './test-archive';

const owner = { network: 'x', id: OWNER_ID, handle: 'owner' };

function kinds(records: ImportRecord[]): string[] {
  return records.map((r) => (r.type === 'post' ? `${r.id}:${r.kind}` : r.type));
}

describe('X archive layouts', () => {
  const tempDir = useTempDir('x-archive-');

  it('follows the manifest to tweets.js and tweets-part1.js (an archive split in parts)', async () => {
    const dir = writeFiles(tempDir(), {
      'data/manifest.js': manifestFile({
        account: [{ fileName: 'data/account.js', count: 1 }],
        tweets: [
          { fileName: 'data/tweets.js', count: 2 },
          { fileName: 'data/tweets-part1.js', count: 2 },
        ],
      }),
      'data/account.js': accountFile(),
      'data/tweets-part1.js': ytdFile('tweets.part1', 'tweet', [tweet('30', 'third'), tweet('40', 'fourth')]),
      'data/tweets.js': ytdFile('tweets.part0', 'tweet', [tweet('10', 'first'), tweet('20', 'second')]),
      'Your archive.html': '<html></html>',
      'data/tweets_media/10-a.jpg': Buffer.from([0xff, 0xd8, 0xff]),
    });
    const input = await openInput(dir);
    const detection = await xArchiveFormat.detect(input);
    input.close();
    expect(detection).toMatchObject({
      label: 'X archive (2022 on, tweets.js)',
      summary: 'X archive of @owner (generated 2023-03-04): 4 posts',
      owner,
      estimatedRecords: 4,
    });
    const { records, of } = await collectRecords(xArchiveFormat, dir);
    expect(of('post').map((p) => [p.id, p.text, p.author])).toEqual([
      ['10', 'first', owner],
      ['20', 'second', owner],
      ['30', 'third', owner],
      ['40', 'fourth', owner],
    ]);
    expect(of('source-info')).toEqual([
      { type: 'source-info', owner, capturedAt: '2023-03-04T05:06:07.000Z' },
    ]);
    expect(of('person')[0]?.relationship).toBe('me');
    expect(of('warning')).toEqual([]);
    expect(records).toHaveLength(3 + 4);
  });

  it('finds part files by name when there is no manifest, and warns when counts disagree', async () => {
    const noManifest = writeFiles(tempDir(), {
      'account.js': accountFile(),
      'tweet.js': ytdFile('tweet.part0', 'tweet', [tweet('1', 'a')]),
      'tweet-part1.js': ytdFile('tweet.part1', 'tweet', [tweet('2', 'b')]),
      'tweet-headers.js': ytdFile('tweet_headers.part0', 'tweet', [{ tweet_id: '1' }, { tweet_id: '2' }]),
    });
    const result = await collectRecords(xArchiveFormat, noManifest);
    expect(kinds(result.records)).toEqual([
      'source-info',
      'account',
      'person',
      '1:post',
      '2:post',
      'skip',
      'skip',
    ]);
    expect(result.of('skip')[1]).toEqual({
      type: 'skip',
      reason: 'post header without text (tweet-headers.js)',
      where: 'tweet-headers.js, record 2',
    });

    const miscounted = writeFiles(tempDir(), {
      'manifest.js': manifestFile({ like: [{ fileName: 'data/like.js', count: 3 }] }),
      'account.js': accountFile(),
      'like.js': ytdFile('like.part0', 'like', [{ tweetId: '5', fullText: 'a &amp; b' }]),
    });
    const { of } = await collectRecords(xArchiveFormat, miscounted);
    expect(of('like')).toEqual([
      { type: 'like', account: owner, post: { network: 'x', id: '5', text: 'a & b' } },
    ]);
    expect(of('warning').map((w) => w.message)).toEqual([
      "like.js holds 1 records where the archive's manifest says 3.",
    ]);
  });

  it('imports deleted and community posts, completes long posts from note-tweet.js, and counts blocks and mutes', async () => {
    const long = `${'A long thought that goes on. '.repeat(12)}The end.`;
    const dir = writeFiles(tempDir(), {
      'account.js': accountFile(),
      'tweets.js': ytdFile('tweets.part0', 'tweet', [
        tweet('100', `${long.slice(0, 250)}… https://t.co/abc`, {
          created_at: 'Wed Feb 08 15:12:34 +0000 2023',
          entities: {
            urls: [{ url: 'https://t.co/abc', expanded_url: 'https://twitter.com/i/web/status/100' }],
          },
        }),
        tweet('101', 'See https://t.co/q', {
          entities: { urls: [{ expanded_url: 'https://x.com/someone/status/55?s=20' }] },
        }),
      ]),
      'deleted-tweets.js': ytdFile('deleted_tweets.part0', 'tweet', [
        tweet('102', 'gone', { deleted_at: 'x' }),
      ]),
      'community-tweet.js': ytdFile('community_tweet.part0', 'tweet', [tweet('103', 'in a community')]),
      'note-tweet.js': ytdFile('note_tweet.part0', 'noteTweet', [
        {
          noteTweetId: '900',
          createdAt: '2023-02-08T15:12:34.000Z',
          core: { text: long, hashtags: [{ text: 'long' }] },
        },
        {
          noteTweetId: '901',
          createdAt: '2023-02-09T00:00:00.000Z',
          core: { text: 'A note no tweet claims' },
        },
      ]),
      'block.js': ytdFile('block.part0', 'blocking', [{ accountId: '7' }, { accountId: '8' }]),
      'mute.js': ytdFile('mute.part0', 'muting', [{ accountId: '9' }]),
    });
    const { records, of } = await collectRecords(xArchiveFormat, dir);
    expect(kinds(records)).toEqual([
      'source-info',
      'account',
      'person',
      '100:post',
      '101:quote',
      '102:post',
      '103:post',
      '901:post',
      'skip',
      'skip',
      'skip',
    ]);
    const posts = new Map(of('post').map((p) => [p.id, p]));
    expect(posts.get('100')).toMatchObject({
      text: long,
      tags: ['long'],
      createdAt: '2023-02-08T15:12:34.000Z',
    });
    expect(posts.get('100')?.links).toBeUndefined();
    expect(posts.get('101')?.referencedPostId).toBe('55');
    expect(posts.get('901')).toMatchObject({
      text: 'A note no tweet claims',
      author: owner,
      createdAt: '2023-02-09T00:00:00.000Z',
    });
    expect(of('skip').map((s) => s.reason)).toEqual([
      'blocked account (blocks are not imported)',
      'blocked account (blocks are not imported)',
      'muted account (mutes are not imported)',
    ]);
  });

  it('reads the downloaded ZIP (entries under data/) exactly as the unpacked folder', async () => {
    for (const sample of ['honestmvp-2020', 'denchi-2020', 'ezilryb-2026']) {
      const folder = samplePath('x-archive', sample);
      const zip = await zipFolder(folder, join(tempDir(), `${sample}.zip`), 'data/');
      const fromFolder = await collectRecords(xArchiveFormat, folder);
      const fromZip = await collectRecords(xArchiveFormat, zip);
      // Skips and warnings name the entry path ('data/tweet-headers.js') and the input: compare the rest.
      const facts = (records: ImportRecord[]) =>
        records.filter((r) => r.type !== 'skip' && r.type !== 'warning');
      expect(facts(fromZip.records)).toEqual(facts(fromFolder.records));
      expect(fromZip.of('skip').map((r) => r.reason)).toEqual(fromFolder.of('skip').map((r) => r.reason));
      expect(fromZip.of('warning')).toHaveLength(fromFolder.of('warning').length);
    }
    const zip = join(tempDir(), 'twitter-2020-07-05.zip');
    await zipFolder(samplePath('x-archive', 'honestmvp-2020'), zip, 'data/');
    // python over the sample: 3 owner records + 483 posts + 1180 + 1046 follows + 202 likes.
    expect((await collectRecords(xArchiveFormat, zip)).records).toHaveLength(3 + 483 + 1180 + 1046 + 202);
    const input = await openInput(zip);
    expect((await xArchiveFormat.detect(input))?.summary).toBe(
      'X archive of @HonestMvp (generated 2020-07-05): 483 posts, 1,180 followers, 1,046 following, 202 likes',
    );
    input.close();
  });

  it('finds an archive unpacked one folder down', async () => {
    const zip = await zipFolder(
      samplePath('x-archive', 'denchi-2020'),
      join(tempDir(), 'nested.zip'),
      'twitter-2020-04-03/data/',
    );
    const { of } = await collectRecords(xArchiveFormat, zip);
    // python: 22 tweets, 463 + 14 follows, 17 likes in the sample.
    expect([of('post').length, of('follow').length, of('like').length]).toEqual([22, 477, 17]);
  });

  it('stops with CANCELLED when the import is cancelled', async () => {
    const input = await openInput(samplePath('x-archive', 'honestmvp-2020'));
    const controller = new AbortController();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const record of xArchiveFormat.read(
        input,
        {},
        { signal: controller.signal, progress: () => {} },
      )) {
        seen.push(record.type);
        if (seen.length === 10) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(reading).rejects.toBeInstanceOf(AppError);
    input.close();
    // Cancellation is checked between files and every 1000 records: it stops before the follows.
    expect(seen).not.toContain('follow');
    expect(seen).not.toContain('like');
  });
});
