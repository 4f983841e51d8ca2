import type { EvidenceSource } from '../analysis/evidence-graph';
import type { Interaction, InteractionKind } from '../analysis/tie-strength';
import type { Db } from './sqlite';

type Row = { partner: number; at: string | null; kind: InteractionKind; mine: 0 | 1 };

/**
 * Every interaction involving one account, in one statement: `mine` is 1 when the account acted.
 * Each branch walks an index from the account (author, reply target, mention, like, quoted post).
 */
const INTERACTIONS = `
  SELECT reply_to_account_id AS partner, created_at AS at, 'reply' AS kind, 1 AS mine
    FROM posts WHERE author_id = @id AND reply_to_account_id IS NOT NULL
  UNION ALL
  SELECT author_id, created_at, 'reply', 0
    FROM posts WHERE reply_to_account_id = @id AND author_id IS NOT NULL
  UNION ALL
  SELECT m.account_id, p.created_at, 'mention', 1
    FROM posts p JOIN post_mentions m ON m.post_id = p.id WHERE p.author_id = @id
  UNION ALL
  SELECT p.author_id, p.created_at, 'mention', 0
    FROM post_mentions m JOIN posts p ON p.id = m.post_id WHERE m.account_id = @id AND p.author_id IS NOT NULL
  UNION ALL
  SELECT p.author_id, coalesce(l.liked_at, p.created_at), 'like', 1
    FROM likes l JOIN posts p ON p.id = l.post_id WHERE l.account_id = @id AND p.author_id IS NOT NULL
  UNION ALL
  SELECT l.account_id, coalesce(l.liked_at, p.created_at), 'like', 0
    FROM posts p JOIN likes l ON l.post_id = p.id WHERE p.author_id = @id
  UNION ALL
  SELECT q.author_id, p.created_at, p.kind, 1
    FROM posts p JOIN posts q ON q.network = p.network AND q.external_id = p.referenced_post
    WHERE p.author_id = @id AND p.kind IN ('quote', 'repost') AND q.author_id IS NOT NULL
  UNION ALL
  SELECT p.author_id, p.created_at, p.kind, 0
    FROM posts q CROSS JOIN posts p ON p.network = q.network AND p.referenced_post = q.external_id
    WHERE q.author_id = @id AND p.referenced_post IS NOT NULL AND p.kind IN ('quote', 'repost') AND p.author_id IS NOT NULL`;

/** Follows and interactions as the tie formula needs them, straight from the workspace. */
export class EvidenceRepo implements EvidenceSource {
  private readonly followeesStmt;
  private readonly followersStmt;
  private readonly followsStmt;
  private readonly interactionsStmt;

  constructor(db: Db) {
    this.followeesStmt = db
      .prepare<[number], number>('SELECT followee_id FROM follows WHERE follower_id = ?')
      .pluck();
    this.followersStmt = db
      .prepare<[number], number>('SELECT follower_id FROM follows WHERE followee_id = ?')
      .pluck();
    this.followsStmt = db.prepare<[number, number]>(
      'SELECT 1 FROM follows WHERE follower_id = ? AND followee_id = ?',
    );
    this.interactionsStmt = db.prepare<[{ id: number }], Row>(INTERACTIONS);
  }

  followees(account: number): number[] {
    return this.followeesStmt.all(account);
  }

  followers(account: number): number[] {
    return this.followersStmt.all(account);
  }

  follows(follower: number, followee: number): boolean {
    return this.followsStmt.get(follower, followee) !== undefined;
  }

  interactionsOf(account: number): Map<number, Interaction[]> {
    const byPartner = new Map<number, Interaction[]>();
    for (const row of this.interactionsStmt.all({ id: account })) {
      if (row.partner === account) continue;
      const list = byPartner.get(row.partner) ?? [];
      list.push({ kind: row.kind, from: row.mine ? 'a' : 'b', ...(row.at ? { at: row.at } : {}) });
      byPartner.set(row.partner, list);
    }
    return byPartner;
  }
}
