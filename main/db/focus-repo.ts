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

  /** The user's own name, from the person marked "me". */
  senderName(): string | undefined {
    return this.db
      .prepare<[], string>("SELECT display_name FROM people WHERE relationship = 'me' ORDER BY id LIMIT 1")
      .pluck()
      .get();
  }
}
