/** Where a post lives on its network, for "Open at the source" links. */
export interface PostAddress {
  network: string;
  /** The post's id as the network gave it: a tweet id, an at:// URI, an ActivityPub id. */
  externalId: string;
  authorHandle: string | null;
}

/** The post's public page, or null when the record does not say enough to make one. */
export function postUrl({ network, externalId, authorHandle }: PostAddress): string | null {
  if (network === 'x') {
    if (!/^\d+$/.test(externalId)) return null;
    const handle = authorHandle?.replace(/^@/, '');
    return handle
      ? `https://x.com/${encodeURIComponent(handle)}/status/${externalId}`
      : `https://x.com/i/web/status/${externalId}`;
  }
  if (network === 'bluesky') {
    const at = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(externalId);
    return at ? `https://bsky.app/profile/${at[1]}/post/${encodeURIComponent(at[2]!)}` : null;
  }
  if (network === 'mastodon') {
    let url: URL;
    try {
      url = new URL(externalId);
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Mastodon's ActivityPub id (/users/<name>/statuses/<id>) has a readable page at /@<name>/<id>.
    const status = /^\/users\/([^/]+)\/statuses\/(\d+)$/.exec(url.pathname);
    return status ? `${url.origin}/@${status[1]}/${status[2]}` : url.href;
  }
  return null;
}
