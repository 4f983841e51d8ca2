import type { AccountKey } from '../../records';

export interface AtUri {
  /** A DID, or (rarely, in old records) a handle. */
  authority: string;
  collection?: string;
  rkey?: string;
}

/** `at://did:plc:…/app.bsky.feed.post/3k…` split into its parts; undefined when it is not an at:// URI. */
export function parseAtUri(uri: string): AtUri | undefined {
  const match = /^at:\/\/([^/?#]+)(?:\/([^/?#]+)(?:\/([^/?#]+))?)?\/?$/.exec(uri);
  if (!match) return undefined;
  return {
    authority: match[1]!,
    ...(match[2] ? { collection: match[2] } : {}),
    ...(match[3] ? { rkey: match[3] } : {}),
  };
}

/** The account an at:// URI belongs to. */
export function accountOfUri(uri: string): AccountKey | undefined {
  const parsed = parseAtUri(uri);
  if (!parsed) return undefined;
  return parsed.authority.startsWith('did:')
    ? { network: 'bluesky', id: parsed.authority }
    : { network: 'bluesky', handle: parsed.authority.toLowerCase() };
}

export function isPostUri(uri: string): boolean {
  return parseAtUri(uri)?.collection === 'app.bsky.feed.post';
}
