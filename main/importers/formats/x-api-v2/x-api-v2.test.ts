import { closeSync, createWriteStream, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { AppError } from '../../../../common/errors';
import { ImportFormatError } from '../../errors';
import { openInput } from '../../input';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { xApiV2Format } from './index';
import { detectAt, writeFile } from '../../../test-support/test-files';
import { countTypes } from '../../../test-support/record-shapes';

const tempDir = useTempDir();
const cassette = (name: string) => samplePath('x-api-v2', 'tweepy-cassettes', name);
const owner = { network: 'x' as const, id: '2244994945', handle: 'TwitterDev' };

describe('X API v2 saved responses: the tweepy cassettes', () => {
  // Counts are `jq '.data | length'` of each file (every id is distinct: `jq '[.data[].id] | unique | length'`).
  const counts: [string, { account?: number; post?: number; warning?: number }][] = [
    // Someone's liked posts, with nobody named: the posts, and a warning that no likes were made.
    ['get_liked_tweets_0.json', { post: 96, warning: 1 }],
    ['get_quote_tweets_0.json', { post: 9 }],
    ['get_users_mentions_0.json', { post: 10 }],
    ['get_users_tweets_0.json', { post: 2 }],
    ['search_all_tweets_0.json', { post: 10 }],
    ['search_recent_tweets_0.json', { post: 10 }],
    // Users lists that do not say what they list: accounts, and a warning that no edges were made.
    ['get_liking_users_0.json', { account: 43, warning: 1 }],
    ['get_retweeters_0.json', { account: 38, warning: 1 }],
    ['get_users_0.json', { account: 2, warning: 1 }],
  ];
  it.each(counts)('%s holds exactly its items', async (name, expected) => {
    const { records } = await collectRecords(xApiV2Format, cassette(name));
    expect(countTypes(records)).toEqual(expected);
  });

  it('makes follower edges towards the owner the user names', async () => {
    const { of } = await collectRecords(xApiV2Format, cassette('get_users_followers_0.json'), {
      listOwner: owner,
    });
    expect(of('account')).toHaveLength(100); // jq '.data | length'
    const follows = of('follow');
    expect(follows).toHaveLength(100);
    expect(follows[0]).toEqual({
      type: 'follow',
      follower: { network: 'x', id: '1376998163739987969', handle: 'Zamari97491661' },
      followee: owner,
    });
    expect(follows.every((f) => f.followee === owner)).toBe(true);
    expect(of('source-info')).toEqual([{ type: 'source-info', owner }]);
    expect(of('account')[0]).toEqual({
      type: 'account',
      key: { network: 'x', id: '1376998163739987969', handle: 'Zamari97491661' },
      name: 'Za’mari',
    });
  });

  it('makes following edges from the owner', async () => {
    const { of } = await collectRecords(xApiV2Format, cassette('get_users_following_0.json'), {
      listOwner: owner,
    });
    expect(of('follow')).toHaveLength(35); // jq '.data | length'
    expect(of('follow')[0]).toEqual({
      type: 'follow',
      follower: owner,
      followee: { network: 'x', id: '738118487122419712', handle: 'TwitterAsians' },
    });
  });

  it('imports a followers list without an owner as accounts only, and says so', async () => {
    const { of } = await collectRecords(xApiV2Format, cassette('get_users_followers_0.json'));
    expect(of('account')).toHaveLength(100);
    expect(of('follow')).toHaveLength(0);
    expect(of('warning')).toEqual([
      {
        type: 'warning',
        message:
          '100 accounts were imported without follow edges: it is a followers list, but whose was not given.',
        where: 'get_users_followers_0.json',
      },
    ]);
  });

  it('asks whose list a followers or following file is', async () => {
    expect((await detectAt(xApiV2Format, cassette('get_users_followers_0.json')))?.needs).toEqual({
      listOwner: { list: 'followers' },
    });
    expect((await detectAt(xApiV2Format, cassette('get_users_following_0.json')))?.needs).toEqual({
      listOwner: { list: 'following' },
    });
    expect(await detectAt(xApiV2Format, cassette('get_liking_users_0.json'))).toMatchObject({
      summary: '43 accounts',
      needs: {},
    });
    expect(await detectAt(xApiV2Format, cassette('get_liked_tweets_0.json'))).toMatchObject({
      format: 'x-api-v2',
      summary: '96 posts (liked posts that do not say whose likes)',
      estimatedRecords: 96,
      needs: { listOwner: { list: 'likes' } },
    });
  });

  it('makes the liked posts likes by the account the user names', async () => {
    const { of } = await collectRecords(xApiV2Format, cassette('get_liked_tweets_0.json'), {
      listOwner: owner,
    });
    expect(of('post')).toHaveLength(96);
    const likes = of('like');
    expect(likes).toHaveLength(96);
    expect(likes[0]).toMatchObject({
      type: 'like',
      account: owner,
      post: { network: 'x', id: of('post')[0]!.id },
    });
    expect(of('warning')).toEqual([]);
  });

  it('dates default-field posts by their id and spots "RT @" reposts', async () => {
    const { of } = await collectRecords(xApiV2Format, cassette('get_liked_tweets_0.json'));
    const first = of('post')[0]!;
    // (1345434652891373571 >> 22) + 1288834974657 ms, computed in Python.
    expect(first).toMatchObject({
      id: '1345434652891373571',
      createdAt: '2021-01-02T18:19:52.873Z',
      kind: 'repost',
    });
    expect(first.author).toBeUndefined();
    // jq '[.data[] | select(.text | test("^RT @"))] | length'
    expect(of('post').filter((p) => p.kind === 'repost')).toHaveLength(5);
  });

  it('reads a folder or ZIP of responses as one import', async () => {
    const names = counts
      .map(([name]) => name)
      .concat('get_users_followers_0.json', 'get_users_following_0.json');
    const zipPath = join(tempDir(), 'responses.zip');
    const zip = new yazl.ZipFile();
    for (const name of names) zip.addFile(cassette(name), name);
    zip.end();
    await new Promise<void>((resolve, reject) =>
      zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject),
    );
    // 43 + 38 + 2 + 100 + 35 accounts and 96 + 9 + 10 + 2 + 10 + 10 posts.
    expect(await detectAt(xApiV2Format, zipPath)).toMatchObject({
      summary: '11 saved responses: 218 accounts, 137 posts',
    });
    const { of } = await collectRecords(xApiV2Format, zipPath, { listOwner: owner });
    // Files repeat some posts: `jq -r '.data[] | select(.text) | .id' *.json | sort -u | wc -l` gives 134.
    expect(of('post')).toHaveLength(134);
    expect(of('follow')).toHaveLength(135);
    expect(await detectAt(xApiV2Format, samplePath('x-api-v2', 'tweepy-cassettes'))).toMatchObject({
      estimatedRecords: 355,
    });
  });
});

