import type { SearchResultDto } from '../../common/dto';
import type { SearchQuery } from '../analysis/search-query';
import type { Db } from './sqlite';

export type TextQuery = NonNullable<SearchQuery['text']>;

const START = '\u0002';
const END = '\u0003';

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A CJK query's substrings as LIKE conditions on `column` (groups AND-ed, the terms of a group
 * OR-ed, excluded terms NOT LIKE), their values added to `params`.
 */
export function substringConditions(
  column: string,
  text: TextQuery,
  params: Record<string, unknown>,
): string[] {
  const where = text.groups.map(
    (group, g) =>
      `(${group
        .map((term, t) => {
          params[`like${g}_${t}`] = likePattern(term);
          return `${column} LIKE @like${g}_${t} ESCAPE '\\'`;
        })
        .join(' OR ')})`,
  );
  text.excluded.forEach((term, i) => {
    params[`unlike${i}`] = likePattern(term);
    where.push(`${column} NOT LIKE @unlike${i} ESCAPE '\\'`);
  });
  return where;
}

/**
 * A snippet of `text` around its first found term, every term marked as the full-text snippets
 * are (U+0002 … U+0003), about `width` characters long.
 */
export function markedSnippet(text: string, query: TextQuery, width = 160): string {
  const terms = [...new Set(query.groups.flat())].filter(Boolean).sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const first = Math.min(
    ...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0),
    text.length,
  );
  const start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  let window = text.slice(start, start + width);
  if (terms.length) {
    const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
    window = window.replace(pattern, (found) => `${START}${found}${END}`);
  }
  return `${start > 0 ? '…' : ''}${window}${start + width < text.length ? '…' : ''}`;
}

/** People and notes found by substrings, for CJK queries (posts take the same conditions). */
export class SubstringSearch {
  constructor(private readonly db: Db) {}

  accounts(text: TextQuery, offset: number, limit: number): SearchResultDto {
    const started = performance.now();
    const params: Record<string, unknown> = {};
    const where = substringConditions(
      "coalesce(a.handle, '') || ' ' || coalesce(a.name, '') || ' ' || coalesce(a.bio, '')",
      text,
      params,
    ).join(' AND ');
    const total = Number(
      this.db.prepare(`SELECT count(*) FROM accounts a WHERE ${where}`).pluck().get(params),
    );
    const rows = this.db
      .prepare<
        [Record<string, unknown>],
        { id: number; network: string; handle: string | null; name: string | null; bio: string | null }
      >(
        `SELECT a.id, a.network, a.handle, a.name, a.bio FROM accounts a WHERE ${where}
         ORDER BY a.followers_count DESC NULLS LAST, a.id LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit, offset });
    return {
      total,
      hits: rows.map((row) => ({
        scope: 'accounts',
        id: row.id,
        snippet: markedSnippet(
          [row.name, row.handle && `@${row.handle}`, row.bio].filter(Boolean).join(' · '),
          text,
        ),
        author: { id: row.id, network: row.network as 'x', handle: row.handle, name: row.name },
        createdAt: null,
        kind: null,
      })),
      tookMs: Math.round(performance.now() - started),
    };
  }

  notes(text: TextQuery, offset: number, limit: number): SearchResultDto {
    const started = performance.now();
    const params: Record<string, unknown> = {};
    const where = substringConditions('n.body', text, params).join(' AND ');
    const from = `FROM notes n JOIN prospects p ON p.id = n.prospect_id JOIN accounts a ON a.id = p.account_id WHERE ${where}`;
    const total = Number(this.db.prepare(`SELECT count(*) ${from}`).pluck().get(params));
    const rows = this.db
      .prepare<
        [Record<string, unknown>],
        {
          id: number;
          body: string;
          updatedAt: string;
          accountId: number;
          network: string;
          handle: string | null;
          name: string | null;
        }
      >(
        `SELECT n.id, n.body, n.updated_at AS updatedAt, a.id AS accountId, a.network, a.handle, a.name ${from}
         ORDER BY n.updated_at DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit, offset });
    return {
      total,
      hits: rows.map((row) => ({
        scope: 'notes',
        id: row.id,
        snippet: markedSnippet(row.body, text),
        author: { id: row.accountId, network: row.network as 'x', handle: row.handle, name: row.name },
        createdAt: row.updatedAt,
        kind: null,
      })),
      tookMs: Math.round(performance.now() - started),
    };
  }
}
