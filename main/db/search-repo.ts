import type { SearchHit, SearchResultDto } from '../../common/dto';
import type { SearchQuery } from '../analysis/search-query';
import type { Db } from './sqlite';

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Relevance ranking looks at most this many matches (the newest imported) for very common words. */
export const RANK_WINDOW = 20_000;

interface PostRow {
  id: number;
  snippet: string;
  created_at: string | null;
  kind: string;
  author_id: number | null;
  network: string | null;
  handle: string | null;
  name: string | null;
}

/** Runs parsed searches with FTS5: posts with filters, and bios and names of accounts. */
export class SearchRepo {
  constructor(
    private readonly db: Db,
    private readonly rankWindow = RANK_WINDOW,
  ) {}

  posts(
    query: SearchQuery,
    order: 'relevance' | 'date',
    offset: number,
    limit: number,
    afterPostId = 0,
  ): SearchResultDto {
    const started = performance.now();
    const where: string[] = [];
    const params: Record<string, unknown> = { offset, limit };
    if (afterPostId > 0) {
      where.push('p.id > @after');
      params.after = afterPostId;
    }
    if (query.match) params.match = query.match;
    query.from.forEach((handle, i) => {
      where.push(`p.author_id IN (SELECT id FROM accounts WHERE handle = @from${i} COLLATE NOCASE)`);
      params[`from${i}`] = handle;
    });
    query.to.forEach((handle, i) => {
      where.push(
        `(p.reply_to_account_id IN (SELECT id FROM accounts WHERE handle = @to${i} COLLATE NOCASE)
          OR p.id IN (SELECT m.post_id FROM post_mentions m JOIN accounts a ON a.id = m.account_id WHERE a.handle = @to${i} COLLATE NOCASE))`,
      );
      params[`to${i}`] = handle;
    });
    query.tags.forEach((tag, i) => {
      where.push(`p.id IN (SELECT post_id FROM post_tags WHERE tag = @tag${i})`);
      params[`tag${i}`] = tag;
    });
    if (query.since) {
      where.push('p.created_at >= @since');
      params.since = `${query.since}T00:00:00.000Z`;
    }
    if (query.until) {
      where.push('p.created_at < @until');
      params.until = new Date(Date.parse(`${query.until}T00:00:00.000Z`) + 86_400_000).toISOString();
    }
    if (query.hasLink) where.push('EXISTS (SELECT 1 FROM post_links l WHERE l.post_id = p.id)');
    const conditions = query.match ? ['posts_fts MATCH @match', ...where] : where;
    const filter = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const from = query.match ? 'posts_fts f JOIN posts p ON p.id = f.rowid' : 'posts p';
    // Without filters the full-text index counts alone, four times faster than through the join.
    const total = Number(
      query.match && where.length === 0
        ? this.db.prepare('SELECT count(*) FROM posts_fts WHERE posts_fts MATCH @match').pluck().get(params)
        : this.db.prepare(`SELECT count(*) FROM ${from} ${filter}`).pluck().get(params),
    );
    let rows: PostRow[];
    let rankedAmong: number | undefined;
    const select = `p.id, p.created_at, p.kind, p.author_id, a.network, a.handle, a.name`;
    if (query.match && order === 'relevance' && where.length === 0 && total > this.rankWindow) {
      // BM25 over 150,000 matches takes a quarter of a second; a word that common is ranked among
      // the most recently imported RANK_WINDOW matches, and the result says so.
      rankedAmong = this.rankWindow;
      rows = this.db
        .prepare(
          `SELECT ${select}, snippet(posts_fts, 0, '${MARK_START}', '${MARK_END}', '…', 24) AS snippet
           FROM (SELECT rowid AS id, rank FROM posts_fts WHERE posts_fts MATCH @match ORDER BY rowid DESC LIMIT ${this.rankWindow}) w
           JOIN posts_fts f ON f.rowid = w.id AND posts_fts MATCH @match
           JOIN posts p ON p.id = w.id LEFT JOIN accounts a ON a.id = p.author_id
           ORDER BY w.rank, p.id LIMIT @limit OFFSET @offset`,
        )
        .all(params) as PostRow[];
    } else if (query.match) {
      const rank = order === 'date' ? 'p.created_at DESC NULLS LAST' : 'f.rank';
      rows = this.db
        .prepare(
          `SELECT ${select}, snippet(posts_fts, 0, '${MARK_START}', '${MARK_END}', '…', 24) AS snippet
           FROM ${from} LEFT JOIN accounts a ON a.id = p.author_id ${filter}
           ORDER BY ${rank}, p.id LIMIT @limit OFFSET @offset`,
        )
        .all(params) as PostRow[];
    } else {
      rows = this.db
        .prepare(
          `SELECT ${select}, substr(p.text, 1, 240) AS snippet
           FROM posts p LEFT JOIN accounts a ON a.id = p.author_id ${filter}
           ORDER BY p.created_at DESC NULLS LAST, p.id LIMIT @limit OFFSET @offset`,
        )
        .all(params) as PostRow[];
    }
    const hits = rows.map((row): SearchHit => ({
      scope: 'posts',
      id: row.id,
      snippet: row.snippet,
      createdAt: row.created_at,
      kind: row.kind,
      author:
        row.author_id === null
          ? null
          : { id: row.author_id, network: row.network as 'x', handle: row.handle, name: row.name },
    }));
    return {
      total,
      hits,
      tookMs: Math.round(performance.now() - started),
      ...(rankedAmong ? { rankedAmong } : {}),
    };
  }