describe('X API v2 post text', () => {
  it('decodes the &amp; &lt; &gt; the API writes in post text (property counterexample)', async () => {
    // Shrunk by x-api-v2.property.test.ts; real files escape the same way ("F&amp;O Ideas",
    // "hours&gt;&gt;&gt;" in snscrape/twitter-search-ZM.jsonl, "ep &amp; show" in get_liked_tweets_0.json).
    const path = writeFile(
      tempDir(),
      'tweets.json',
      JSON.stringify({
        data: [{ id: '9007199254740993', text: 'a &amp; b &lt;3 x &gt; y &amp;amp; .', author_id: '1' }],
      }),
    );
    const { of } = await collectRecords(xApiV2Format, path);
    expect(of('post')[0]!.text).toBe('a & b <3 x > y &amp; .');
  });

  it('keeps the text of the sample cassette readable: "ep & show"', async () => {
    const { of } = await collectRecords(xApiV2Format, cassette('get_liked_tweets_0.json'));
    const texts = of('post').map((p) => p.text);
    expect(texts.some((t) => t.includes('ep & show runner'))).toBe(true);
    expect(texts.some((t) => /&(amp|lt|gt);/.test(t))).toBe(false);
  });
});

describe('X API v2 responses with expansions and partial errors', () => {
  const response = {
    data: [
      {
        id: '1500000000000000001',
        text: '@bob hi #Tag https://t.co/x',
        author_id: '10',
        created_at: '2022-03-01T10:00:00.000Z',
        in_reply_to_user_id: '20',
        referenced_tweets: [
          { type: 'replied_to', id: '1499999999999999999' },
          { type: 'quoted', id: '1400000000000000000' },
        ],
        entities: {
          mentions: [{ username: 'bob', id: '20' }],
          hashtags: [{ tag: 'Tag' }],
          urls: [{ expanded_url: 'https://example.com/a' }],
        },
        public_metrics: { like_count: 5, retweet_count: 1, reply_count: 2, quote_count: 0 },
        lang: 'en',
      },
      { id: '1500000000000000002' },
    ],
    includes: {
      users: [
        {
          id: '10',
          username: 'alice',
          name: 'Alice',
          description: 'bio',
          location: 'Paris',
          url: 'https://t.co/a',
          entities: { url: { urls: [{ expanded_url: 'https://alice.example' }] } },
          public_metrics: { followers_count: 3, following_count: 4, tweet_count: 5 },
          created_at: '2010-01-02T03:04:05.000Z',
        },
        { id: '20', username: 'bob' },
      ],
      tweets: [{ id: '1499999999999999999', text: 'hello', author_id: '20' }],
    },
    errors: [{ title: 'Forbidden', detail: 'User has been suspended: [carol].', resource_type: 'user' }],
  };

  it('imports posts, included accounts and posts, and warns about the errors', async () => {
    const { records } = await collectRecords(
      xApiV2Format,
      writeFile(tempDir(), 'search.json', JSON.stringify(response)),
    );
    expect(records).toEqual([
      {
        type: 'skip',
        reason: 'an item that is neither a post nor an account',
        where: 'search.json, data item 2',
      },
      {
        type: 'account',
        key: { network: 'x', id: '10', handle: 'alice' },
        name: 'Alice',
        bio: 'bio',
        location: 'Paris',
        url: 'https://alice.example',
        followersCount: 3,
        followingCount: 4,
        postsCount: 5,
        createdAt: '2010-01-02T03:04:05.000Z',
      },
      { type: 'account', key: { network: 'x', id: '20', handle: 'bob' } },
      {
        type: 'post',
        network: 'x',
        id: '1500000000000000001',
        author: { network: 'x', id: '10', handle: 'alice' },
        createdAt: '2022-03-01T10:00:00.000Z',
        text: '@bob hi #Tag https://t.co/x',
        kind: 'reply',
        replyToPostId: '1499999999999999999',
        referencedPostId: '1400000000000000000',
        replyToAccount: { network: 'x', id: '20', handle: 'bob' },
        lang: 'en',
        likeCount: 5,
        repostCount: 1,
        replyCount: 2,
        quoteCount: 0,
        mentions: [{ network: 'x', id: '20', handle: 'bob' }],
        tags: ['Tag'],
        links: ['https://example.com/a'],
      },
      {
        type: 'post',
        network: 'x',
        id: '1499999999999999999',
        author: { network: 'x', id: '20', handle: 'bob' },
        // No created_at: the time its id encodes, computed in Python.
        createdAt: '2022-03-05T06:47:23.309Z',
        text: 'hello',
        kind: 'post',
      },
      {
        type: 'warning',
        message: 'The API reported: Forbidden: User has been suspended: [carol].',
        where: 'search.json, errors item 1',
      },
    ]);
  });
});

