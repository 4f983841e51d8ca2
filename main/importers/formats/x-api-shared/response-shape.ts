import { asObject, idAt, textAt } from '../../util/json-shape';
import { itemKind } from './v2-page';

/** What an API v2 response page holds: a list of users, of tweets, only errors, or nothing. */
export type ResponseContent = 'users' | 'tweets' | 'errors' | 'empty';

const ENVELOPE_KEYS = ['data', 'includes', 'meta', 'errors'];

/**
 * What a (possibly partial, sniffed) API v2 response holds; undefined when the value is not an
 * envelope `{data, includes, meta, errors}` (plus `extraKeys`, e.g. twarc2's `__twarc`) of users
 * or tweets. Strict on purpose: Mastodon and Bluesky JSON have other top-level keys.
 */
export function responseContent(
  value: unknown,
  extraKeys: readonly string[] = [],
): ResponseContent | undefined {
  const page = asObject(value);
  if (!page) return undefined;
  const keys = Object.keys(page);
  if (keys.length === 0 || keys.some((k) => !ENVELOPE_KEYS.includes(k) && !extraKeys.includes(k)))
    return undefined;
  const data = page['data'];
  if (data === undefined) return Array.isArray(page['errors']) ? 'errors' : undefined;
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return 'empty';
  // The first item with an id says what the list holds (an odd item without one is skipped later).
  const first = items.find((item) => idAt(item, 'id'));
  if (first === undefined) return undefined;
  const kind = itemKind(first);
  return kind === 'user' ? 'users' : kind === 'tweet' ? 'tweets' : undefined;
}

/**
 * What a `twarc2 flatten` line holds: a tweet with its `author` inlined (the `__twarc` metadata
 * is merged in too, but twarc2/small_sample.json has none), or a user from a users list.
 */
export function flatContent(value: unknown): 'tweet' | 'user' | undefined {
  const line = asObject(value);
  if (!line || !idAt(line, 'id') || 'data' in line) return undefined;
  const twarc = asObject(line['__twarc']) !== undefined;
  const kind = itemKind(line);
  if (kind === 'tweet' && idAt(line, 'author_id') && (twarc || asObject(line['author']))) return 'tweet';
  if (kind === 'user' && twarc && textAt(line, 'username')) return 'user';
  return undefined;
}