  accounts(match: string, offset: number, limit: number): SearchResultDto {
    const started = performance.now();
    const total = Number(
      this.db.prepare('SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH ?').pluck().get(match),
    );
    const rows = this.db
      .prepare<
        [string, number, number],
        { id: number; network: string; handle: string | null; name: string | null; snippet: string }
      >(
        `SELECT a.id, a.network, a.handle, a.name,
                snippet(accounts_fts, 2, '${MARK_START}', '${MARK_END}', '…', 24) AS snippet
         FROM accounts_fts f JOIN accounts a ON a.id = f.rowid
         WHERE accounts_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`,
      )
      .all(match, limit, offset);
    return {
      total,
      hits: rows.map((row) => ({
        scope: 'accounts',
        id: row.id,
        snippet: row.snippet || [row.name, row.handle && `@${row.handle}`].filter(Boolean).join(' '),
        author: { id: row.id, network: row.network as 'x', handle: row.handle, name: row.name },
        createdAt: null,
        kind: null,
      })),
      tookMs: Math.round(performance.now() - started),
    };
  }

  /** The user's notes: the prospect each belongs to is the hit's author. */
  notes(match: string, offset: number, limit: number): SearchResultDto {
    const started = performance.now();
    const total = Number(
      this.db.prepare('SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?').pluck().get(match),
    );
    const rows = this.db
      .prepare<
        [string, number, number],
        {
          id: number;
          updatedAt: string;
          accountId: number;
          network: string;
          handle: string | null;
          name: string | null;
          snippet: string;
        }
      >(
        `SELECT n.id, n.updated_at AS updatedAt, a.id AS accountId, a.network, a.handle, a.name,
                snippet(notes_fts, 0, '${MARK_START}', '${MARK_END}', '…', 24) AS snippet
         FROM notes_fts f JOIN notes n ON n.id = f.rowid JOIN prospects p ON p.id = n.prospect_id
         JOIN accounts a ON a.id = p.account_id
         WHERE notes_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`,
      )
      .all(match, limit, offset);
    return {
      total,
      hits: rows.map((row) => ({
        scope: 'notes',
        id: row.id,
        snippet: row.snippet,
        author: { id: row.accountId, network: row.network as 'x', handle: row.handle, name: row.name },
        createdAt: row.updatedAt,
        kind: null,
      })),
      tookMs: Math.round(performance.now() - started),
    };
  }
}
