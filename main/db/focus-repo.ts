import type { Background, FocusLike, FocusPost } from '../analysis/focus';
import type { Db } from './sqlite';

/** What an account talks about, as the simplest counts: its most used hashtags and linked sites. */
export class FocusRepo {
  constructor(private readonly db: Db) {}

  topTags(accountId: number, limit: number): { tag: string; count: number }[] {
    return this.db
      .prepare<[number, number], { tag: string; count: number }>(
        `SELECT t.tag, count(*) AS count FROM posts p JOIN post_tags t ON t.post_id = p.id
         WHERE p.author_id = ? GROUP BY t.tag COLLATE NOCASE ORDER BY count DESC, t.tag LIMIT ?`,
      )
      .all(accountId, limit);
  }

  topDomains(accountId: number, limit: number): { domain: string; count: number }[] {
    return this.db
      .prepare<[number, number], { domain: string; count: number }>(
        `SELECT l.domain, count(*) AS count FROM posts p JOIN post_links l ON l.post_id = p.id
         WHERE p.author_id = ? AND l.domain NOT IN ('twitter.com', 'x.com', 't.co')
         GROUP BY l.domain ORDER BY count DESC, l.domain LIMIT ?`,
      )
      .all(accountId, limit);
  }

  /** An account's own posts with their tags, linked sites and mentioned handles. */
  postsOf(accountId: number): FocusPost[] {
    const rows = this.db
      .prepare<
        [number],
        {
          id: number;
          text: string;
          createdAt: string | null;
          kind: FocusPost['kind'];
          tags: string | null;
          domains: string | null;
          mentions: string | null;
        }
      >(
        `SELECT p.id, p.text, p.created_at AS createdAt, p.kind,
           (SELECT group_concat(tag, char(31)) FROM post_tags WHERE post_id = p.id) AS tags,
           (SELECT group_concat(domain, char(31)) FROM post_links WHERE post_id = p.id) AS domains,
           (SELECT group_concat(a.handle, char(31)) FROM post_mentions m JOIN accounts a ON a.id = m.account_id
             WHERE m.post_id = p.id AND a.handle IS NOT NULL) AS mentions
         FROM posts p WHERE p.author_id = ? ORDER BY p.created_at`,
      )
      .all(accountId);
    const split = (value: string | null) => (value ? value.split('\u001f') : []);
    return rows.map((row) => ({
      ...row,
      tags: split(row.tags),
      domains: split(row.domains),
      mentions: split(row.mentions),
    }));
  }

  /** Posts the account liked, with their time when known. */
  likesOf(accountId: number): FocusLike[] {
    return this.db
      .prepare<[number], FocusLike>(
        `SELECT p.id AS postId, p.text, coalesce(l.liked_at, p.created_at) AS createdAt
         FROM likes l JOIN posts p ON p.id = l.post_id WHERE l.account_id = ? AND p.text != ''`,
      )
      .all(accountId);
  }

  /**
   * Term frequencies across every post in the workspace, from the full-text index. Each word is
   * looked up once: scoring phrases asks for the same words over and over (hundreds of thousands
   * of times for a prolific account).
   */
  background(): Background {
    const documents = Number(this.db.prepare('SELECT count(*) FROM posts').pluck().get());
    const lookup = this.db.prepare<[string], number>('SELECT doc FROM posts_vocab WHERE term = ?').pluck();
    const known = new Map<string, number>();
    const frequency = (term: string) => {
      let count = known.get(term);
      if (count === undefined) {
        count = lookup.get(term) ?? 0;
        known.set(term, count);
      }
      return count;
    };
    return { documents, frequency };
  }

  /** The user's own name, from the person marked "me". */
  senderName(): string | undefined {
    return this.db
      .prepare<[], string>("SELECT display_name FROM people WHERE relationship = 'me' ORDER BY id LIMIT 1")
      .pluck()
      .get();
  }
}
