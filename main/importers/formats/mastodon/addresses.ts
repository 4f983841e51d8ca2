import { domainToASCII } from 'node:url';

/**
 * Mastodon addresses as `user@domain`: no leading '@', the domain lower-cased and in its ASCII
 * (punycode) form, so an IDN domain written either way names the same account. Usernames keep their
 * case as the file writes it.
 */
export function normalizeAddress(text: string): string | undefined {
  const match = /^@?([^@\s]+)@([^@\s/]+)$/.exec(text.trim());
  if (!match) return undefined;
  const domain = domainToASCII(match[2]!.toLowerCase());
  return domain ? `${match[1]!}@${domain}` : undefined;
}

function hostOf(uri: string): string | undefined {
  try {
    return new URL(uri).hostname || undefined;
  } catch {
    return undefined;
  }
}

export function sameHost(a: string, b: string): boolean {
  const host = hostOf(a);
  return host !== undefined && host === hostOf(b);
}

/** `user@host` from a username and any URL on the account's server (actor id, profile URL). */
export function addressOn(username: string, uri: string): string | undefined {
  const host = hostOf(uri);
  return host ? normalizeAddress(`${username}@${host}`) : undefined;
}

/** A Mention tag's address: `@user@domain`, or `@user` for an account on the href's own server. */
export function mentionAddress(name: string, href: string): string | undefined {
  const bare = name.trim().replace(/^@/, '');
  return bare.includes('@') ? normalizeAddress(bare) : addressOn(bare, href);
}

/**
 * The owner's address when actor.json is absent: classic actor URIs end in `/users/<name>`, and a
 * post's public URL is `https://host/@name/<id>`. Newer numeric actor URIs (`/ap/users/1168…` in
 * goija-2026/outbox.json) carry no name, so they give nothing.
 */
export function addressFromUri(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  const match = /^\/(?:users\/([A-Za-z0-9_.-]+)$|@([A-Za-z0-9_.-]+)(?:\/|$))/.exec(url.pathname);
  const name = match?.[1] ?? match?.[2];
  return name ? addressOn(name, uri) : undefined;
}
