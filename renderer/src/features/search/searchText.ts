import { AppError } from '../../../../common/errors';
import { formatCount } from '../../components/format/count';

export type SearchScopeChoice = 'posts' | 'accounts' | 'notes';
export type SearchOrder = 'relevance' | 'date';

/** Results per page: a screenful or two, cheap for the server even on common words. */
export const searchPageSize = 50;

/** The grammar, as the cheat sheet shows it: what to type, and what it finds. */
export const grammarHelp: { example: string; meaning: string }[] = [
  { example: 'crm onboarding', meaning: 'both words, anywhere in the post' },
  { example: '"looking for"', meaning: 'the exact phrase' },
  { example: 'recommend*', meaning: 'words starting with “recommend”' },
  { example: 'hubspot OR salesforce', meaning: 'either word' },
  { example: '-hiring', meaning: 'leave out posts with the word' },
  { example: 'from:@jack', meaning: 'posts by @jack' },
  { example: 'to:@jack', meaning: 'replies to or mentions of @jack' },
  { example: 'to:@jack,@ev', meaning: 'replies to or mentions of either' },
  { example: 'followers:@jack', meaning: 'posts by accounts that follow @jack' },
  { example: '#saas', meaning: 'posts with the hashtag' },
  { example: 'since:2024-01-01', meaning: 'posted on or after the day (UTC)' },
  { example: 'until:2024-12-31', meaning: 'posted on or before the day' },
  { example: 'has:link', meaning: 'posts with a link' },
  { example: '物流 센터', meaning: 'Chinese, Japanese, Korean: found inside words too, newest first' },
];

/**
 * "1,204 posts · 12 ms", "1 person", "149,003 posts · best of the newest 5,000 · 90 ms",
 * "10,000+ posts" when the matches were counted only that far.
 */
export function resultsSummary(
  total: number,
  scope: SearchScopeChoice,
  tookMs?: number,
  rankedAmong?: number,
  atLeast = false,
): string {
  const nouns: Record<SearchScopeChoice, [string, string]> = {
    posts: ['post', 'posts'],
    accounts: ['person', 'people'],
    notes: ['note', 'notes'],
  };
  const noun = nouns[scope][total === 1 ? 0 : 1];
  const time = tookMs === undefined ? '' : ` · ${formatCount(Math.max(0, Math.round(tookMs)))} ms`;
  const ranked = rankedAmong === undefined ? '' : ` · best of the newest ${formatCount(rankedAmong)}`;
  return `${formatCount(total)}${atLeast ? '+' : ''} ${noun}${ranked}${time}`;
}

const kindLabels: Record<string, string> = {
  post: 'Post',
  reply: 'Reply',
  repost: 'Repost',
  quote: 'Quote',
};

export function kindLabel(kind: string | null): string | null {
  return kind ? (kindLabels[kind] ?? kind) : null;
}

/** Whether an error is about what the user typed (shown beside the box) or something else. */
export function isSyntaxError(error: unknown): error is AppError {
  return error instanceof AppError && (error.code === 'SEARCH_SYNTAX' || error.code === 'BAD_REQUEST');
}

/** A name to offer when saving a query: the query itself, shortened at a word. */
export function suggestedName(query: string, max = 40): string {
  const text = query.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The badge on a saved search: "3 new", capped so it stays small. */
export function newMatchesLabel(count: number): string | null {
  if (count <= 0) return null;
  return count > 999 ? '999+ new' : `${formatCount(count)} new`;
}
