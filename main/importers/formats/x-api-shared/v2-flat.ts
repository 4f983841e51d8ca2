import type { ImportRecord } from '../../records';
import { asObject, idAt, listAt, objectAt, textAt } from '../../util/json-shape';
import { followEdge, likeByUser, likeOfPost } from './list-context';
import { itemKind, placeOf, type PageContext } from './v2-page';
import { postFromV2Tweet } from './v2-tweet';
import { accountFromV2User } from './v2-user';

/** The user objects `twarc2 flatten` inlines in a tweet: author, replied-to user, mentions. */
function inlinedUsers(tweet: unknown, depth = 0): unknown[] {
  const users: unknown[] = [objectAt(tweet, 'author'), objectAt(tweet, 'in_reply_to_user')];
  // A flattened mention is the full user object merged into {start, end, username, id}.
  users.push(
    ...listAt(objectAt(tweet, 'entities'), 'mentions').filter((m) => textAt(m, 'name') !== undefined),
  );
  if (depth < 2) {
    for (const ref of listAt(tweet, 'referenced_tweets')) users.push(...inlinedUsers(ref, depth + 1));
  }
  return users.filter((u) => asObject(u) !== undefined);
}

/** A flattened tweet and the referenced tweets inlined in it (those that carry their text). */
function inlinedTweets(tweet: unknown, depth = 0): unknown[] {
  const tweets = [tweet];
  if (depth < 2) {
    for (const ref of listAt(tweet, 'referenced_tweets')) {
      if (itemKind(ref) === 'tweet') tweets.push(...inlinedTweets(ref, depth + 1));
    }
  }
  return tweets;
}

/**
 * The records of one `twarc2 flatten` line: a tweet with its author and referenced tweets
 * inlined (twarc2/flat.jsonl), or a user from a flattened users list.
 */
export function* recordsFromFlatLine(line: unknown, context: PageContext): Generator<ImportRecord> {
  const { observedAt, list } = context;
  const where = placeOf(context);
  if (itemKind(line) === 'user') {
    const account = accountFromV2User(line, observedAt);
    if (!account) {
      yield { type: 'skip', reason: 'an account without an id', where };
      return;
    }
    yield account;
    if (list?.kind === 'followers' || list?.kind === 'following')
      yield followEdge(list.kind, list.owner, account.key);
    else if (list?.kind === 'liking_users') yield likeByUser(account.key, list.postId);
    return;
  }
  const users = inlinedUsers(line);
  const handles = new Map<string, string>();
  for (const user of users) {
    const id = idAt(user, 'id');
    const username = textAt(user, 'username');
    if (id && username) handles.set(id, username);
  }
  for (const user of users) {
    const account = accountFromV2User(user, observedAt);
    if (account) yield account;
  }
  const [main, ...referenced] = inlinedTweets(line);
  const post = postFromV2Tweet(main, (id) => handles.get(id));
  if (!post) {
    yield { type: 'skip', reason: 'a post without an id', where };
    return;
  }
  yield post;
  if (list?.kind === 'liked_tweets') yield likeOfPost(list.owner, post);
  for (const tweet of referenced) {
    const inlined = postFromV2Tweet(tweet, (id) => handles.get(id));
    if (inlined) yield inlined;
  }
}
