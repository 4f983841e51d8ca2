import type { AccountBrief } from '../../../../common/dto';
import { formatDay } from '../../components/format/date';

/** The drag type the notes editor accepts: the value is ready-to-insert markdown. */
export const CITE_TYPE = 'text/x-inside-track-cite';

type Who = Pick<AccountBrief, 'network' | 'handle' | 'name'>;

/** The public profile address of an account, when its network and handle make one. */
export function profileUrl(account: Who): string | null {
  const handle = account.handle?.replace(/^@/, '');
  if (!handle) return null;
  if (account.network === 'x') return `https://x.com/${encodeURIComponent(handle)}`;
  if (account.network === 'bluesky') return `https://bsky.app/profile/${encodeURIComponent(handle)}`;
  if (account.network === 'mastodon') {
    const [user, host] = handle.split('@');
    return user && host ? `https://${host}/@${encodeURIComponent(user)}` : null;
  }
  return null;
}

/** Characters that would end the link text early or start markup inside it. */
function linkText(text: string): string {
  return text.replace(/([\\[\]*_`])/g, '\\$1');
}

/** "[@handle](https://x.com/handle)", or the name alone when there is no handle. */
export function citeAccount(account: Who | null): string {
  if (!account) return 'unknown author';
  const label = account.handle ? `@${account.handle.replace(/^@/, '')}` : (account.name ?? 'unknown author');
  const url = profileUrl(account);
  return url ? `[${linkText(label)}](${url})` : linkText(label);
}

/**
 * A post as a markdown quote for the notes: "> text — [@handle](https://x.com/handle), [Mar 10, 2024](post)".
 * Every line of the text stays inside the quote.
 */
export function citePost({
  text,
  author,
  createdAt,
  url,
}: {
  text: string;
  author: Who | null;
  createdAt?: string | null;
  /** The post on its network: the date links to it. */
  url?: string | null;
}): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1 && all[i - 1] !== ''));
  const day = createdAt ? formatDay(createdAt) : '—';
  const when = day === '—' ? (url ? `[post](${url})` : '') : url ? `[${day}](${url})` : day;
  const attribution = `— ${citeAccount(author)}${when ? `, ${when}` : ''}`;
  if (lines.length === 0) return `> ${attribution}`;
  return lines
    .map((line, i) => `>${line ? ` ${line}` : ''}${i === lines.length - 1 ? ` ${attribution}` : ''}`)
    .join('\n');
}

/** Puts a citation on a drag: the notes editor reads CITE_TYPE, anything else the plain text. */
export function setCiteData(dataTransfer: DataTransfer, markdown: string): void {
  dataTransfer.setData(CITE_TYPE, markdown);
  dataTransfer.setData('text/plain', markdown);
  dataTransfer.effectAllowed = 'copy';
}
