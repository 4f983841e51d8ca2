import type { NetworkName } from '../../common/dto';
import type { Db } from './sqlite';

export interface GraphAccount {
  id: number;
  network: NetworkName;
  handle: string | null;
  name: string | null;
  bio: string | null;
  reach: number | null;
}

const columns = 'a.id, a.network, a.handle, a.name, a.bio, a.followers_count AS reach';

/** Reads a prospect's neighbourhood for the graph view: ranked followers, followees, edges. */
export class GraphRepo {
  constructor(private readonly db: Db) {}

  accounts(ids: number[]): GraphAccount[] {
    const stmt = this.db.prepare<[number], GraphAccount>(`SELECT ${columns} FROM accounts a WHERE a.id = ?`);
    return ids.map((id) => stmt.get(id)).filter((a): a is GraphAccount => a !== undefined);
  }

  /** Accounts that follow the prospect and that it follows back, widest reach first. */
  mutuals(prospect: number, limit: number): GraphAccount[] {
    return this.db
      .prepare<[number, number, number], GraphAccount>(
        `SELECT ${columns} FROM follows f JOIN accounts a ON a.id = f.follower_id
         WHERE f.followee_id = ? AND EXISTS (SELECT 1 FROM follows g WHERE g.follower_id = ? AND g.followee_id = f.follower_id)
         ORDER BY a.followers_count DESC NULLS LAST, a.id LIMIT ?`,
      )
      .all(prospect, prospect, limit);
  }

  followers(prospect: number, limit: number): GraphAccount[] {
    return this.db
      .prepare<[number, number], GraphAccount>(
        `SELECT ${columns} FROM follows f JOIN accounts a ON a.id = f.follower_id
         WHERE f.followee_id = ? ORDER BY a.followers_count DESC NULLS LAST, a.id LIMIT ?`,
      )
      .all(prospect, limit);
  }

  followees(prospect: number, limit: number): GraphAccount[] {
    return this.db
      .prepare<[number, number], GraphAccount>(
        `SELECT ${columns} FROM follows f JOIN accounts a ON a.id = f.followee_id
         WHERE f.follower_id = ? ORDER BY a.followers_count DESC NULLS LAST, a.id LIMIT ?`,
      )
      .all(prospect, limit);
  }

  counts(prospect: number): { followers: number; followees: number } {
    return this.db
      .prepare<[number, number], { followers: number; followees: number }>(
        `SELECT (SELECT count(*) FROM follows WHERE followee_id = ?) AS followers,
                (SELECT count(*) FROM follows WHERE follower_id = ?) AS followees`,
      )
      .get(prospect, prospect)!;
  }

  /** Follow edges whose both ends are among `ids`. */
  edgesAmong(ids: number[]): { follower: number; followee: number }[] {
    const run = this.db.transaction(() => {
      this.db.exec(
        'CREATE TEMP TABLE IF NOT EXISTS graph_nodes(id INTEGER PRIMARY KEY); DELETE FROM temp.graph_nodes;',
      );
      const insert = this.db.prepare<[number]>('INSERT OR IGNORE INTO temp.graph_nodes(id) VALUES (?)');
      for (const id of ids) insert.run(id);
      return this.db
        .prepare<[], { follower: number; followee: number }>(
          `SELECT f.follower_id AS follower, f.followee_id AS followee
           FROM temp.graph_nodes n JOIN follows f ON f.follower_id = n.id
           WHERE f.followee_id IN (SELECT id FROM temp.graph_nodes)`,
        )
        .all();
    });
    return run();
  }
}
