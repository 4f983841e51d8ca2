import type { AccountKey, PostKind, PostRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { idString } from '../../util/lossless-json';
import { snowflakeTime } from '../../util/snowflake';
import { asObject, countAt, listAt, objectAt, textAt } from '../../util/json-shape';

/** A link to a post: `https://twitter.com/<name>/status/<id>` (also x.com, mobile., /statuses/). */
const STATUS_URL =
  /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/[^/?#]+\/status(?:es)?\/(\d{1,20})(?:[/?#]|$)/i;
const REPOST_PREFIX = /^RT @\w{1,50}:/;

/**
 * Tweet text in archives escapes `&`, `<` and `>` as HTML entities and nothing else (it is not
 * HTML: "RT @chriscoyier: &lt;a href=..." in grailbird-2014 2011_01.js is literal text), so
 * only those three are decoded; htmlToText would drop the literal tag.
 */
export function unescapeTweetText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function accountKey(id: string | undefined, handle: string | undefined): AccountKey | undefined {
  if (!id && !handle) return undefined;
  return { network: 'x', ...(id ? { id } : {}), ...(handle ? { handle } : {}) };
}

function idAt(value: unknown, key: string): string | undefined {
  const id = idString(asObject(value)?.[key]);
  return id && /^\d{1,20}$/.test(id) ? id : undefined;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The first post a tweet's links point at, other than itself (a long post links to its own page). */
export function quotedPostId(links: string[], ownId: string): string | undefined {
  for (const link of links) {
    const id = STATUS_URL.exec(link)?.[1];
    if (id && id !== ownId) return id;
  }
  return undefined;
}

/**
 * A v1.1-shaped tweet object (every archive era) as a post, or undefined without an id.
 * Reposts are told by the `RT @name:` prefix, since `retweeted` is false even on them; replies
 * by `in_reply_to_status_id_str`; quotes only by a `/status/<id>` link. One kind per post, in
 * that order; `referencedPostId` is set for reposts (when the file says) and quotes.
 */
export function postFromTweet(
  tweet: unknown,
  fallbackAuthor: AccountKey | undefined,
): PostRecord | undefined {
  const id = idAt(tweet, 'id_str') ?? idAt(tweet, 'id');
  if (!id) return undefined;
  const text = unescapeTweetText(textAt(tweet, 'full_text') ?? textAt(tweet, 'text') ?? '');
  const entities = objectAt(tweet, 'entities');
  const user = objectAt(tweet, 'user');
  const mentions = listAt(entities, 'user_mentions')
    .map((m) => accountKey(idAt(m, 'id_str') ?? idAt(m, 'id'), textAt(m, 'screen_name')))
    .filter((m): m is AccountKey => m !== undefined);
  const tags = unique(
    listAt(entities, 'hashtags')
      .map((h) => textAt(h, 'text'))
      .filter((t): t is string => t !== undefined),
  );
  const links = unique(
    listAt(entities, 'urls')
      .map((u) => textAt(u, 'expanded_url') ?? textAt(u, 'url'))
      .filter((u): u is string => u !== undefined),
  );

  const replyToPostId = idAt(tweet, 'in_reply_to_status_id_str') ?? idAt(tweet, 'in_reply_to_status_id');
  const replyToAccount = accountKey(
    idAt(tweet, 'in_reply_to_user_id_str') ?? idAt(tweet, 'in_reply_to_user_id'),
    textAt(tweet, 'in_reply_to_screen_name'),
  );
  const retweetedId = idAt(objectAt(tweet, 'retweeted_status'), 'id_str');
  const quoted = quotedPostId(links, id);
  let kind: PostKind = 'post';
  let referencedPostId: string | undefined;
  if (REPOST_PREFIX.test(text) || retweetedId) {
    kind = 'repost';
    referencedPostId = retweetedId;
  } else if (replyToPostId) kind = 'reply';
  else if (quoted) {
    kind = 'quote';
    referencedPostId = quoted;
  }

  const post: PostRecord = {
    type: 'post',
    network: 'x',
    id,
    author:
      accountKey(idAt(user, 'id_str') ?? idAt(user, 'id'), textAt(user, 'screen_name')) ?? fallbackAuthor,
    createdAt: parseDate(textAt(tweet, 'created_at')) ?? snowflakeTime(id),
    text,
    kind,
  };
  if (kind === 'reply') {
    post.replyToPostId = replyToPostId;
    if (replyToAccount) post.replyToAccount = replyToAccount;
  }
  if (referencedPostId) post.referencedPostId = referencedPostId;
  const lang = textAt(tweet, 'lang');
  if (lang) post.lang = lang;
  const likeCount = countAt(tweet, 'favorite_count');
  if (likeCount !== undefined) post.likeCount = likeCount;
  const repostCount = countAt(tweet, 'retweet_count');
  if (repostCount !== undefined) post.repostCount = repostCount;
  if (mentions.length > 0) post.mentions = mentions;
  if (tags.length > 0) post.tags = tags;
  if (links.length > 0) post.links = links;
  return post;
}
