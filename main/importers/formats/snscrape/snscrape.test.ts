import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../errors';
import { openInput } from '../../input';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { snscrapeFormat } from './index';
import { writeFile } from '../../../test-support/test-files';
import { countBy, countTypes } from '../../../test-support/record-shapes';

const tempDir = useTempDir();
const jack = samplePath('snscrape', 'twitter-user-jack.jsonl');
const zoom = samplePath('snscrape', 'twitter-search-ZM.jsonl');

describe('snscrape samples', () => {
  it('twitter-user-jack.jsonl: 100 lines, 8 with a quoted post nested', async () => {
    const { records, of } = await collectRecords(snscrapeFormat, jack);
    // Python: 100 line ids + 8 quotedTweet ids = 108 posts; distinct ids of user, inReplyToUser and
    // mentionedUsers over all of them = 79 accounts.
    expect(countTypes(records)).toEqual({ account: 79, post: 108 });
    // Python, repost > reply > quote: 70 replies and 8 quotes among the lines, 30 plain posts.
    expect(countBy(of('post'), (p) => p.kind)).toEqual({ reply: 70, quote: 8, post: 30 });
    expect(of('post').filter((p) => p.links)).toHaveLength(19);
    expect(of('post').filter((p) => p.tags)).toHaveLength(16);
  });

  it('keeps ids above 2^53 byte for byte', async () => {
    const { of } = await collectRecords(snscrapeFormat, jack);
    const rawFirstId = /"id": (\d+)/.exec(readFileSync(jack, 'utf8'))?.[1];
    expect(rawFirstId).toBe('1600781458184212480');
    expect(Number(rawFirstId)).toBeGreaterThan(2 ** 53);
    expect(of('post')[0]?.id).toBe(rawFirstId);
    expect(of('post')[0]).toEqual({
      type: 'post',
      network: 'x',
      id: '1600781458184212480',
      author: { network: 'x', id: '12', handle: 'jack' },
      createdAt: '2022-12-08T09:16:55.000Z',
      text: '@zndtoshi @jordanbpeterson Facts',
      kind: 'reply',
      replyToPostId: '1600753792026562563',
      replyToAccount: { network: 'x', id: '1038451100469342209', handle: 'zndtoshi' },
      lang: 'en',
      likeCount: 16,
      repostCount: 0,
      replyCount: 4,
      quoteCount: 1,
      mentions: [
        { network: 'x', id: '1038451100469342209', handle: 'zndtoshi' },
        { network: 'x', id: '95092020', handle: 'jordanbpeterson' },
      ],
    });
  });

  it('imports the author profile, name-only mentioned accounts and nested quoted posts', async () => {
    const { of } = await collectRecords(snscrapeFormat, jack);
    expect(of('account')[0]).toEqual({
      type: 'account',
      key: { network: 'x', id: '12', handle: 'jack' },
      name: 'jack',
      bio: '#bitcoin',
      followersCount: 6548369,
      followingCount: 4593,
      postsCount: 28860,
      createdAt: '2006-03-21T20:50:14.000Z',
    });
    expect(of('account').find((a) => a.key.handle === 'jordanbpeterson')).toEqual({
      type: 'account',
      key: { network: 'x', id: '95092020', handle: 'jordanbpeterson' },
      name: 'Dr Jordan B Peterson',
    });
    const quote = of('post').find((p) => p.id === '1600636326197567491');
    expect(quote).toMatchObject({ kind: 'quote', referencedPostId: '1600461604788744193' });
    expect(of('post').find((p) => p.id === '1600461604788744193')).toMatchObject({
      author: { network: 'x', handle: 'mary_imasuen' },
      createdAt: '2022-12-07T12:05:56.000Z',
    });
    expect(of('post').find((p) => p.id === '1600560792125857792')?.tags).toEqual(['bitcoin']);
  });

  it('twitter-search-ZM.jsonl: 25 lines by 21 accounts', async () => {
    const { records, of } = await collectRecords(snscrapeFormat, zoom);
    // Python: 25 line ids + 1 quoted = 26 posts; 32 distinct user ids (a full profile repeated as a
    // name-only mention is not emitted twice).
    expect(countTypes(records)).toEqual({ account: 32, post: 26 });
    expect(countBy(of('post'), (p) => p.kind)).toEqual({ reply: 8, post: 18 });
    expect(of('post').find((p) => p.id === '1600609448166301705')?.tags).toEqual(['zoom', 'Amazon']);
  });

  it('describes a sample without reading it whole', async () => {
    const input = await openInput(zoom);
    try {
      expect(await snscrapeFormat.detect(input)).toEqual({
        format: 'snscrape',
        label: 'snscrape Twitter scrape (JSON Lines)',
        summary: 'posts, one per line',
        needs: {},
      });
    } finally {
      input.close();
    }
  });
});

// Written as JSON text: the ids are bare numbers above 2^53, as snscrape writes them.
const userJson =
  '{"_type": "snscrape.modules.twitter.User", "username": "ann", "id": 1600000000000000123, "displayname": "Ann"}';
