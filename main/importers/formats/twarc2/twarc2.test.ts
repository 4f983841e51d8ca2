import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../errors';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { twarc2Format } from './index';
import { detectAt, writeFile } from '../../../test-support/test-files';
import { countTypes } from '../../../test-support/record-shapes';

const tempDir = useTempDir();
const sample = (name: string) => samplePath('twarc2', name);

describe('twarc2 samples', () => {
  it('noflat.jsonl: one search page of posts, with includes and a suspended-user error', async () => {
    const { records, of } = await collectRecords(twarc2Format, sample('noflat.jsonl'));
    // Python: distinct ids of data + includes.tweets (164 of 166 items), of includes.users (178), len(errors).
    expect(countTypes(records)).toEqual({ 'source-info': 1, account: 178, post: 164, warning: 1 });
    expect(of('source-info')).toEqual([{ type: 'source-info', capturedAt: '2021-04-08T19:34:32.000Z' }]);
    expect(of('warning')[0]).toEqual({
      type: 'warning',
      message: 'The API reported: Forbidden: User has been suspended: [gatewaypundit].',
      where: 'noflat.jsonl, line 1, errors item 1',
    });
    const kinds: Record<string, number> = {};
    for (const post of of('post')) kinds[post.kind] = (kinds[post.kind] ?? 0) + 1;
    // Python, repost > reply > quote over the 164 posts' referenced_tweets.
    expect(kinds).toEqual({ repost: 47, post: 50, reply: 50, quote: 17 });
    const reply = of('post').find((p) => p.id === '1380242586288328707');
    expect(reply).toMatchObject({
      kind: 'reply',
      author: { network: 'x', id: '1910479285', handle: 'PDXPapaG' },
      replyToPostId: '1380229267770933248',
      replyToAccount: { network: 'x', id: '1142605723601264640', handle: 'TalkToTheFoot' },
      createdAt: '2021-04-08T19:34:10.000Z',
    });
    expect(of('post').find((p) => p.id === '1380242239494971392')?.tags).toEqual(['biden']);
    expect(of('account').every((a) => a.observedAt === '2021-04-08T19:34:32.000Z')).toBe(true);
  });

  it('flat.jsonl holds the same collection as noflat.jsonl, one tweet per line', async () => {
    const flat = await collectRecords(twarc2Format, sample('flat.jsonl'));
    const noflat = await collectRecords(twarc2Format, sample('noflat.jsonl'));
    // 100 lines, each tweet with its referenced tweets and users inlined: the same 164 posts, 178 accounts.
    expect(countTypes(flat.records)).toEqual({ 'source-info': 1, account: 178, post: 164 });
    const ids = (r: typeof flat) =>
      r
        .of('post')
        .map((p) => p.id)
        .sort();
    expect(ids(flat)).toEqual(ids(noflat));
    const accountIds = (r: typeof flat) =>
      r
        .of('account')
        .map((a) => a.key.id)
        .sort();
    expect(accountIds(flat)).toEqual(accountIds(noflat));
  });

  it('users.jsonl: a users lookup page with pinned posts and not-found errors', async () => {
    const { records, of } = await collectRecords(twarc2Format, sample('users.jsonl'));
    // jq: 96 data items with 91 distinct ids (ids asked twice), 52 includes.tweets, 8 errors.
    expect(countTypes(records)).toEqual({ 'source-info': 1, account: 91, post: 52, warning: 8 });
    expect(of('account')[0]).toEqual({
      type: 'account',
      key: { network: 'x', id: '119369819', handle: 'DoDirty78' },
      name: 'DoDirtysHouse',
      bio: 'Love is the highest form of understanding',
      location: 'NC',
      followersCount: 580,
      followingCount: 518,
      postsCount: 55186,
      createdAt: '2010-03-03T12:49:24.000Z',
      observedAt: '2021-10-23T19:36:18.000Z',
    });
    expect(of('follow')).toHaveLength(0);
  });

  it('streaming_output_with_error.jsonl: imports the whole lines and warns about the cut one', async () => {
    const { records, of } = await collectRecords(twarc2Format, sample('streaming_output_with_error.jsonl'));
    // Python over the 7 whole lines: 7 data + 4 includes.tweets ids, 11 distinct includes.users ids.
    expect(countTypes(records)).toEqual({ 'source-info': 1, account: 11, post: 11, warning: 1 });
    expect(of('warning')[0]).toMatchObject({ where: 'streaming_output_with_error.jsonl, line 8' });
    expect(of('warning')[0]?.message).toMatch(/last line was cut off.*7 lines before it were imported/);
    expect(of('post')[0]).toMatchObject({
      id: '1377650090978992134',
      kind: 'quote',
      referencedPostId: '1377640162566496258',
      // The photo link is the post's own media, left out.
      links: ['https://twitter.com/Manie_DS/status/1377640162566496258'],
    });
  });

  it('mentions_tweet.jsonl: a repost with its mention and expansions', async () => {
    const { records, of } = await collectRecords(twarc2Format, sample('mentions_tweet.jsonl'));
    expect(countTypes(records)).toEqual({ 'source-info': 1, account: 2, post: 2 });
    expect(of('post')[0]).toMatchObject({
      id: '1589681856941002753',
      kind: 'repost',
      referencedPostId: '1589671906718134272',
      mentions: [{ network: 'x', id: '1221317221714157569', handle: 'S3NT1N3L17' }],
    });
  });

  it('small_sample.json: flattened tweets without __twarc', async () => {
    const { records, of } = await collectRecords(twarc2Format, sample('small_sample.json'));
    // 3 lines, one with its quoted tweet inlined; 3 authors + 1 quoted author + 5 mentions with profiles.
    expect(countTypes(records)).toEqual({ account: 9, post: 4 });
    expect(of('post').find((p) => p.id === '1169968866866466817')).toMatchObject({
      kind: 'quote',
      referencedPostId: '1169734611666198528',
    });
  });

  it('describes each sample cheaply', async () => {
    expect(await detectAt(twarc2Format, sample('noflat.jsonl'))).toEqual({
      format: 'twarc2',
      label: 'twarc2 API pages (JSON Lines)',
      summary: 'API pages of posts, one per line',
      needs: {},
    });
    expect(await detectAt(twarc2Format, sample('flat.jsonl'))).toMatchObject({
      label: 'twarc2 flattened tweets (JSON Lines)',
      summary: 'posts, one per line, from /2/tweets/search/recent, retrieved 2021-04-08',
    });
    expect(await detectAt(twarc2Format, sample('streaming_output_with_error.jsonl'))).toMatchObject({
      label: 'twarc2 filtered stream (JSON Lines)',
      summary: '11 posts by 11 accounts',
    });
  });
});

