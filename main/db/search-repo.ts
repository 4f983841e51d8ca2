import type { SearchHit, SearchResultDto } from '../../common/dto';
import { postUrl } from '../../common/source-links';
import type { SearchQuery } from '../analysis/search-query';
import type { Db } from './sqlite';
import { MARK_END, MARK_START } from '../../common/search-marks';
import { markedSnippet, substringConditions } from './substring-search';

/**
 * Relevance ranking looks at most this many matches (the most recently imported) when a query
 * matches more, and the result says so (`rankedAmong`). BM25 costs about a microsecond per ranked
 * post, plus a `posts` lookup each with filters: ranking all 150,000 posts of a common word takes
 * a quarter of a second, its newest 5,000 about 8 ms (docs/benchmarks.md, "Full-text search").
 */
export const RANK_WINDOW = 5_000;

/** Date order walks posts newest first when a query matches at least this share of them... */
const WALK_MIN_SHARE = 0.1;
/** ...and gives up (sorting the matches instead) after this many posts asked of the index. */
const WALK_MAX_PROBES = 2_000;
const WALK_CHUNK = 256;

/** Queries with words and filters are counted up to this many matches ("10,000+ posts"). */
export const COUNT_CAP = 10_000;

interface PostRow {
  id: number;
  createdAt: string | null;
  kind: string;
  authorId: number | null;
  network: string | null;
  handle: string | null;
  name: string | null;
  postNetwork: string;
  externalId: string;
  snippet: string;
}

interface PostFilter {
  /** Conditions on `posts p`, joined with AND. */
  where: string[];
  params: Record<string, unknown>;
}

const SNIPPET = `snippet(posts_fts, 0, '${MARK_START}', '${MARK_END}', '…', 24)`;

