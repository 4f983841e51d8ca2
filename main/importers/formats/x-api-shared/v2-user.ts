import type { AccountKey, AccountRecord } from '../../records';
import { parseDate } from '../../util/dates';
import { asObject, countAt, idAt, listAt, objectAt, textAt, withoutUndefined } from '../../util/json-shape';

export function xKey(id: string | undefined, handle: string | undefined): AccountKey | undefined {
  if (!id && !handle) return undefined;
  return withoutUndefined({ network: 'x' as const, id, handle });
}

/** The profile's link: the expanded form when the user object has entities, else the t.co one. */
function profileUrl(user: unknown): string | undefined {
  const expanded = listAt(objectAt(objectAt(user, 'entities'), 'url'), 'urls')
    .map((u) => textAt(u, 'expanded_url'))
    .find((u) => u !== undefined);
  return expanded ?? textAt(user, 'url');
}

/**
 * An API v2 user object (also the `author`, `in_reply_to_user` and mention objects that
 * `twarc2 flatten` inlines) as an account; undefined when it has no id.
 */
export function accountFromV2User(user: unknown, observedAt: string | undefined): AccountRecord | undefined {
  const id = idAt(user, 'id');
  if (!asObject(user) || !id) return undefined;
  const metrics = objectAt(user, 'public_metrics');
  return withoutUndefined<AccountRecord>({
    type: 'account',
    key: xKey(id, textAt(user, 'username'))!,
    name: textAt(user, 'name'),
    bio: textAt(user, 'description'),
    location: textAt(user, 'location'),
    url: profileUrl(user),
    followersCount: countAt(metrics, 'followers_count'),
    followingCount: countAt(metrics, 'following_count'),
    postsCount: countAt(metrics, 'tweet_count'),
    createdAt: parseDate(textAt(user, 'created_at')),
    observedAt,
  });
}
