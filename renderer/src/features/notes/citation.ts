/**
 * Dragging a post or an account into the notes cites it. Lists and search results put markdown
 * under this type, e.g. `> post text — [@handle](https://x.com/handle/status/1)`.
 */
export const CITE_MIME = 'text/x-inside-track-cite';

/** What a drop carries for the notes: a citation first, else plain text; null for files only. */
export function droppedText(data: Pick<DataTransfer, 'getData' | 'types'>): string | null {
  const types = Array.from(data.types);
  if (types.includes(CITE_MIME)) {
    const cite = data.getData(CITE_MIME).trim();
    if (cite) return cite;
  }
  if (types.includes('text/plain')) {
    const text = data.getData('text/plain');
    if (text) return text;
  }
  return null;
}

function isBlock(citation: string): boolean {
  return citation.startsWith('>') || citation.includes('\n');
}

/**
 * The text to insert at a position so the citation reads right: a quoted post gets a paragraph
 * of its own (a line straight after a quote would join it), an account link sits between words.
 */
export function citationInsert(before: string, after: string, citation: string): string {
  const text = citation.trim();
  if (isBlock(text)) {
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const tail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
    return `${lead}${text}${tail}`;
  }
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const tail = after === '' || /^[\s.,;:!?)]/.test(after) ? '' : ' ';
  return `${lead}${text}${tail}`;
}

/** Where an account's profile lives on its network, for a citation link; null when unknown. */
export function profileUrl(network: string, handle: string | null): string | null {
  const bare = handle?.trim().replace(/^@/, '');
  if (!bare) return null;
  if (network === 'x') return `https://x.com/${encodeURIComponent(bare)}`;
  if (network === 'bluesky') return `https://bsky.app/profile/${encodeURIComponent(bare)}`;
  if (network === 'mastodon') {
    const [user, host] = bare.split('@');
    return user && host ? `https://${host}/@${encodeURIComponent(user)}` : null;
  }
  return null;
}

/** An account as a markdown citation: `[@handle](profile url)`, or its name when it has no handle. */
export function accountCitation(account: {
  network: string;
  handle: string | null;
  name: string | null;
}): string {
  const handle = account.handle?.trim().replace(/^@/, '');
  const label = handle ? `@${handle}` : (account.name?.trim() ?? 'account');
  const url = profileUrl(account.network, handle ?? null);
  return url ? `[${label.replace(/[[\]]/g, '')}](${url})` : label;
}