describe('X API v2 responses that cannot be imported', () => {
  const rejects = async (name: string, content: string | Buffer, message: RegExp) => {
    const error = await collectRecords(xApiV2Format, writeFile(tempDir(), name, content)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(message);
  };

  it('rejects a truncated response, naming the file and line', () =>
    rejects(
      'cut.json',
      '{"data":[{"id":"1","username":"a"},\n{"id":"2","user',
      /^cut\.json, line 2: is not valid JSON/,
    ));

  it('rejects a response in the wrong wrapper', async () => {
    await rejects('list.json', '[{"id":"1","username":"a"}]', /^list\.json: is not an X API v2 response/);
    await rejects('other.json', '{"statuses":[]}', /^other\.json: is not an X API v2 response/);
    await rejects('data.json', '{"data":"oops"}', /^data\.json: "data" is neither a list nor an object/);
  });

  it('rejects binary garbage and an empty file', async () => {
    await rejects(
      'garbage.json',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10]),
      /^garbage\.json, line 1: is not valid JSON/,
    );
    await rejects('empty.json', '  \n', /^empty\.json: is empty/);
  });

  it('points a JSON Lines file to twarc2', () =>
    rejects(
      'pages.json',
      '{"data":[]}\n{"data":[]}\n',
      /^pages\.json, line 2: holds more than one JSON value.*twarc2/,
    ));

  it('refuses a file too large to be one response, before reading it', async () => {
    const path = join(tempDir(), 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 51 * 1024 * 1024); // sparse: nothing is written
    closeSync(fd);
    const error = await collectRecords(xApiV2Format, path).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^huge\.json: is 51 MB, too large for a single API response/);
  });

  it('skips a user without an id and keeps the rest', async () => {
    const { records } = await collectRecords(
      xApiV2Format,
      writeFile(tempDir(), 'users.json', '{"data":[{"username":"ghost"},{"id":"7","username":"real"}]}'),
    );
    expect(records.map((r) => r.type)).toEqual(['skip', 'account', 'warning']);
    expect(records[0]).toEqual({
      type: 'skip',
      reason: 'an account without an id',
      where: 'users.json, data item 1',
    });
  });

  it('stops when the import is cancelled', async () => {
    const input = await openInput(cassette('get_users_0.json'));
    const controller = new AbortController();
    controller.abort();
    const reading = (async () => {
      for await (const _ of xApiV2Format.read(input, {}, { signal: controller.signal, progress: () => {} }));
    })();
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(reading).rejects.toBeInstanceOf(AppError);
    input.close();
  });
});
