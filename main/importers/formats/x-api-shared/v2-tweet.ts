import type { AccountKey, PostRecord } from '../../records';
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
import { unescapeTweetText } from '../x-archive/tweet';
import { classifyPost, type PostReferences } from './post-kind';
import { xKey } from './v2-user';

/** Handles by user id, from `includes.users` or the flattened objects. */
export type HandleLookup = (userId: string) => string | undefined;

/** An old-style or default-fields retweet: "RT @handle: …" (x-api-v2/tweepy-cassettes/get_liked_tweets_0.json). */
const RETWEET_PREFIX = /^RT @\w{1,15}:/;

function references(tweet: unknown, text: string): PostReferences {
  const refs: PostReferences = {};
  // Responses with default fields have no referenced_tweets: the text is all there is to go by.
  if (!Array.isArray(asObject(tweet)?.['referenced_tweets']) && RETWEET_PREFIX.test(text)) {
    refs.repostWithoutId = true;
  }
  for (const ref of listAt(tweet, 'referenced_tweets')) {
    const id = idAt(ref, 'id');
    const type = textAt(ref, 'type');
    if (!id) continue;
    if (type === 'retweeted') refs.retweetOf ??= id;
    else if (type === 'quoted') refs.quoteOf ??= id;
    else if (type === 'replied_to') refs.replyTo ??= id;
  }
  return refs;
}

function mentions(entities: unknown): AccountKey[] | undefined {
  const keys = listAt(entities, 'mentions')
    .map((m) => xKey(idAt(m, 'id'), textAt(m, 'username')))
    .filter((k): k is AccountKey => k !== undefined);
  return keys.length ? keys : undefined;
}

function tags(entities: unknown): string[] | undefined {
  const list = listAt(entities, 'hashtags')
    .map((h) => textAt(h, 'tag'))
    .filter((t): t is string => t !== undefined);
  return list.length ? list : undefined;
}

/** A link to a post's own photo or video, which older responses do not mark with a media_key. */
const MEDIA_LINK = /^https?:\/\/(twitter|x)\.com\/\w+\/status\/\d+\/(photo|video)\/\d+$/;

/** Expanded links, leaving out the links to the post's own photos and videos. */
function links(entities: unknown): string[] | undefined {
  const list = listAt(entities, 'urls')
    .filter((u) => textAt(u, 'media_key') === undefined)
    .map((u) => textAt(u, 'unwound_url') ?? textAt(u, 'expanded_url'))
    .filter((u): u is string => u !== undefined && !MEDIA_LINK.test(u));
  return list.length ? list : undefined;
}

/**
 * An API v2 tweet object as a post; undefined when it has no id or no text (a bare reference).
 * The creation time falls back to the one the id encodes (default-field responses have no
 * created_at: x-api-v2/tweepy-cassettes/get_users_tweets_0.json).
 */
export function postFromV2Tweet(tweet: unknown, handleOf: HandleLookup): PostRecord | undefined {
  const id = idAt(tweet, 'id');
  // Posts over 280 characters carry their full text in note_tweet; `text` is cut.
  const escaped = stringAt(objectAt(tweet, 'note_tweet'), 'text') ?? stringAt(tweet, 'text');
  if (!id || escaped === undefined) return undefined;
  // The API escapes `&`, `<` and `>` in post text, as archives do ("ep &amp; show" in
  // x-api-v2/tweepy-cassettes/get_liked_tweets_0.json).
  const text = unescapeTweetText(escaped);
  const authorId = idAt(tweet, 'author_id');
  const replyToUserId = idAt(tweet, 'in_reply_to_user_id');
  const entities = objectAt(objectAt(tweet, 'note_tweet'), 'entities') ?? objectAt(tweet, 'entities');
  const metrics = objectAt(tweet, 'public_metrics');
  return withoutUndefined<PostRecord>({
    type: 'post',
    network: 'x',
    id,
    author: authorId ? xKey(authorId, handleOf(authorId)) : undefined,
    createdAt: parseDate(textAt(tweet, 'created_at')) ?? snowflakeTime(id),
    text,
    ...classifyPost(references(tweet, text)),
    replyToAccount: replyToUserId ? xKey(replyToUserId, handleOf(replyToUserId)) : undefined,
    lang: textAt(tweet, 'lang'),
    likeCount: countAt(metrics, 'like_count'),
    repostCount: countAt(metrics, 'retweet_count'),
    replyCount: countAt(metrics, 'reply_count'),
    quoteCount: countAt(metrics, 'quote_count'),
    mentions: mentions(entities),
    tags: tags(entities),
    links: links(entities),
  });
}