/** The filters of a parsed query (and "posts after this id") as SQL conditions on `posts p`. */
function postFilter(query: SearchQuery, afterPostId: number): PostFilter {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (afterPostId > 0) {
    where.push('p.id > @after');
    params.after = afterPostId;
  }
  query.from.forEach((handle, i) => {
    where.push(`p.author_id IN (SELECT id FROM accounts WHERE handle = @from${i} COLLATE NOCASE)`);
    params[`from${i}`] = handle;
  });
  query.to.forEach((handles, i) => {
    const named = `SELECT id FROM accounts WHERE handle COLLATE NOCASE IN (SELECT value FROM json_each(@to${i}))`;
    // Posts with no mention data (an X archive's likes keep the text only) still say "@handle":
    // the index finds the word, LIKE keeps the posts where it follows an @.
    const written = handles.map((handle, j) => {
      params[`to${i}w${j}`] = `"${handle.replace(/"/g, '""')}"`;
      params[`to${i}at${j}`] = `%@${handle.replace(/[\\%_]/g, '\\$&')}%`;
      return `(p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH @to${i}w${j}) AND p.text LIKE @to${i}at${j} ESCAPE '\\')`;
    });
    where.push(
      `(p.reply_to_account_id IN (${named})
        OR p.id IN (SELECT m.post_id FROM post_mentions m WHERE m.account_id IN (${named}))
        OR ${written.join(' OR ')})`,
    );
    params[`to${i}`] = JSON.stringify(handles);
  });
  query.followersOf.forEach((handle, i) => {
    where.push(
      `p.author_id IN (SELECT f.follower_id FROM follows f JOIN accounts a ON a.id = f.followee_id
        WHERE a.handle = @followers${i} COLLATE NOCASE)`,
    );
    params[`followers${i}`] = handle;
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
  if (query.text) where.push(...substringConditions('p.text', query.text, params));
  return { where, params };
}

/**
 * The posts matching `@match` and the filters, as `posts_fts f` (joined with `posts p` when there
 * are filters: without them the full-text index answers alone, four times faster).
 */
function matching(where: string[]): string {
  return where.length
    ? `posts_fts f JOIN posts p ON p.id = f.rowid WHERE ${['posts_fts MATCH @match', ...where].join(' AND ')}`
    : 'posts_fts f WHERE posts_fts MATCH @match';
}

/** Runs parsed searches with FTS5: posts with filters, and bios and names of accounts. */
export class SearchRepo {
  constructor(
    private readonly db: Db,
    private readonly rankWindow = RANK_WINDOW,
    private readonly countCap = COUNT_CAP,
  ) {}

  /**
   * One page of posts. The page's ids are chosen first (from the full-text index alone, joined
   * with posts only for filters or date order); snippets and authors are read for those 50 only.
   */
  posts(query: SearchQuery, order: 'relevance' | 'date', offset: number, limit: number): SearchResultDto {
    const started = performance.now();
    const { total, atLeast } = this.pageTotal(query);
    const { where, params } = postFilter(query, 0);
    const page: Record<string, unknown> = { ...params, offset, limit };
    if (!query.match) {
      // Filters alone, or CJK words found as substrings: newest first, the found words marked.
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const text = query.text ? 'p.text' : 'substr(p.text, 1, 240)';
      const rows = this.db
        .prepare(
          `SELECT p.id, p.created_at AS createdAt, p.kind, p.author_id AS authorId, a.network, a.handle, a.name,
             p.network AS postNetwork, p.external_id AS externalId, ${text} AS snippet
           FROM posts p LEFT JOIN accounts a ON a.id = p.author_id ${filter}
           ORDER BY p.created_at DESC NULLS LAST, p.id LIMIT @limit OFFSET @offset`,
        )
        .all(page) as PostRow[];
      const found = query.text;
      if (found) for (const row of rows) row.snippet = markedSnippet(row.snippet, found, 240);
      return this.result(total, rows, started, undefined, atLeast);
    }
    page.match = query.match;
    let ids: number[];
    let rankedAmong: number | undefined;
    if (order === 'date') {
      ids =
        this.newestMatches(query.match, where, params, atLeast ? Infinity : total, offset, limit) ??
        (this.db
          .prepare(
            `SELECT p.id FROM posts_fts f JOIN posts p ON p.id = f.rowid
             WHERE ${['posts_fts MATCH @match', ...where].join(' AND ')}
             ORDER BY p.created_at DESC NULLS LAST, p.id DESC LIMIT @limit OFFSET @offset`,
          )
          .pluck()
          .all(page) as number[]);
    } else {
      // Ranked among the most recently imported matches only: the index yields them newest first
      // and stops after the window, and only those are scored (a query with fewer matches than
      // the window is ranked whole).
      if (total > this.rankWindow) rankedAmong = this.rankWindow;
      ids = this.db
        .prepare(
          `SELECT id FROM (SELECT f.rowid AS id, f.rank AS rank FROM ${matching(where)}
                           ORDER BY f.rowid DESC LIMIT ${this.rankWindow})
           ORDER BY rank, id LIMIT @limit OFFSET @offset`,
        )
        .pluck()
        .all(page) as number[];
    }
    // A windowed page's ids lie among the newest matches: one pass over their range of the index
    // is cheaper than a lookup per post (1.2 ms instead of 2.5 ms for 50 posts of a common word).
    return this.result(
      total,
      this.pageRows(ids, query.match, rankedAmong !== undefined),
      started,
      rankedAmong,
      atLeast,
    );
  }

  /**
   * The total a results page shows. Words with filters are counted up to COUNT_CAP only: each
   * match then costs a posts lookup (38 of 57 ms for `a OR b -c since:…` at 56,000 matches), and
   * "10,000+ posts" tells the user as much as the exact figure.
   */
  private pageTotal(query: SearchQuery): { total: number; atLeast: boolean } {
    const { where, params } = postFilter(query, 0);
    if ((!query.match && !query.text) || where.length === 0)
      return { total: this.countPosts(query), atLeast: false };
    // CJK substrings are filters on every post: they are counted up to the cap too.
    const from = query.match ? matching(where) : `posts p WHERE ${where.join(' AND ')}`;
    const counted = Number(
      this.db
        .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${from} LIMIT ${this.countCap + 1})`)
        .pluck()
        .get(query.match ? { ...params, match: query.match } : params),
    );
    return counted > this.countCap
      ? { total: this.countCap, atLeast: true }
      : { total: counted, atLeast: false };
  }

  /**
   * The newest matches, for a query that matches a good share of all posts: posts are walked
   * newest first on posts_by_time and each is asked of the full-text index, which stops after
   * the page instead of sorting every match by date (a common word matches 150,000 posts). Null
   * when the walk would be long (a rarer query, a deep page, a long prefix the index re-expands
   * at every probe, undated posts reached): sorting the matches is cheaper then.
   */
  private newestMatches(
    match: string,
    where: string[],
    params: Record<string, unknown>,
    /** The number of matches, Infinity when they were counted only up to a cap. */
    total: number,
    offset: number,
    limit: number,
  ): number[] | null {
    const posts = Number(this.db.prepare('SELECT coalesce(max(id), 0) FROM posts').pluck().get());
    const share = posts > 0 ? Math.min(1, total / posts) : 0;
    if (share < WALK_MIN_SHARE || (offset + limit) / share > WALK_MAX_PROBES) return null;
    if ([...match.matchAll(/"([^"]*)"\s*\*/g)].some((m) => [...m[1]!].length > 3)) return null;
    const probe = this.db
      .prepare<{ match: string; id: number }, number>(
        'SELECT 1 FROM posts_fts WHERE posts_fts MATCH @match AND rowid = CAST(@id AS INTEGER)',
      )
      .pluck();
    const filter = where.length ? `AND ${where.join(' AND ')}` : '';
    const first = this.db
      .prepare(
        `SELECT p.id, p.created_at AS at FROM posts p INDEXED BY posts_by_time
         WHERE p.created_at IS NOT NULL ${filter} ORDER BY p.created_at DESC, p.id DESC LIMIT ${WALK_CHUNK}`,
      )
      .raw();
    const next = this.db
      .prepare(
        `SELECT p.id, p.created_at AS at FROM posts p INDEXED BY posts_by_time
         WHERE p.created_at IS NOT NULL AND (p.created_at, p.id) < (@at, @id) ${filter}
         ORDER BY p.created_at DESC, p.id DESC LIMIT ${WALK_CHUNK}`,
      )
      .raw();
    const found: number[] = [];
    let probes = 0;
    let chunk = first.all(params) as [number, string][];
    while (chunk.length) {
      for (const [id] of chunk) {
        if ((probes += 1) > WALK_MAX_PROBES) return null;
        if (probe.get({ match, id }) === undefined) continue;
        found.push(id);
        if (found.length >= offset + limit) return found.slice(offset);
      }
      const [id, at] = chunk[chunk.length - 1]!;
      chunk = next.all({ ...params, id, at }) as [number, string][];
    }
    // Past the dated posts: the undated ones come last, and sorting handles them.
    return found.length < total ? null : found.slice(offset);
  }

  /** How many posts a query matches (saved searches show this), without ranking or reading any. */
  countPosts(query: SearchQuery, afterPostId = 0): number {
    const { where, params } = postFilter(query, afterPostId);
    if (query.match) {
      return Number(
        this.db
          .prepare(`SELECT count(*) FROM ${matching(where)}`)
          .pluck()
          .get({ ...params, match: query.match }),
      );
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return Number(this.db.prepare(`SELECT count(*) FROM posts p ${filter}`).pluck().get(params));
  }

  /**
   * The page's posts in the given order, each with its author and its snippet for `match`,
   * made in one pass over the ids' range of the index when `nearby`, else one lookup per post.
   */
  private pageRows(ids: number[], match: string, nearby: boolean): PostRow[] {
    if (ids.length === 0) return [];
    const details = new Map(
      (
        this.db
          .prepare(
            `SELECT p.id, p.created_at AS createdAt, p.kind, p.author_id AS authorId, a.network, a.handle, a.name,
             p.network AS postNetwork, p.external_id AS externalId
             FROM posts p LEFT JOIN accounts a ON a.id = p.author_id
             WHERE p.id IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(ids)) as Omit<PostRow, 'snippet'>[]
      ).map((row) => [row.id, row]),
    );
    const snippets = new Map<number, string>();
    // Ids are bound through CAST: better-sqlite3 binds every JS number as a REAL, and FTS5 ignores
    // a rowid bound that is not an INTEGER (with MATCH, `rowid = 5.0` yields every match and a
    // REAL range is not used to seek).
    if (nearby || match.includes('*')) {
      // A prefix expands to every word it starts, and FTS5 does that once per statement it
      // runs, so prefixes always take the one pass; snippets are made for the page's posts only.
      const rows = this.db
        .prepare(
          `SELECT rowid AS id, ${SNIPPET} AS snippet FROM posts_fts
           WHERE posts_fts MATCH @match AND rowid BETWEEN CAST(@low AS INTEGER) AND CAST(@high AS INTEGER)
             AND +rowid IN (SELECT value FROM json_each(@ids))`,
        )
        .all({
          match,
          low: Math.min(...ids),
          high: Math.max(...ids),
          ids: JSON.stringify(ids),
        }) as { id: number; snippet: string }[];
      for (const row of rows) snippets.set(row.id, row.snippet);
    } else {
      const snippet = this.db
        .prepare(`SELECT ${SNIPPET} FROM posts_fts WHERE posts_fts MATCH ? AND rowid = CAST(? AS INTEGER)`)
        .pluck();
      for (const id of ids) snippets.set(id, String(snippet.get(match, id) ?? ''));
    }
    return ids.flatMap((id) => {
      const row = details.get(id);
      return row ? [{ ...row, snippet: snippets.get(id) ?? '' }] : [];
    });
  }

  private result(
    total: number,
    rows: PostRow[],
    started: number,
    rankedAmong?: number,
    atLeast = false,
  ): SearchResultDto {
    const hits = rows.map((row): SearchHit => ({
      scope: 'posts',
      id: row.id,
      snippet: row.snippet,
      createdAt: row.createdAt,
      kind: row.kind,
      sourceUrl: postUrl({ network: row.postNetwork, externalId: row.externalId, authorHandle: row.handle }),
      author:
        row.authorId === null
          ? null
          : { id: row.authorId, network: row.network as 'x', handle: row.handle, name: row.name },
    }));
    return {
      total,
      hits,
      tookMs: Math.round(performance.now() - started),
      ...(rankedAmong ? { rankedAmong } : {}),
      ...(atLeast ? { totalIsAtLeast: true } : {}),
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