const tweet = (id: string, fields: string) =>
  `{"_type": "snscrape.modules.twitter.Tweet", "id": ${id}, "date": "2023-01-02T03:04:05-05:00", "user": ${userJson}, ${fields}}`;

describe('snscrape 0.6 lines and odd items', () => {
  it('reads rawContent, links, nested reposts, users and offsets', async () => {
    const original = tweet('1600000000000000001', '"rawContent": "original"');
    const lines = [
      tweet(
        '1600000000000000002',
        '"rawContent": "RT @ann: original", ' +
          '"links": [{"url": "https://example.com/x", "text": "example.com/x", "tcourl": "https://t.co/1"}], ' +
          `"retweetedTweet": ${original}, ` +
          '"quotedTweet": {"_type": "snscrape.modules.twitter.Tombstone", "id": 1600000000000000009}',
      ),
      '{"_type": "snscrape.modules.twitter.User", "username": "ann", "id": 7, "displayname": "Ann", "rawDescription": "bio", "link": {"url": "https://ann.example"}, "followersCount": 3}',
      '{"_type": "snscrape.modules.twitter.Community", "id": 5}',
    ];
    const { records } = await collectRecords(
      snscrapeFormat,
      writeFile(tempDir(), 'new.jsonl', `${lines.join('\n')}\n`),
    );
    expect(records).toEqual([
      { type: 'account', key: { network: 'x', id: '1600000000000000123', handle: 'ann' }, name: 'Ann' },
      {
        type: 'post',
        network: 'x',
        id: '1600000000000000002',
        author: { network: 'x', id: '1600000000000000123', handle: 'ann' },
        createdAt: '2023-01-02T08:04:05.000Z',
        text: 'RT @ann: original',
        kind: 'repost',
        referencedPostId: '1600000000000000001',
        links: ['https://example.com/x'],
      },
      {
        type: 'post',
        network: 'x',
        id: '1600000000000000001',
        author: { network: 'x', id: '1600000000000000123', handle: 'ann' },
        createdAt: '2023-01-02T08:04:05.000Z',
        text: 'original',
        kind: 'post',
      },
      {
        type: 'account',
        key: { network: 'x', id: '7', handle: 'ann' },
        name: 'Ann',
        bio: 'bio',
        url: 'https://ann.example',
        followersCount: 3,
      },
      {
        type: 'skip',
        reason: 'a Community item, which is not a post or account',
        where: 'new.jsonl, line 3',
      },
    ]);
  });
});

describe('snscrape post text', () => {
  it('decodes the &amp; &lt; &gt; snscrape keeps from the API (property counterexample)', async () => {
    // Shrunk by snscrape.property.test.ts: "x > y" was written "x &gt; y" and read back so.
    const line = tweet('1', '"content": "x &gt; y @0 &amp;amp; ."');
    const { of } = await collectRecords(snscrapeFormat, writeFile(tempDir(), 's.jsonl', line + '\n'));
    expect(of('post')[0]!.text).toBe('x > y @0 &amp; .');
  });

  it('twitter-search-ZM.jsonl reads "F&O Ideas", with no entity left in any text', async () => {
    const texts = (await collectRecords(snscrapeFormat, zoom)).of('post').map((p) => p.text);
    expect(texts.some((t) => t.includes('F&O Ideas'))).toBe(true);
    expect(texts.some((t) => /&(amp|lt|gt);/.test(t))).toBe(false);
  });
});

describe('snscrape files that cannot be imported', () => {
  const good = tweet('1600000000000000001', '"rawContent": "hi"');
  const rejects = async (name: string, content: string | Buffer, message: RegExp) => {
    const error = await collectRecords(snscrapeFormat, writeFile(tempDir(), name, content)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(message);
  };

  it('imports a truncated file up to its cut last line, with a warning', async () => {
    const { records } = await collectRecords(
      snscrapeFormat,
      writeFile(tempDir(), 'cut.jsonl', `${good}\n${good.slice(0, 50)}`),
    );
    expect(records.map((r) => r.type)).toEqual(['account', 'post', 'warning']);
    expect(records[2]).toMatchObject({ where: 'cut.jsonl, line 2' });
  });

  it('rejects a malformed line in the middle, naming it', () =>
    rejects(
      'middle.jsonl',
      `${good}\n${good.slice(0, 50)}\n${good}\n`,
      /^middle\.jsonl, line 2: is not valid JSON/,
    ));

  it('rejects a line that is not a snscrape Twitter item', async () => {
    await rejects(
      'wrapper.jsonl',
      `${good}\n{"data": []}\n`,
      /^wrapper\.jsonl, line 2: is not a snscrape Twitter item/,
    );
    await rejects(
      'reddit.jsonl',
      '{"_type": "snscrape.modules.reddit.Submission", "id": "x"}\n',
      /^reddit\.jsonl, line 1: is not a snscrape/,
    );
  });

  it('rejects binary garbage', () =>
    rejects(
      'garbage.jsonl',
      Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x0a, 0x00]),
      /^garbage\.jsonl, line 1: is not valid JSON/,
    ));
});
