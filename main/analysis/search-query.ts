/**
 * The search grammar users type, parsed into an FTS5 expression plus filters:
 *   words            all must appear (prefix with word*)
 *   "a phrase"       exact phrase
 *   a OR b           either
 *   -word, -"phrase" exclude
 *   from:@handle     posts by that account
 *   to:@handle       replies to or mentions of that account; to:@a,@b any of them
 *   followers:@handle posts by accounts that follow that account (a prospect's audience)
 *   #tag             posts with that hashtag
 *   since:2024-01-01 / until:2024-12-31   by date (UTC, until is inclusive)
 *   has:link         posts with a link
 * A query with Chinese, Japanese or Korean words is matched as substrings instead (`text`): the
 * full-text index cuts text at spaces, which these languages do not put between words.
 */
export interface SearchQuery {
  /** FTS5 MATCH expression, or null when the query is only filters. */
  match: string | null;
  from: string[];
  /** Each entry: the handles of one to: filter, any of which the post replies to or mentions. */
  to: string[][];
  /** Posts whose author follows each of these accounts. */
  followersOf: string[];
  tags: string[];
  since?: string;
  until?: string;
  hasLink: boolean;
  /** Words the user excluded, for showing the query back. */
  excluded: string[];
  /**
   * Set instead of `match` when the query has CJK words: every term is then a substring to find
   * (groups AND-ed, the terms of a group OR-ed) or to leave out, and results come newest first.
   */
  text?: { groups: string[][]; excluded: string[] };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export class SearchSyntaxError extends Error {
  override readonly name = 'SearchSyntaxError';
}

type Token = { text: string; quoted: boolean; negated: boolean };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(-?)"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(pattern)) {
    if (m[2] !== undefined) tokens.push({ text: m[2], quoted: true, negated: m[1] === '-' });
    else if (m[3] !== undefined) {
      const raw = m[3];
      const negated = raw.startsWith('-') && raw.length > 1;
      tokens.push({ text: negated ? raw.slice(1) : raw, quoted: false, negated });
    }
  }
  if ((input.match(/"/g)?.length ?? 0) % 2 === 1)
    throw new SearchSyntaxError('A quotation mark is not closed.');
  return tokens;
}

/** FTS5 string literal: every term is quoted, so user text can never be read as FTS syntax. */
function phrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function term(token: Token): string | null {
  if (token.quoted) {
    const words = token.text.trim();
    return words ? phrase(words) : null;
  }
  const prefix = token.text.endsWith('*');
  const word = (prefix ? token.text.slice(0, -1) : token.text).replace(
    /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu,
    '',
  );
  if (!word) return null;
  return prefix ? `${phrase(word)}*` : phrase(word);
}

/** A term as the text to find: the phrase, or the word without its prefix star. */
function plainTerm(token: Token): string {
  return token.quoted
    ? token.text.trim()
    : token.text.replace(/\*$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function date(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new SearchSyntaxError(`${name}: needs a date like 2024-05-30, not “${value}”.`);
  }
  return value;
}

/** "@a,@b" → ["a", "b"]. */
function handles(value: string): string[] {
  return value
    .split(',')
    .map((handle) => handle.trim().replace(/^@/, ''))
    .filter(Boolean);
}

export function parseSearchQuery(input: string): SearchQuery {
  const query: SearchQuery = {
    match: null,
    from: [],
    to: [],
    followersOf: [],
    tags: [],
    hasLink: false,
    excluded: [],
  };
  const positive: string[][] = [[]]; // OR-groups of AND-ed terms
  const negative: string[] = [];
  // The same terms as plain text, for a query that turns out to hold CJK words.
  const plain: string[][] = [];
  const plainExcluded: string[] = [];
  let cjk = false;
  let pendingOr = false;
  for (const token of tokenize(input)) {
    const lower = token.text.toLowerCase();
    if (!token.quoted && !token.negated) {
      if (token.text === 'OR') {
        pendingOr = true;
        continue;
      }
      const filter = /^(from|to|followers|since|until|has):(.*)$/i.exec(token.text);
      if (filter) {
        const [, key, value] = filter as unknown as [string, string, string];
        const name = key.toLowerCase();
        if (name === 'from') query.from.push(value.replace(/^@/, ''));
        else if (name === 'to') query.to.push(handles(value));
        else if (name === 'followers') query.followersOf.push(value.replace(/^@/, ''));
        else if (name === 'since') query.since = date(value, 'since');
        else if (name === 'until') query.until = date(value, 'until');
        else if (value.toLowerCase() === 'link') query.hasLink = true;
        else throw new SearchSyntaxError(`has: knows only has:link, not “has:${value}”.`);
        continue;
      }
      if (lower.startsWith('#') && lower.length > 1) {
        query.tags.push(token.text.slice(1));
        continue;
      }
    }
    const fts = term(token);
    if (!fts) continue;
    const words = plainTerm(token);
    if (CJK.test(words)) cjk = true;
    if (token.negated) {
      negative.push(fts);
      plainExcluded.push(words);
      query.excluded.push(token.text);
      continue;
    }
    if (pendingOr && positive.at(-1)!.length > 0) {
      // "a b OR c" reads as a AND (b OR c): OR binds the neighbours only.
      const group = positive.at(-1)!;
      const previous = group.pop()!;
      group.push(`(${previous} OR ${fts})`);
      plain.at(-1)!.push(words);
    } else {
      positive.at(-1)!.push(fts);
      plain.push([words]);
    }
    pendingOr = false;
  }
  if (cjk) {
    if (plain.length === 0) throw new SearchSyntaxError('Say what to look for, not only what to leave out.');
    query.text = { groups: plain, excluded: plainExcluded };
    return query;
  }
  const required = positive.flat();
  if (required.length > 0) {
    query.match = required.join(' AND ') + negative.map((n) => ` NOT ${n}`).join('');
  } else if (negative.length > 0) {
    throw new SearchSyntaxError('Say what to look for, not only what to leave out.');
  }
  return query;
}
