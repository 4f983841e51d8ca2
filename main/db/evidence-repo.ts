import type { EvidenceSource } from '../analysis/evidence-graph';
import type { Interaction, InteractionKind } from '../analysis/tie-strength';
import type { Db } from './sqlite';

type Row = { partner: number; at: string | null; kind?: string };

/** Follows and interactions as the tie formula needs them, straight from the workspace. */
export class EvidenceRepo implements EvidenceSource {
  private readonly followeesStmt;
  private readonly followersStmt;
  private readonly followsStmt;
  private readonly interactionQueries: {
    kind: InteractionKind | 'by-row';
    from: 'a' | 'b';
    stmt: ReturnType<Db['prepare']>;
  }[];

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
    const q = (sql: string) => db.prepare(sql);
    this.interactionQueries = [
      {
        kind: 'reply',
        from: 'a',
        stmt: q(
          'SELECT reply_to_account_id AS partner, created_at AS at FROM posts WHERE author_id = ? AND reply_to_account_id IS NOT NULL',
        ),
      },
      {
        kind: 'reply',
        from: 'b',
        stmt: q(
          'SELECT author_id AS partner, created_at AS at FROM posts WHERE reply_to_account_id = ? AND author_id IS NOT NULL',
        ),
      },
      {
        kind: 'mention',
        from: 'a',
        stmt: q(
          'SELECT m.account_id AS partner, p.created_at AS at FROM posts p JOIN post_mentions m ON m.post_id = p.id WHERE p.author_id = ?',
        ),
      },
      {
        kind: 'mention',
        from: 'b',
        stmt: q(
          'SELECT p.author_id AS partner, p.created_at AS at FROM post_mentions m JOIN posts p ON p.id = m.post_id WHERE m.account_id = ? AND p.author_id IS NOT NULL',
        ),
      },
      {
        kind: 'like',
        from: 'a',
        stmt: q(
          'SELECT p.author_id AS partner, coalesce(l.liked_at, p.created_at) AS at FROM likes l JOIN posts p ON p.id = l.post_id WHERE l.account_id = ? AND p.author_id IS NOT NULL',
        ),
      },
      {
        kind: 'like',
        from: 'b',
        stmt: q(
          'SELECT l.account_id AS partner, coalesce(l.liked_at, p.created_at) AS at FROM posts p JOIN likes l ON l.post_id = p.id WHERE p.author_id = ?',
        ),
      },
      {
        kind: 'by-row',
        from: 'a',
        stmt: q(
          `SELECT q.author_id AS partner, p.created_at AS at, p.kind FROM posts p JOIN posts q ON q.network = p.network AND q.external_id = p.referenced_post WHERE p.author_id = ? AND p.kind IN ('quote', 'repost') AND q.author_id IS NOT NULL`,
        ),
      },
      {
        kind: 'by-row',
        from: 'b',
        stmt: q(
          `SELECT p.author_id AS partner, p.created_at AS at, p.kind FROM posts q CROSS JOIN posts p ON p.network = q.network AND p.referenced_post = q.external_id WHERE q.author_id = ? AND p.referenced_post IS NOT NULL AND p.kind IN ('quote', 'repost') AND p.author_id IS NOT NULL`,
        ),
      },
    ];
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
    for (const { kind, from, stmt } of this.interactionQueries) {
      for (const row of stmt.all(account) as Row[]) {
        if (row.partner === account) continue;
        const list = byPartner.get(row.partner) ?? [];
        list.push({
          kind: kind === 'by-row' ? (row.kind as InteractionKind) : kind,
          from,
          ...(row.at ? { at: row.at } : {}),
        });
        byPartner.set(row.partner, list);
      }
    }
    return byPartner;
  }
}
