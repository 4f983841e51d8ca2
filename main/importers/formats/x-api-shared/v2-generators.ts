// Tests only: random API v2 users and tweets, the JSON the API returns for them, and the records
// the readers must make of them (x-api-v2 and twarc2 property tests).
import fc from 'fast-check';
import {
  bigId,
  displayName,
  moment,
  postText,
  uniqueBy,
  xHandle,
  type PostText,
} from '../../../test-support/arbitraries';
import type { AccountKey, AccountRecord, PostRecord } from '../../records';

export interface V2User {
  id: string;
  username: string;
  name: string;
  bio?: string;
  location?: string;
  created: Date;
  followers: number;
  following: number;
  posts: number;
}

export interface V2Tweet {
  id: string;
  author: V2User;
  content: PostText;
  mentionIds: string[];
  at: Date;
  lang?: string;
  likes: number;
  /** What the post answers, quotes or reposts. */
  refs: { repliedTo?: { post: string; user: string; handle: string }; quoted?: string; reposted?: string };
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const v2User: fc.Arbitrary<V2User> = fc.record({
  id: bigId,
  username: xHandle,
  name: displayName,
  bio: optional(displayName),
  location: optional(displayName),
  created: moment,
  followers: fc.nat({ max: 10_000_000 }),
  following: fc.nat({ max: 100_000 }),
  posts: fc.nat({ max: 1_000_000 }),
});

/** Users with distinct ids (a page never lists one account twice). */
export const v2Users = (maxLength: number) =>
  fc.array(v2User, { maxLength }).map((list) => uniqueBy(list, (u) => u.id));

/** Tweets by a few distinct authors, with distinct ids. */
export const v2Tweets = (maxLength: number) =>
  fc
    .record({
      authors: v2Users(3).filter((list) => list.length > 0),
      tweets: fc.array(
        fc.record({
          id: bigId,
          author: fc.nat(),
          content: postText,
          mentionIds: fc.array(bigId, { maxLength: 8 }),
          at: moment,
          lang: optional(fc.constantFrom('en', 'de', 'ja')),
          likes: fc.nat({ max: 100_000 }),
          refs: fc.record(
            {
              repliedTo: fc.record({ post: bigId, user: bigId, handle: xHandle }),
              quoted: bigId,
              reposted: bigId,
            },
            { requiredKeys: [] },
          ),
        }),
        { maxLength },
      ),
    })
    .map(({ authors, tweets }) =>
      uniqueBy(
        tweets.map((t): V2Tweet => ({ ...t, author: authors[t.author % authors.length]! })),
        (t) => t.id,
      ),
    );

export function userJson(u: V2User): Record<string, unknown> {
  return {
    id: u.id,
    name: u.name,
    username: u.username,
    created_at: u.created.toISOString(),
    ...(u.bio !== undefined ? { description: u.bio } : { description: '' }),
    ...(u.location !== undefined ? { location: u.location } : {}),
    protected: false,
    verified: false,
    public_metrics: {
      followers_count: u.followers,
      following_count: u.following,
      tweet_count: u.posts,
      listed_count: 0,
    },
  };
}

/** The API escapes `&`, `<` and `>` in post text ("F&amp;O" in snscrape/twitter-search-ZM.jsonl too). */
export const escapeTweetText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function tweetJson(t: V2Tweet): Record<string, unknown> {
  return {
    id: t.id,
    text: escapeTweetText(t.content.text),
    author_id: t.author.id,
    conversation_id: t.id,
    created_at: t.at.toISOString().replace('.000Z', '.000Z'),
    edit_history_tweet_ids: [t.id],
    ...(t.lang ? { lang: t.lang } : {}),
    public_metrics: { retweet_count: 0, reply_count: 0, like_count: t.likes, quote_count: 0 },
    ...(t.refs.repliedTo ? { in_reply_to_user_id: t.refs.repliedTo.user } : {}),
    referenced_tweets: [
      ...(t.refs.repliedTo ? [{ type: 'replied_to', id: t.refs.repliedTo.post }] : []),
      ...(t.refs.quoted ? [{ type: 'quoted', id: t.refs.quoted }] : []),
      ...(t.refs.reposted ? [{ type: 'retweeted', id: t.refs.reposted }] : []),
    ],
    entities: {
      mentions: t.content.mentions.map((username, i) => ({
        start: 0,
        end: 1,
        username,
        ...(t.mentionIds[i] ? { id: t.mentionIds[i] } : {}),
      })),
      hashtags: t.content.tags.map((tag) => ({ start: 0, end: 1, tag })),
      urls: t.content.links.map((expanded_url) => ({
        start: 0,
        end: 1,
        url: 'https://t.co/abc',
        expanded_url,
        display_url: expanded_url.slice(8, 30),
      })),
    },
  };
}

export function accountOf(u: V2User, observedAt?: string): AccountRecord {
  return {
    type: 'account',
    key: { network: 'x', id: u.id, handle: u.username },
    name: u.name,
    ...(u.bio !== undefined ? { bio: u.bio } : {}),
    ...(u.location !== undefined ? { location: u.location } : {}),
    followersCount: u.followers,
    followingCount: u.following,
    postsCount: u.posts,
    createdAt: u.created.toISOString(),
    ...(observedAt ? { observedAt } : {}),
  };
}

/**
 * The post record for a tweet. `handleOf` gives the handles the file knows by id (the replied-to
 * account's, when it is also an author in the file).
 */
export function postOf(
  t: V2Tweet,
  handleOf: (id: string) => string | undefined = () => undefined,
): PostRecord {
  const { mentions, tags, links, text } = t.content;
  const { repliedTo, quoted, reposted } = t.refs;
  const referencedPostId = reposted ?? quoted;
  const replyHandle = repliedTo && handleOf(repliedTo.user);
  return {
    type: 'post',
    network: 'x',
    id: t.id,
    author: { network: 'x', id: t.author.id, handle: t.author.username },
    createdAt: t.at.toISOString(),
    text,
    kind: reposted ? 'repost' : repliedTo ? 'reply' : quoted ? 'quote' : 'post',
    ...(repliedTo ? { replyToPostId: repliedTo.post } : {}),
    ...(referencedPostId ? { referencedPostId } : {}),
    ...(repliedTo
      ? {
          replyToAccount: {
            network: 'x',
            id: repliedTo.user,
            ...(replyHandle ? { handle: replyHandle } : {}),
          },
        }
      : {}),
    ...(t.lang ? { lang: t.lang } : {}),
    likeCount: t.likes,
    repostCount: 0,
    replyCount: 0,
    quoteCount: 0,
    ...(mentions.length
      ? {
          mentions: mentions.map((handle, i): AccountKey => ({
            network: 'x',
            ...(t.mentionIds[i] ? { id: t.mentionIds[i] } : {}),
            handle,
          })),
        }
      : {}),
    ...(tags.length ? { tags } : {}),
    ...(links.length ? { links } : {}),
  };
}

/** Handles of the authors of some tweets, by id. */
export function handlesOf(tweets: V2Tweet[]): (id: string) => string | undefined {
  const handles = new Map(tweets.map((t) => [t.author.id, t.author.username]));
  return (id) => handles.get(id);
}

/** The distinct authors of some tweets, in first-seen order. */
export function authorsOf(tweets: V2Tweet[]): V2User[] {
  return uniqueBy(
    tweets.map((t) => t.author),
    (u) => u.id,
  );
}
