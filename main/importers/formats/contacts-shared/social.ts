import type { AccountKey, Network } from '../../records';

/**
 * Social accounts stated in contact fields: profile URLs, handles in labelled fields, and
 * addresses in free text. Only X, Bluesky and Mastodon are our networks; LinkedIn URLs are not.
 */

const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const X_HOSTS = new Set(['twitter.com', 'x.com', 'mobile.twitter.com', 'mobile.x.com', 'm.twitter.com']);
/** First path segments of twitter.com / x.com that are pages, not people. */
const X_RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'settings',
  'search',
  'hashtag',
  'intent',
  'share',
  'i',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'about',
  'compose',
  'account',
  'download',
  'jobs',
]);
const BLUESKY_HANDLE =
  /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;
const DID = /^did:(plc|web):[A-Za-z0-9._:%-]+$/;
const MASTODON_USER = /^[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*$/;
const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Sites with `/@user` profile URLs that are not Mastodon servers. */
const NOT_FEDIVERSE = new Set([
  'medium.com',
  'youtube.com',
  'm.youtube.com',
  'tiktok.com',
  'threads.net',
  'threads.com',
  'bsky.app',
  'twitter.com',
  'x.com',
  'substack.com',
  'vimeo.com',
  'linktr.ee',
  'pinterest.com',
]);

export const networkNames: Record<Network, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

/** The network a field label or service name means ("Twitter", "X", "bsky", "Mastodon"), if any. */
export function networkFromLabel(label: string): Network | undefined {
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^_\$!<(.*)>!\$_$/, '$1') // Apple's built-in labels look like _$!<HomePage>!$_
    .replace(/[\s_-]*(profile|handle|username|account|url)$/, '')
    .trim();
  if (['twitter', 'x', 'x.com', 'twitter.com', 'x (twitter)', 'x/twitter', 'twitter/x'].includes(name))
    return 'x';
  if (['bluesky', 'bsky', 'bsky.app', 'bsky.social'].includes(name)) return 'bluesky';
  if (['mastodon', 'fediverse', 'fedi'].includes(name)) return 'mastodon';
  return undefined;
}

