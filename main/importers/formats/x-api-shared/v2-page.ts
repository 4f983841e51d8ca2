import { ImportFormatError } from '../../errors';
import type { ImportRecord, SkipRecord, WarningRecord } from '../../records';
import { asObject, idAt, listAt, objectAt, textAt, type JsonObject } from '../../util/json-shape';
import { followEdge, likeByUser, likeOfPost, type ListContext } from './list-context';
import { postFromV2Tweet } from './v2-tweet';
import { accountFromV2User } from './v2-user';

/** Where a page came from, for messages, profile dates and list edges. */
export interface PageContext {
  file: string;
  /** "line 3" (twarc2), or "" for a saved response that is the whole file. */
  where: string;
  observedAt?: string;
  list?: ListContext;
}

type ItemKind = 'tweet' | 'user' | 'other';

/** A tweet has text; a user has a username and no text. */
export function itemKind(item: unknown): ItemKind {
  if (typeof asObject(item)?.['text'] === 'string') return 'tweet';
  return textAt(item, 'username') !== undefined ? 'user' : 'other';
}

function skip(reason: string, where: string): SkipRecord {
  return { type: 'skip', reason, where };
}

/** "users.jsonl, line 1, data item 3": the file, the line (when the file has pages), the item. */
export function placeOf(context: PageContext, part?: string): string {
  return [context.file, context.where, part].filter(Boolean).join(', ');
}

/** One warning per partial error (suspended account, deleted pinned post): the good rows stay. */
export function apiErrorWarnings(errors: unknown[], context: PageContext): WarningRecord[] {
  return errors.map((error, index) => {
    const title = textAt(error, 'title');
    const detail = textAt(error, 'detail') ?? textAt(error, 'message');
    const message = title && detail ? `${title}: ${detail}` : (detail ?? title ?? 'an unexplained API error');
    return {
      type: 'warning',
      message: `The API reported: ${message}`,
      where: placeOf(context, `errors item ${index + 1}`),
    };
  });
}

/**
 * The records of one API v2 response page `{data, includes, meta, errors}`: accounts first (so
 * posts find their authors' handles), then posts, list edges and likes, then the partial errors
 * as warnings. `data` may be a list of users or tweets, or one object (a lookup, a stream message).
 */
export function* recordsFromPage(page: JsonObject, context: PageContext): Generator<ImportRecord> {
  const { file, where, observedAt, list } = context;
  const data = page['data'];
  if (data !== undefined && data !== null && typeof data !== 'object') {
    throw new ImportFormatError(file, where || undefined, '"data" is neither a list nor an object');
  }
  const items = Array.isArray(data) ? data : data ? [data] : [];
  const includes = objectAt(page, 'includes');
  const includedUsers = listAt(includes, 'users');

  const handles = new Map<string, string>();
  for (const user of [...items, ...includedUsers]) {
    const id = idAt(user, 'id');
    const username = textAt(user, 'username');
    if (id && username && itemKind(user) === 'user') handles.set(id, username);
  }
  const handleOf = (id: string) => handles.get(id);

  const tweets: { item: unknown; where: string }[] = [];
  for (const [index, item] of items.entries()) {
    const itemWhere = placeOf(context, `data item ${index + 1}`);
    const kind = itemKind(item);
    if (kind === 'tweet') {
      tweets.push({ item, where: itemWhere });
      continue;
    }
    if (kind === 'other') {
      yield skip('an item that is neither a post nor an account', itemWhere);
      continue;
    }
    const account = accountFromV2User(item, observedAt);
    if (!account) {
      yield skip('an account without an id', itemWhere);
      continue;
    }
    yield account;
    if (list?.kind === 'followers' || list?.kind === 'following')
      yield followEdge(list.kind, list.owner, account.key);
    else if (list?.kind === 'liking_users') yield likeByUser(account.key, list.postId);
  }
  for (const [index, user] of includedUsers.entries()) {
    const account = accountFromV2User(user, observedAt);
    if (account) yield account;
    else
      yield skip('an included account without an id', placeOf(context, `includes.users item ${index + 1}`));
  }

  for (const { item, where: itemWhere } of tweets) {
    const post = postFromV2Tweet(item, handleOf);
    if (!post) {
      yield skip('a post without an id', itemWhere);
      continue;
    }
    yield post;
    if (list?.kind === 'liked_tweets') yield likeOfPost(list.owner, post);
  }
  for (const [index, tweet] of listAt(includes, 'tweets').entries()) {
    const post = postFromV2Tweet(tweet, handleOf);
    if (post) yield post;
    else
      yield skip(
        'an included post without an id or text',
        placeOf(context, `includes.tweets item ${index + 1}`),
      );
  }

  yield* apiErrorWarnings(listAt(page, 'errors'), context);
}
