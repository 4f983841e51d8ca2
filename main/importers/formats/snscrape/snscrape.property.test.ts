import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigId, displayName, uniqueBy, xHandle } from '../../../test-support/arbitraries';
import {
  damagedFileProperty,
  propertyRuns,
  propertyTimeout,
  readOrRefusal,
} from '../../../test-support/import-check';
import { fileStyle, styled } from '../../../test-support/corruption';
import { useTempDir } from '../../../test-support/temp-dir';
import type { ImportRecord } from '../../records';
import { RepeatFilter } from '../x-api-shared/repeat-filter';
import {
  accountOf,
  escapeTweetText,
  postOf,
  v2Tweets,
  type V2Tweet,
  type V2User,
} from '../x-api-shared/v2-generators';
import { snscrapeFormat } from './index';

interface Scraped {
  tweet: V2Tweet;
  /** The users the tweet mentions, as snscrape lists them (username, id, displayname). */
  mentioned: { username: string; id: string; name: string }[];
}

const scrape: fc.Arbitrary<Scraped[]> = v2Tweets(6).chain((tweets) =>
  fc.tuple(
    ...tweets.map((tweet) =>
      fc
        .array(fc.record({ username: xHandle, id: bigId, name: displayName }), { maxLength: 3 })
        .map((list) => ({ tweet, mentioned: uniqueBy(list, (m) => m.id) })),
    ),
  ),
);

/** Ids are bare JSON numbers in snscrape output: marked here, unquoted by `render`. */
const big = (id: string) => `#big#${id}`;
const render = (lines: unknown) =>
  (Array.isArray(lines) ? lines : [lines])
    .map((line) => JSON.stringify(line).replace(/"#big#(\d+)"/g, '$1'))
    .join('\n') + '\n';

function userJson(u: V2User): Record<string, unknown> {
  return {
    _type: 'snscrape.modules.twitter.User',
    username: u.username,
    id: big(u.id),
    displayname: u.name,
    rawDescription: u.bio ?? '',
    description: u.bio ?? '',
    verified: false,
    created: u.created.toISOString().replace('.000Z', '+00:00'),
    followersCount: u.followers,
    friendsCount: u.following,
    statusesCount: u.posts,
    location: u.location ?? '',
    linkUrl: null,
    url: `https://twitter.com/${u.username}`,
  };
}

/** A post known only by its id, as snscrape writes a reposted or quoted post it did not fetch. */
const tweetRef = (id: string | undefined) =>
  id ? { _type: 'snscrape.modules.twitter.TweetRef', id: big(id) } : null;

function lineJson({ tweet: t, mentioned }: Scraped): Record<string, unknown> {
  return {
    _type: 'snscrape.modules.twitter.Tweet',
    url: `https://twitter.com/${t.author.username}/status/${t.id}`,
    date: t.at.toISOString().replace('.000Z', '+00:00'),
    content: escapeTweetText(t.content.text),
    renderedContent: escapeTweetText(t.content.text),
    id: big(t.id),
    user: userJson(t.author),
    replyCount: 0,
    retweetCount: 0,
    likeCount: t.likes,
    quoteCount: 0,
    conversationId: big(t.id),
    lang: t.lang ?? null,
    outlinks: t.content.links.length ? t.content.links : null,
    tcooutlinks: t.content.links.length ? t.content.links.map(() => 'https://t.co/abc') : null,
    media: null,
    retweetedTweet: tweetRef(t.refs.reposted),
    quotedTweet: tweetRef(t.refs.quoted),
    inReplyToTweetId: t.refs.repliedTo ? big(t.refs.repliedTo.post) : null,
    inReplyToUser: t.refs.repliedTo
      ? {
          _type: 'snscrape.modules.twitter.User',
          username: t.refs.repliedTo.handle,
          id: big(t.refs.repliedTo.user),
          displayname: null,
        }
      : null,
    mentionedUsers: mentioned.length
      ? mentioned.map((m) => ({
          _type: 'snscrape.modules.twitter.User',
          username: m.username,
          id: big(m.id),
          displayname: m.name,
          description: null,
          followersCount: null,
        }))
      : null,
    hashtags: t.content.tags.length ? t.content.tags : null,
  };
}

function expected(lines: Scraped[]): ImportRecord[] {
  const records = lines.flatMap(({ tweet, mentioned }): ImportRecord[] => {
    const replied = tweet.refs.repliedTo;
    const post = postOf(tweet, (id) => (id === replied?.user ? replied.handle : undefined));
    delete post.mentions;
    return [
      accountOf(tweet.author),
      ...(replied
        ? [
            {
              type: 'account',
              key: { network: 'x', id: replied.user, handle: replied.handle },
            } as ImportRecord,
          ]
        : []),
      ...mentioned.map((m): ImportRecord => ({
        type: 'account',
        key: { network: 'x', id: m.id, handle: m.username },
        name: m.name,
      })),
      {
        ...post,
        ...(mentioned.length
          ? { mentions: mentioned.map((m) => ({ network: 'x' as const, id: m.id, handle: m.username })) }
          : {}),
      },
    ];
  });
  // The reader drops what repeats an account or post already read, as every line repeats its author.
  const repeats = new RepeatFilter();
  return records.filter((r) => !repeats.isRepeat(r));
}

const json = (lines: Scraped[]) => lines.map(lineJson);

// Property runs go through real files and workspaces: more time than a unit test, never a timed assertion.
describe('snscrape JSON Lines: properties', { timeout: propertyTimeout }, () => {
  const tempDir = useTempDir('snscrape-prop-');

  it('random scrapes, ids as bare numbers above 2^53, read back as the records written, with LF or CRLF, with or without a BOM', async () => {
    await fc.assert(
      fc.asyncProperty(scrape, fileStyle, async (lines, style) => {
        const path = join(tempDir(), 'tweets.jsonl');
        writeFileSync(path, styled(render(json(lines)), style));
        const read = await readOrRefusal(snscrapeFormat, path);
        if ('refusal' in read) throw read.refusal;
        expect(read.records).toEqual(expected(lines));
      }),
      { numRuns: propertyRuns(80) },
    );
  });

  it('a damaged scrape is read, or refused naming the file, and a refused import changes nothing', async () => {
    await damagedFileProperty({
      tempDir,
      format: snscrapeFormat,
      model: scrape.filter((lines) => lines.length > 0),
      fileName: () => 'tweets.jsonl',
      json,
      render,
      expected,
      runs: 60,
    });
  });
});