const page = (url: string, retrievedAt: string, data: unknown[]) =>
  JSON.stringify({
    data,
    meta: { result_count: data.length },
    __twarc: { url, version: '2.10.0', retrieved_at: retrievedAt },
  });

const ann = { id: '1', username: 'ann', name: 'Ann' };
const ben = { id: '2', username: 'ben', name: 'Ben' };
const cat = { id: '3', username: 'cat', name: 'Cat' };

describe('twarc2 lists of followers, following and likes', () => {
  const followersUrl =
    'https://api.twitter.com/2/users/783214/followers?max_results=1000&user.fields=created_at';

  it('takes the owner of a followers list from __twarc.url, and merges overlapping pages', async () => {
    const path = writeFile(
      tempDir(),
      'followers.jsonl',
      `${page(followersUrl, '2023-05-01T10:00:00+00:00', [ann, ben])}\n${page(followersUrl, '2023-05-01T10:00:00+00:00', [ben, cat])}\n`,
    );
    expect(await detectAt(twarc2Format, path)).toMatchObject({
      owner: { network: 'x', id: '783214' },
      needs: {},
    });
    const { records, of } = await collectRecords(twarc2Format, path);
    expect(countTypes(records)).toEqual({ 'source-info': 1, account: 3, follow: 3 });
    expect(of('source-info')[0]).toEqual({
      type: 'source-info',
      owner: { network: 'x', id: '783214' },
      capturedAt: '2023-05-01T10:00:00.000Z',
    });
    expect(of('follow')[2]).toEqual({
      type: 'follow',
      follower: { network: 'x', id: '3', handle: 'cat' },
      followee: { network: 'x', id: '783214' },
    });
    expect(of('account')[0]).toMatchObject({ name: 'Ann', observedAt: '2023-05-01T10:00:00.000Z' });
  });

  it('reads a flattened following list', async () => {
    const line = {
      ...ann,
      __twarc: {
        url: 'https://api.twitter.com/2/users/12/following',
        retrieved_at: '2023-05-01T10:00:00+00:00',
      },
    };
    const { of } = await collectRecords(
      twarc2Format,
      writeFile(tempDir(), 'following.jsonl', `${JSON.stringify(line)}\n`),
    );
    expect(of('follow')).toEqual([
      {
        type: 'follow',
        follower: { network: 'x', id: '12' },
        followee: { network: 'x', id: '1', handle: 'ann' },
      },
    ]);
  });

  it('turns liked-posts pages into likes by the owner, and liking-users pages into likes of the post', async () => {
    const liked = page('https://api.twitter.com/2/users/12/liked_tweets', '2023-05-01T10:00:00Z', [
      { id: '1500000000000000001', text: 'nice', author_id: '1' },
    ]);
    const liking = page(
      'https://api.twitter.com/2/tweets/1500000000000000009/liking_users',
      '2023-05-01T10:00:00Z',
      [ben],
    );
    const { of } = await collectRecords(
      twarc2Format,
      writeFile(tempDir(), 'likes.jsonl', `${liked}\n${liking}\n`),
    );
    expect(of('like')).toEqual([
      {
        type: 'like',
        account: { network: 'x', id: '12' },
        post: { network: 'x', id: '1500000000000000001', text: 'nice', author: { network: 'x', id: '1' } },
      },
      {
        type: 'like',
        account: { network: 'x', id: '2', handle: 'ben' },
        post: { network: 'x', id: '1500000000000000009' },
      },
    ]);
  });
});