function toUrl(value: string): URL | undefined {
  const text = value.trim();
  if (!text || /\s/.test(text)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function xFromUrl(url: URL, segments: string[]): AccountKey | undefined {
  // Old links carry the path in the fragment: twitter.com/#!/jdoe
  const path = segments.length === 0 && url.hash.startsWith('#!/') ? url.hash.slice(3).split('/') : segments;
  const [first, second, third] = path;
  if (first === 'intent' && (second === 'user' || second === 'follow')) {
    const name = url.searchParams.get('screen_name');
    const id = url.searchParams.get('user_id');
    if (name && X_HANDLE.test(name)) return { network: 'x', handle: name };
    if (id && /^\d{1,20}$/.test(id)) return { network: 'x', id };
    return undefined;
  }
  if (first === 'i' && second === 'user' && third && /^\d{1,20}$/.test(third) && path.length === 3) {
    return { network: 'x', id: third };
  }
  if (path.length !== 1 || !first || X_RESERVED.has(first.toLowerCase()) || !X_HANDLE.test(first))
    return undefined;
  return { network: 'x', handle: first };
}

function blueskyActor(actor: string): AccountKey | undefined {
  const text = actor.trim().replace(/^@/, '');
  if (DID.test(text)) return { network: 'bluesky', id: text };
  if (BLUESKY_HANDLE.test(text)) return { network: 'bluesky', handle: text.toLowerCase() };
  return undefined;
}

function mastodonAddress(user: string, domain: string): AccountKey | undefined {
  if (!MASTODON_USER.test(user) || !DOMAIN.test(domain)) return undefined;
  return { network: 'mastodon', handle: `${user}@${domain.toLowerCase()}` };
}

/**
 * The account a profile URL points to: twitter.com / x.com profiles, bsky.app/profile/<handle or
 * DID>, and Mastodon's https://server/@user. `network` is what the field's label said, which lets
 * a Mastodon server's /users/<name> form count too. Post URLs and site pages are not accounts.
 */
export function accountFromUrl(value: string, network?: Network): AccountKey | undefined {
  const url = toUrl(value);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (X_HOSTS.has(host)) return network && network !== 'x' ? undefined : xFromUrl(url, segments);
  if (host === 'bsky.app') {
    const [first, actor] = segments;
    return first === 'profile' && actor && segments.length === 2 && (!network || network === 'bluesky')
      ? blueskyActor(actor)
      : undefined;
  }
  if (network && network !== 'mastodon') return undefined;
  const [first, second] = segments;
  if (segments.length === 1 && first?.startsWith('@') && !NOT_FEDIVERSE.has(host)) {
    const [user, remote] = first.slice(1).split('@');
    // server/@user@other.server is how a server shows a remote account.
    return user ? mastodonAddress(user, remote ?? host) : undefined;
  }
  if (network === 'mastodon' && segments.length === 2 && first === 'users' && second) {
    return mastodonAddress(second, host);
  }
  return undefined;
}

/**
 * The account a field labelled with a network names: a handle (`@jdoe`, `jdoe`), a Mastodon
 * address (`@user@server`), a Bluesky handle or DID, or a profile URL.
 */
export function accountFromHandle(network: Network, value: string): AccountKey | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (/^https?:\/\//i.test(text) || /^[\w.-]+\.[a-z]{2,}\//i.test(text)) return accountFromUrl(text, network);
  if (network === 'x') {
    const handle = text.replace(/^@/, '');
    return X_HANDLE.test(handle) ? { network, handle } : undefined;
  }
  if (network === 'bluesky') return blueskyActor(text);
  const [user, domain, extra] = text.replace(/^@/, '').split('@');
  return user && domain && extra === undefined ? mastodonAddress(user, domain) : undefined;
}

/** `https://www.linkedin.com/in/jdoe/` and friends: a profile URL worth keeping as a person's key. */
export function isLinkedInProfileUrl(value: string): boolean {
  const url = toUrl(value);
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  return (
    (host === 'linkedin.com' || host.endsWith('.linkedin.com')) && /^\/(in|pub)\/[^/]+/.test(url.pathname)
  );
}

const URL_IN_TEXT =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|mobile\.|m\.)?(?:twitter\.com|x\.com|bsky\.app)\/[^\s<>"'()[\]{},;]+|https?:\/\/[\w.-]+\/@[^\s<>"'()[\]{},;]+/gi;
const ADDRESS_IN_TEXT =
  /(?<![\w@/.])@([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*)@((?:[a-z0-9-]+\.)+[a-z]{2,63})\b/gi;
const LABELLED_IN_TEXT =
  /\b(twitter|x|bluesky|bsky|mastodon)\s*(?:handle|account)?\s*[:=]\s*(@?[A-Za-z0-9_][\w.:-]*(?:@[\w.-]+)?)/gi;

/** An account found in free text, with what it was (for the evidence sentence). */
export interface FoundAccount {
  key: AccountKey;
  /** "handle", "profile URL" or "address". */
  kind: string;
}

/**
 * Accounts written in free text such as a contact's notes: profile URLs, Mastodon addresses
 * (`@user@server`), and handles after a network name (`Twitter: @jdoe`). A bare `@jdoe` names no
 * network and is left alone.
 */
export function accountsInText(text: string): FoundAccount[] {
  const found: FoundAccount[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const key = accountFromUrl(match[0].replace(/[.!?:]+$/, ''));
    if (key) found.push({ key, kind: 'profile URL' });
  }
  for (const match of text.matchAll(ADDRESS_IN_TEXT)) {
    const key = mastodonAddress(match[1]!, match[2]!.replace(/\.$/, ''));
    if (key) found.push({ key, kind: 'address' });
  }
  for (const match of text.matchAll(LABELLED_IN_TEXT)) {
    const network = networkFromLabel(match[1]!);
    const value = match[2]!.replace(/[.!?:]+$/, '');
    // "x: something" is too common in prose to count without the '@' of a handle.
    if (!network || (match[1]!.toLowerCase() === 'x' && !value.startsWith('@'))) continue;
    const key = accountFromHandle(network, value);
    if (key) found.push({ key, kind: 'handle' });
  }
  return found;
}

/** A short word for what a value was: a URL or a handle. */
export function accountKind(value: string): string {
  return /^(https?:\/\/|[\w.-]+\.[a-z]{2,}\/)/i.test(value.trim()) ? 'profile URL' : 'handle';
}
