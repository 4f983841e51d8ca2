import type { Db } from './sqlite';

export interface SavedSearchRow {
  id: number;
  name: string;
  query: string;
  createdAt: string;
  lastViewedAt: string | null;
  lastSeenPostId: number;
}

export class SavedSearchesRepo {
  constructor(private readonly db: Db) {}

  list(): SavedSearchRow[] {
    return this.db
      .prepare<[], SavedSearchRow>(
        `SELECT id, name, query, created_at AS createdAt, last_viewed_at AS lastViewedAt, last_seen_post_id AS lastSeenPostId
         FROM saved_searches ORDER BY name COLLATE NOCASE`,
      )
      .all();
  }

  save(name: string, query: string): number {
    const maxPost = Number(this.db.prepare('SELECT coalesce(max(id), 0) FROM posts').pluck().get());
    return Number(
      this.db
        .prepare(
          'INSERT INTO saved_searches(name, query, created_at, last_viewed_at, last_seen_post_id) VALUES (?, ?, ?, ?, ?) RETURNING id',
        )
        .pluck()
        .get(name, query, new Date().toISOString(), new Date().toISOString(), maxPost),
    );
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id);
  }

  markViewed(id: number): void {
    const maxPost = Number(this.db.prepare('SELECT coalesce(max(id), 0) FROM posts').pluck().get());
    this.db
      .prepare('UPDATE saved_searches SET last_viewed_at = ?, last_seen_post_id = ? WHERE id = ?')
      .run(new Date().toISOString(), maxPost, id);
  }
}
