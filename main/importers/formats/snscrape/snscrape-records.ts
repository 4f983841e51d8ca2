import type { AccountKey, AccountRecord, ImportRecord, PostRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { snowflakeTime } from '../../util/snowflake';
import {
  asObject,
  countAt,
  idAt,
  listAt,
  objectAt,
  stringAt,
  textAt,
  withoutUndefined,
} from '../../util/json-shape';
import { classifyPost } from '../x-api-shared/post-kind';
import { unescapeTweetText } from '../x-archive/tweet';
import { xKey } from '../x-api-shared/v2-user';

export const TWEET_TYPE = 'snscrape.modules.twitter.Tweet';
export const USER_TYPE = 'snscrape.modules.twitter.User';

/** Nested posts (a quote of a quote) are followed this deep; snscrape itself stops at one level. */
const MAX_NESTING = 3;

/**
 * A snscrape user as an account. Mentioned and replied-to users carry little more than their
 * username, id and displayname (every other field null): those become name-only accounts.
 */
export function accountFromUser(user: unknown): AccountRecord | undefined {
  const key = xKey(idAt(user, 'id'), textAt(user, 'username'));
  if (!asObject(user) || !key) return undefined;
  return withoutUndefined<AccountRecord>({
    type: 'account',
    key,
    name: textAt(user, 'displayname'),
    // 0.4 has both; rawDescription keeps the links unshortened.
    bio: textAt(user, 'rawDescription') ?? textAt(user, 'description'),
    location: textAt(user, 'location'),
    url: textAt(user, 'linkUrl') ?? textAt(objectAt(user, 'link'), 'url'),
    followersCount: countAt(user, 'followersCount'),
    followingCount: countAt(user, 'friendsCount'),
    postsCount: countAt(user, 'statusesCount'),
    createdAt: parseDate(textAt(user, 'created')),
  });
}

function userKey(user: unknown): AccountKey | undefined {
  return xKey(idAt(user, 'id'), textAt(user, 'username'));
}

function strings(list: unknown[], strip = /^$/): string[] | undefined {
  const values = list
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .map((v) => v.replace(strip, ''));
  return values.length ? values : undefined;
}

/** `outlinks` (0.4: strings) or `links` (0.6: {url, text, tcourl}). */
function links(tweet: unknown): string[] | undefined {
  return strings(listAt(tweet, 'outlinks')) ?? strings(listAt(tweet, 'links').map((l) => textAt(l, 'url')));
}

export function postFromTweet(tweet: unknown): PostRecord | undefined {
  const id = idAt(tweet, 'id');
  const escaped =
    stringAt(tweet, 'rawContent') ?? stringAt(tweet, 'content') ?? stringAt(tweet, 'renderedContent');
  if (!id || escaped === undefined) return undefined;
  // Kept as the API wrote it, with `&`, `<` and `>` escaped ("F&amp;O" in snscrape/twitter-search-ZM.jsonl).
  const text = unescapeTweetText(escaped);
  const mentions = listAt(tweet, 'mentionedUsers')
    .map(userKey)
    .filter((k): k is AccountKey => k !== undefined);
  return withoutUndefined<PostRecord>({
    type: 'post',
    network: 'x',
    id,
    author: userKey(objectAt(tweet, 'user')),
    createdAt: parseDate(textAt(tweet, 'date')) ?? snowflakeTime(id),
    text,
    ...classifyPost({
      retweetOf: idAt(objectAt(tweet, 'retweetedTweet'), 'id'),
      quoteOf: idAt(objectAt(tweet, 'quotedTweet'), 'id'),
      replyTo: idAt(tweet, 'inReplyToTweetId'),
    }),
    replyToAccount: userKey(objectAt(tweet, 'inReplyToUser')),
    lang: textAt(tweet, 'lang'),
    likeCount: countAt(tweet, 'likeCount'),
    repostCount: countAt(tweet, 'retweetCount'),
    replyCount: countAt(tweet, 'replyCount'),
    quoteCount: countAt(tweet, 'quoteCount'),
    mentions: mentions.length ? mentions : undefined,
    tags: strings(listAt(tweet, 'hashtags'), /^#/),
    links: links(tweet),
  });
}

/**
 * The records of one snscrape tweet: its author's profile, the accounts it mentions or replies
 * to, the post, then the reposted and quoted posts nested in it (imported as posts too).
 */
export function* recordsFromTweet(tweet: unknown, where: string, depth = 0): Generator<ImportRecord> {
  const users = [
    objectAt(tweet, 'user'),
    objectAt(tweet, 'inReplyToUser'),
    ...listAt(tweet, 'mentionedUsers'),
  ];
  for (const user of users) {
    const account = accountFromUser(user);
    if (account) yield account;
  }
  const post = postFromTweet(tweet);
  if (!post) {
    yield { type: 'skip', reason: 'a post without an id', where };
    return;
  }
  yield post;
  if (depth >= MAX_NESTING) return;
  for (const key of ['retweetedTweet', 'quotedTweet']) {
    const nested = objectAt(tweet, key);
    // A bare reference (TweetRef, Tombstone) has no text: its id is already on the post.
    if (nested && textAt(nested, '_type') === TWEET_TYPE) yield* recordsFromTweet(nested, where, depth + 1);
  }
}
