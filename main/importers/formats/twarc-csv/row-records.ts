import type { ImportRecord } from '../../records';
import { asObject, idAt, listAt, objectAt, textAt, type JsonObject } from '../../util/json-shape';
import { followEdge, likeByUser, type ListContext } from '../x-api-shared/list-context';
import { postFromV2Tweet } from '../x-api-shared/v2-tweet';
import { accountFromV2User } from '../x-api-shared/v2-user';

export interface RowContext {
  /** "small_sample.csv, line 3", for skip records. */
  where: string;
  observedAt?: string;
  list?: ListContext;
  /** The header has referenced-tweet columns, so an empty one means "references nothing". */
  referenceColumns: boolean;
}

/** `{retweeted: {id}, quoted: {id}}` (current columns) or a JSON list (early ones) → the API's list. */
function referencedTweets(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const byType = asObject(value);
  if (!byType) return [];
  return Object.entries(byType).map(([type, ref]) => ({ type, id: idAt(ref, 'id') }));
}

/** Current twarc-csv writes entity lists as strings: `["#tag"]`, `["@name"]`, `["https://…"]`. */
function entitiesAsApi(entities: unknown): JsonObject {
  const asItems = (key: string, field: string, strip: RegExp) =>
    listAt(entities, key).map((item) =>
      typeof item === 'string' ? { [field]: item.replace(strip, '') } : item,
    );
  return {
    hashtags: asItems('hashtags', 'tag', /^#/),
    mentions: asItems('mentions', 'username', /^@/),
    // Media links are written as their display form ("pic.twitter.com/…"): not links.
    urls: asItems('urls', 'expanded_url', /^$/).filter((u) =>
      /^https?:\/\//.test(textAt(u, 'expanded_url') ?? ''),
    ),
  };
}

/** The records of one tweets row: its author's profile (from the `author.*` columns), then the post. */
export function* recordsFromTweetRow(row: JsonObject, context: RowContext): Generator<ImportRecord> {
  const tweet: JsonObject = { ...row, entities: entitiesAsApi(row['entities']) };
  // Without the columns, postFromV2Tweet falls back to the "RT @name:" text.
  if (context.referenceColumns) tweet['referenced_tweets'] = referencedTweets(row['referenced_tweets']);
  const author = objectAt(row, 'author');
  const handles = new Map<string, string>();
  const authorId = idAt(row, 'author_id') ?? idAt(author, 'id');
  if (authorId) {
    tweet['author_id'] = authorId;
    const handle = textAt(author, 'username');
    if (handle) handles.set(authorId, handle);
  }
  const replyToId = idAt(row, 'in_reply_to_user_id');
  const replyToHandle =
    textAt(row, 'in_reply_to_username') ?? textAt(objectAt(row, 'in_reply_to_user'), 'username');
  if (replyToId && replyToHandle) handles.set(replyToId, replyToHandle);

  if (author && authorId) {
    const account = accountFromV2User({ ...author, id: authorId }, context.observedAt);
    if (account) yield account;
  }
  const post = postFromV2Tweet(tweet, (id) => handles.get(id));
  if (post) yield post;
  else yield { type: 'skip', reason: 'a row without a post id', where: context.where };
}

/** The records of one users row: the account, and its list edge when `__twarc.url` names a list. */
export function* recordsFromUserRow(row: JsonObject, context: RowContext): Generator<ImportRecord> {
  const account = accountFromV2User(row, context.observedAt);
  if (!account) {
    yield { type: 'skip', reason: 'a row without an account id', where: context.where };
    return;
  }
  yield account;
  const list = context.list;
  if (list?.kind === 'followers' || list?.kind === 'following')
    yield followEdge(list.kind, list.owner, account.key);
  else if (list?.kind === 'liking_users') yield likeByUser(account.key, list.postId);
}
