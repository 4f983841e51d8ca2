import type { AccountKey, FollowRecord, LikeRecord, PostRecord } from '../../records';
import { asObject, textAt } from '../../util/json-shape';

/**
 * What a list of users or posts is about, when its source says: whose followers, whose
 * following, whose likes, or who liked which post.
 */
export type ListContext =
  | { kind: 'followers' | 'following' | 'liked_tweets'; owner: AccountKey }
  | { kind: 'liking_users'; postId: string };

/** Reads the list from an API request URL (twarc2's `__twarc.url`), e.g. `/2/users/12/followers`. */
export function listFromApiUrl(url: string | undefined): ListContext | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const user = /^\/2\/users\/(\d{1,20})\/(followers|following|liked_tweets)\/?$/.exec(path);
  if (user) {
    const kind = user[2] as 'followers' | 'following' | 'liked_tweets';
    return { kind, owner: { network: 'x', id: user[1]! } };
  }
  const post = /^\/2\/tweets\/(\d{1,20})\/liking_users\/?$/.exec(path);
  return post ? { kind: 'liking_users', postId: post[1]! } : undefined;
}

/** The `__twarc` metadata of a page or flattened line: its request URL and retrieval time. */
export function twarcMeta(line: unknown): { url?: string; retrievedAt?: string } {
  const meta = asObject(asObject(line)?.['__twarc']);
  return { url: textAt(meta, 'url'), retrievedAt: textAt(meta, 'retrieved_at') };
}

/**
 * Which list a saved users response is, from its file name (`get_users_followers_0.json`):
 * the response itself does not say. Undefined when the name says neither, or both.
 */
export function followListFromFileName(path: string): 'followers' | 'following' | undefined {
  const name = (path.split('/').pop() ?? path).toLowerCase();
  const followers = /followers/.test(name);
  const following = /following|friends/.test(name);
  return followers === following ? undefined : followers ? 'followers' : 'following';
}

/** Whether a saved posts response is someone's liked posts, from its name (`get_liked_tweets_0.json`). */
export function likedPostsFromFileName(path: string): boolean {
  return /liked[_-]?(tweets|posts)/.test((path.split('/').pop() ?? path).toLowerCase());
}

/** The follow edge a user in a followers/following list stands for. */
export function followEdge(
  list: 'followers' | 'following',
  owner: AccountKey,
  user: AccountKey,
): FollowRecord {
  return list === 'followers'
    ? { type: 'follow', follower: user, followee: owner }
    : { type: 'follow', follower: owner, followee: user };
}

/** The like a post in someone's liked-posts list stands for. */
export function likeOfPost(owner: AccountKey, post: PostRecord): LikeRecord {
  return {
    type: 'like',
    account: owner,
    post: { network: 'x', id: post.id, text: post.text, ...(post.author ? { author: post.author } : {}) },
  };
}

/** The like a user in a post's liking-users list stands for. */
export function likeByUser(user: AccountKey, postId: string): LikeRecord {
  return { type: 'like', account: user, post: { network: 'x', id: postId } };
}