describe('twarc2 files that cannot be imported', () => {
  const good = page('https://api.twitter.com/2/tweets/search/recent', '2023-05-01T10:00:00Z', [
    { id: '1500000000000000001', text: 'hi', author_id: '1' },
  ]);
  const rejects = async (name: string, content: string | Buffer, message: RegExp) => {
    const error = await collectRecords(twarc2Format, writeFile(tempDir(), name, content)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(message);
  };

  it('rejects a malformed line in the middle, naming it', () =>
    rejects(
      'middle.jsonl',
      `${good}\n{"data": [{"id": "2"\n${good}\n`,
      /^middle\.jsonl, line 2: is not valid JSON/,
    ));

  it('rejects a malformed last line that was written whole (it ends with a newline)', () =>
    rejects('end.jsonl', `${good}\n{"data": [\n`, /^end\.jsonl, line 2: is not valid JSON/));

  it('imports a truncated file up to its cut line, with a warning', async () => {
    const { records } = await collectRecords(
      twarc2Format,
      writeFile(tempDir(), 'cut.jsonl', `${good}\n${good.slice(0, 40)}`),
    );
    expect(countTypes(records)).toEqual({ 'source-info': 1, post: 1, warning: 1 });
  });

  it('rejects a line in the wrong wrapper', async () => {
    await rejects(
      'wrapper.jsonl',
      `${good}\n[1, 2, 3]\n`,
      /^wrapper\.jsonl, line 2: is neither an API response page/,
    );
    await rejects(
      'other.jsonl',
      '{"statuses": [], "search_metadata": {}}\n',
      /^other\.jsonl, line 1: is neither/,
    );
  });

  it('rejects binary garbage', () =>
    rejects(
      'garbage.jsonl',
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x0a, 0x00, 0x01]),
      /^garbage\.jsonl, line 1: is not valid JSON/,
    ));

  it('rejects "data" that is neither a list nor an object', () =>
    rejects('data.jsonl', '{"data": 5}\n', /^data\.jsonl, line 1: "data" is neither a list nor an object/));

  it('leaves a lone saved response without twarc metadata to x-api-v2, whatever its name', async () => {
    const response = JSON.stringify({ data: [ann], meta: { result_count: 1 } });
    expect(await detectAt(twarc2Format, writeFile(tempDir(), 'response.json', response))).toBeNull();
    expect(await detectAt(twarc2Format, writeFile(tempDir(), 'response.jsonl', `${response}\n`))).toBeNull();
    // Two pages, one per line, are JSON Lines: twarc2's under any name.
    expect(
      await detectAt(twarc2Format, writeFile(tempDir(), 'pages.json', `${response}\n${response}\n`)),
    ).toMatchObject({
      format: 'twarc2',
    });
  });
});
