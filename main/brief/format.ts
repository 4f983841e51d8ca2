import type { NetworkName } from '../../common/dto';

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 post", "2 posts"; `plural` for irregular words. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${count(n)} ${n === 1 ? singular : plural}`;
}

export function percent(part: number, whole: number): string {
  if (whole <= 0) return '–';
  const value = (part / whole) * 100;
  return `${value > 0 && value < 1 ? '<1' : Math.round(value)}%`;
}

export function day(iso: string | null | undefined, timeZone = 'UTC'): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time).toLocaleDateString('en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  });
}

export function monthName(month: string): string {
  const time = Date.parse(`${month}-01T00:00:00Z`);
  return Number.isNaN(time)
    ? month
    : new Date(time).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function accountName(account: { handle: string | null; name: string | null; id?: number }): string {
  if (account.handle) return `@${account.handle.replace(/^@/, '')}`;
  return account.name ?? `account ${account.id ?? ''}`.trim();
}

/** "Dana Lee (@dana)", or whichever part exists. */
export function fullName(account: { handle: string | null; name: string | null }): string {
  const handle = account.handle ? `@${account.handle.replace(/^@/, '')}` : '';
  if (account.name && handle) return `${account.name} (${handle})`;
  return account.name ?? (handle || 'Unnamed account');
}

export function profileUrl(network: NetworkName, handle: string | null): string | null {
  if (!handle) return null;
  const bare = handle.replace(/^@/, '');
  if (network === 'x') return `https://x.com/${bare}`;
  if (network === 'bluesky') return `https://bsky.app/profile/${bare}`;
  const [user, domain] = bare.split('@');
  return network === 'mastodon' && user && domain ? `https://${domain}/@${user}` : null;
}

export function postUrl(ref: {
  network: NetworkName;
  externalId: string;
  handle: string | null;
}): string | null {
  if (/^https?:\/\//.test(ref.externalId)) return ref.externalId;
  if (ref.network === 'x' && /^\d+$/.test(ref.externalId)) {
    return `https://x.com/${ref.handle ?? 'i/web'}/status/${ref.externalId}`;
  }
  const bluesky = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(ref.externalId);
  if (bluesky) return `https://bsky.app/profile/${bluesky[1]}/post/${bluesky[2]}`;
  return null;
}

/** Cuts long text at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Finds URLs in free text (bios, posts) so they can be made clickable. */
export function splitLinks(text: string): { text: string; link: string | null }[] {
  const parts: { text: string; link: string | null }[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'“”‘’)\]]*[^\s<>"'“”‘’)\].,;:!?]/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), link: null });
    parts.push({ text: match[0], link: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), link: null });
  return parts;
}
