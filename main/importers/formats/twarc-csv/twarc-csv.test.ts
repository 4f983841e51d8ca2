import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../errors';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { twarcCsvFormat } from './index';
import { detectAt, writeFile } from '../../../test-support/test-files';

const tempDir = useTempDir();

describe('twarc-csv: small_sample.csv (early columns, JSON-encoded text)', () => {
  const path = samplePath('twarc2', 'small_sample.csv');

  it('imports its 4 rows as 4 posts by 4 accounts', async () => {
    const { records, of } = await collectRecords(twarcCsvFormat, path);
    // python csv.DictReader: 4 rows, 4 distinct ids and author_ids (the 3rd row is the 4th's quoted post).
    expect(records.map((r) => r.type)).toEqual([
      'account',
      'post',
      'account',
      'post',
      'account',
      'post',
      'account',
      'post',
    ]);
    expect(of('post').map((p) => p.id)).toEqual([
      '1170073690492588037',
      '1171208136721620992',
      '1169734611666198528',
      '1169968866866466817',
    ]);
    expect(await detectAt(twarcCsvFormat, path)).toEqual({
      format: 'twarc-csv',
      label: 'twarc-csv (CSV)',
      summary: '4 posts by 4 accounts',
      needs: {},
      estimatedRecords: 4,
    });
  });

  it('decodes JSON-encoded text cells and reads the JSON list columns', async () => {
    const { of } = await collectRecords(twarcCsvFormat, path);
    const first = of('post')[0]!;
    expect(first.text).toMatch(
      /^After a long quest to the Motel; .* can’t wait .*weekend! \n@AlphaXsc2 @Sector_Six/,
    );
    expect(first.mentions).toHaveLength(6); // the entities.mentions cell lists 6 users
    expect(first.mentions?.[0]).toEqual({ network: 'x', id: '1078188823450767361', handle: 'AlphaXsc2' });
    expect(first.createdAt).toBe('2019-09-06T20:38:01.000Z');
    expect(first.likeCount).toBe(3);
    expect(of('post')[1]?.tags).toEqual(['destiny']);
    expect(of('post')[3]).toMatchObject({ kind: 'quote', referencedPostId: '1169734611666198528' });
    expect(of('account')[0]).toEqual({
      type: 'account',
      key: { network: 'x', id: '2722354677', handle: 'aXSniperSC' },
      name: 'Chris Canning',
      bio: 'Twitch Affiliate. Aka Sniper. Member, Community Officer and CTL Captain for @alphaxSC2. Stream: @Starcraft Merch: https://t.co/9wQhj5KcmA',
      location: 'Kitchener, Ontario, Canada',
      url: 'https://trovo.live/aXSniperSC',
      followersCount: 453,
      followingCount: 1399,
      postsCount: 3028,
      createdAt: '2014-07-24T01:13:04.000Z',
    });
  });
});

const currentHeader = [
  'id',
  'conversation_id',
  'referenced_tweets.replied_to.id',
  'referenced_tweets.retweeted.id',
  'referenced_tweets.quoted.id',
  'author_id',
  'in_reply_to_user_id',
  'in_reply_to_username',
  'created_at',
  'text',
  'lang',
  'public_metrics.reply_count',
  'public_metrics.retweet_count',
  'public_metrics.quote_count',
  'public_metrics.like_count',
  'entities.hashtags',
  'entities.mentions',
  'entities.urls',
  'author.id',
  'author.created_at',
  'author.username',
  'author.name',
  'author.description',
  'author.url',
  'author.location',
  'author.public_metrics.followers_count',
  'author.public_metrics.following_count',
  'author.public_metrics.tweet_count',
  '__twarc.retrieved_at',
  '__twarc.url',
  '__twarc.version',
].join(',');
const search = 'https://api.twitter.com/2/tweets/search/recent?query=zoom';
const currentRows = [
  `1600000000000000001,1599999999999999999,1599999999999999999,,,10,20,bob,2022-12-08T09:16:55.000Z,"line one\\nline two, ""quoted""",en,1,2,0,5.0,"[""#Zoom""]","[""@bob""]","[""https://example.com/a"", ""pic.twitter.com/xyz""]",10,2010-01-02T03:04:05.000Z,alice,Alice,Bio\\nmore,https://alice.example,Paris,3,4,5,2022-12-09T00:00:00+00:00,${search},2.13.0`,
  `1600000000000000002,1600000000000000003,,1600000000000000003,,10,,,2022-12-08T10:00:00.000Z,original text,en,0,7,0,0,,,,10,2010-01-02T03:04:05.000Z,alice,Alice,Bio\\nmore,https://alice.example,Paris,3,4,5,2022-12-09T00:00:00+00:00,${search},2.13.0`,
  `1.6E+18,,,,,10,,,,re-saved by a spreadsheet,en,,,,,,,,,,,,,,,,,,,,`,
];

describe('twarc-csv: current columns', () => {
  it('reads replies, reposts, escaped newlines and string entity lists', async () => {
    const path = writeFile(tempDir(), 'tweets.csv', `${currentHeader}\n${currentRows.join('\n')}\n`);
    const { records, of } = await collectRecords(twarcCsvFormat, path);
    expect(records.map((r) => r.type)).toEqual(['source-info', 'account', 'post', 'post', 'skip']);
    expect(of('source-info')[0]).toEqual({ type: 'source-info', capturedAt: '2022-12-09T00:00:00.000Z' });
    expect(of('post')[0]).toEqual({
      type: 'post',
      network: 'x',
      id: '1600000000000000001',
      author: { network: 'x', id: '10', handle: 'alice' },
      createdAt: '2022-12-08T09:16:55.000Z',
      text: 'line one\nline two, "quoted"',
      kind: 'reply',
      replyToPostId: '1599999999999999999',
      replyToAccount: { network: 'x', id: '20', handle: 'bob' },
      lang: 'en',
      likeCount: 5,
      repostCount: 2,
      replyCount: 1,
      quoteCount: 0,
      mentions: [{ network: 'x', handle: 'bob' }],
      tags: ['Zoom'],
      links: ['https://example.com/a'],
    });
    expect(of('post')[1]).toMatchObject({
      kind: 'repost',
      referencedPostId: '1600000000000000003',
      repostCount: 7,
    });
    expect(of('account')[0]).toMatchObject({
      bio: 'Bio\nmore',
      url: 'https://alice.example',
      observedAt: '2022-12-09T00:00:00.000Z',
    });
    expect(of('skip')[0]).toEqual({
      type: 'skip',
      reason: 'a row without a post id',
      where: 'tweets.csv, line 4',
    });
  });

  it('reads a users CSV of followers, with the owner from __twarc.url', async () => {
    const header =
      'id,created_at,username,name,description,location,public_metrics.followers_count,__twarc.retrieved_at,__twarc.url';
    const url = 'https://api.twitter.com/2/users/783214/followers?max_results=1000';
    const rows = [
      `1,2012-01-01T00:00:00.000Z,ann,Ann,,,12,2023-01-01T00:00:00+00:00,${url}`,
      `2,,ben,Ben,,,,2023-01-01T00:00:00+00:00,${url}`,
    ];
    const path = writeFile(tempDir(), 'followers.csv', `${header}\n${rows.join('\n')}\n`);
    expect(await detectAt(twarcCsvFormat, path)).toMatchObject({ summary: '2 accounts' });
    const { of } = await collectRecords(twarcCsvFormat, path);
    expect(of('source-info')[0]).toMatchObject({ owner: { network: 'x', id: '783214' } });
    expect(of('account')[0]).toEqual({
      type: 'account',
      key: { network: 'x', id: '1', handle: 'ann' },
      name: 'Ann',
      followersCount: 12,
      createdAt: '2012-01-01T00:00:00.000Z',
      observedAt: '2023-01-01T00:00:00.000Z',
    });
    expect(of('follow')).toHaveLength(2);
    expect(of('follow')[1]).toEqual({
      type: 'follow',
      follower: { network: 'x', id: '2', handle: 'ben' },
      followee: { network: 'x', id: '783214' },
    });
  });
});

describe('twarc-csv files that cannot be imported', () => {
  const rejects = async (name: string, content: string | Buffer, message: RegExp) => {
    const error = await collectRecords(twarcCsvFormat, writeFile(tempDir(), name, content)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(message);
  };

  it('rejects a file cut inside a quoted cell', () =>
    rejects(
      'cut-quote.csv',
      `${currentHeader}\n${currentRows[0]!.slice(0, 120)}`,
      /^cut-quote\.csv, line \d+: is not readable CSV \(Quote Not Closed/,
    ));

  it('rejects a file cut in the middle of a row, naming the line', () =>
    rejects(
      'cut-row.csv',
      `${currentHeader}\n${currentRows[0]}\n${currentRows[1]!.slice(0, 60)}`,
      /^cut-row\.csv, line 3: the last row stops after \d+ of the header’s \d+ columns and the file ends without a newline: it looks cut off/,
    ));

  it('rejects a short row inside the file, naming the line', () =>
    rejects(
      'short-row.csv',
      `${currentHeader}\n${currentRows[0]}\n1,2,3\n${currentRows[1]}\n`,
      /^short-row\.csv, line 3: the row has 3 fields where the header has \d+$/,
    ));

  it('rejects a CSV that is not twarc-csv, and binary garbage', async () => {
    await rejects(
      'contacts.csv',
      'First Name,Last Name,Email Address\nAnn,Lee,a@example.com\n',
      /^contacts\.csv, line 1: the header lacks twarc-csv columns/,
    );
    await rejects(
      'garbage.csv',
      Buffer.from([0x00, 0xff, 0xfe, 0x2c, 0x0a, 0x01, 0x2c, 0x02, 0x0a]),
      /^garbage\.csv, line 1: the header lacks/,
    );
    await rejects('empty.csv', '', /^empty\.csv: is empty/);
  });

  it('is not claimed by its detector when the header is not twarc-csv', async () => {
    expect(
      await detectAt(
        twarcCsvFormat,
        writeFile(tempDir(), 'contacts.csv', 'First Name,Last Name,URL,Email Address,Company\n'),
      ),
    ).toBeNull();
    expect(
      await detectAt(twarcCsvFormat, writeFile(tempDir(), 'plain.csv', 'id,text,author_id\n1,hi,2\n')),
    ).toBeNull();
  });
});
