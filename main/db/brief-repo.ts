import type { NetworkName, Relationship } from '../../common/dto';
import type { Db } from './sqlite';

/** An account the user chose to hide in the brief, with what would name it. */
export interface RedactedAccount {
  id: number;
  handle: string | null;
  name: string | null;
}

export interface RedactedPerson {
  id: number;
  name: string;
  /** The accounts linked to the person: anonymised with them. */
  accounts: RedactedAccount[];
}

export interface ProspectProfile {
  id: number;
  network: NetworkName;
  externalId: string;
  handle: string | null;
  name: string | null;
  bio: string | null;
  location: string | null;
  url: string | null;
  followersCount: number | null;
  followingCount: number | null;
  postsCount: number | null;
  createdAt: string | null;
  profileSeenAt: string | null;
  /** The user's own person this account is, when linked. */
  personName: string | null;
  relationship: Relationship | null;
  prospectSince: string | null;
}

export interface ImportedCounts {
  followers: number;
  following: number;
  posts: number;
  likes: number;
}

export interface FeedingImport {
  id: number;
  fileName: string;
  format: string;
  formatLabel: string;
  importedAt: string;
  capturedAt: string | null;
  profile: boolean;
  followers: number;
  following: number;
  posts: number;
  likes: number;
}

export interface Engagement {
  /** Their own posts (not reposts) whose like counts the imports state. */
  posts: number;
  averageLikes: number;
  averageReposts: number | null;
  mostLiked: { text: string; likes: number; createdAt: string | null } | null;
}

/** The reads behind a brief: every one aggregates in SQL or is bounded by a LIMIT. */
export class BriefRepo {
  constructor(private readonly db: Db) {}

  profile(accountId: number): ProspectProfile | undefined {
    return this.db
      .prepare<[number], ProspectProfile>(
        `SELECT a.id, a.network, a.external_id AS externalId, a.handle, a.name, a.bio, a.location, a.url,
           a.followers_count AS followersCount, a.following_count AS followingCount,
           a.posts_count AS postsCount, a.created_at AS createdAt, a.profile_seen_at AS profileSeenAt,
           pe.display_name AS personName, pe.relationship,
           (SELECT added_at FROM prospects WHERE account_id = a.id) AS prospectSince
         FROM accounts a
         LEFT JOIN person_accounts pa ON pa.account_id = a.id AND pa.status = 'confirmed'
         LEFT JOIN people pe ON pe.id = pa.person_id
         WHERE a.id = ? ORDER BY pe.id LIMIT 1`,
      )
      .get(accountId);
  }

  importedCounts(accountId: number): ImportedCounts {
    return this.db
      .prepare<{ id: number }, ImportedCounts>(
        `SELECT (SELECT count(*) FROM follows WHERE followee_id = @id) AS followers,
                (SELECT count(*) FROM follows WHERE follower_id = @id) AS following,
                (SELECT count(*) FROM posts WHERE author_id = @id) AS posts,
                (SELECT count(*) FROM likes WHERE account_id = @id) AS likes`,
      )
      .get({ id: accountId })!;
  }

  /** Locations their imported followers state, as written, most common first. */
  followerLocations(accountId: number, limit: number): { location: string; count: number }[] {
    return this.db
      .prepare<[number, number], { location: string; count: number }>(
        `SELECT trim(a.location) AS location, count(*) AS count
         FROM follows f JOIN accounts a ON a.id = f.follower_id
         WHERE f.followee_id = ? AND a.location IS NOT NULL AND trim(a.location) != ''
         GROUP BY lower(trim(a.location)) ORDER BY count DESC LIMIT ?`,
      )
      .all(accountId, limit);
  }

  followersWithLocation(accountId: number): number {
    return Number(
      this.db
        .prepare(
          `SELECT count(*) FROM follows f JOIN accounts a ON a.id = f.follower_id
           WHERE f.followee_id = ? AND a.location IS NOT NULL AND trim(a.location) != ''`,
        )
        .pluck()
        .get(accountId),
    );
  }

  /** The imports that brought something about the account, with what each brought. */
  feedingImports(accountId: number): FeedingImport[] {
    return this.db
      .prepare<
        { id: number },
        Omit<FeedingImport, 'profile' | 'formatLabel'> & { profile: number; summary: string }
      >(
        `WITH contributions(source_id, profile, followers, following, posts, likes) AS (
           SELECT source_id, 1, 0, 0, 0, 0 FROM account_sources WHERE account_id = @id AND profile_json IS NOT NULL
           UNION ALL
           SELECT source_id, 0, 0, 0, 0, 0 FROM account_sources WHERE account_id = @id AND profile_json IS NULL
           UNION ALL
           SELECT fs.source_id, 0, count(*), 0, 0, 0 FROM follows f
             JOIN follow_sources fs ON fs.follower_id = f.follower_id AND fs.followee_id = f.followee_id
             WHERE f.followee_id = @id GROUP BY fs.source_id
           UNION ALL
           SELECT source_id, 0, 0, count(*), 0, 0 FROM follow_sources WHERE follower_id = @id GROUP BY source_id
           UNION ALL
           SELECT ps.source_id, 0, 0, 0, count(*), 0 FROM posts p JOIN post_sources ps ON ps.post_id = p.id
             WHERE p.author_id = @id GROUP BY ps.source_id
           UNION ALL
           SELECT source_id, 0, 0, 0, 0, count(*) FROM like_sources WHERE account_id = @id GROUP BY source_id
         )
         SELECT s.id, s.file_name AS fileName, s.format, s.summary_json AS summary,
           s.imported_at AS importedAt, s.captured_at AS capturedAt,
           max(c.profile) AS profile, sum(c.followers) AS followers, sum(c.following) AS following,
           sum(c.posts) AS posts, sum(c.likes) AS likes
         FROM contributions c JOIN sources s ON s.id = c.source_id
         GROUP BY s.id ORDER BY s.imported_at, s.id`,
      )
      .all({ id: accountId })
      .map(({ summary, ...row }) => ({
        ...row,
        profile: row.profile === 1,
        formatLabel: formatLabelOf(summary) ?? row.format,
      }));
  }

  engagement(accountId: number): Engagement | null {
    const row = this.db
      .prepare<[number], { posts: number; averageLikes: number | null; averageReposts: number | null }>(
        `SELECT count(*) AS posts, avg(like_count) AS averageLikes, avg(repost_count) AS averageReposts
         FROM posts WHERE author_id = ? AND kind != 'repost' AND like_count IS NOT NULL`,
      )
      .get(accountId)!;
    if (row.posts === 0 || row.averageLikes === null) return null;
    const mostLiked =
      this.db
        .prepare<[number], { text: string; likes: number; createdAt: string | null }>(
          `SELECT text, like_count AS likes, created_at AS createdAt FROM posts
           WHERE author_id = ? AND kind != 'repost' AND like_count IS NOT NULL
           ORDER BY like_count DESC, created_at DESC LIMIT 1`,
        )
        .get(accountId) ?? null;
    return {
      posts: row.posts,
      averageLikes: row.averageLikes,
      averageReposts: row.averageReposts,
      mostLiked,
    };
  }

  /** Where each post lives on its network, for links: network id and author handle. */
  postRefs(ids: number[]): Map<number, { network: NetworkName; externalId: string; handle: string | null }> {
    const stmt = this.db.prepare<
      [number],
      { network: NetworkName; externalId: string; handle: string | null }
    >(
      `SELECT p.network, p.external_id AS externalId, a.handle FROM posts p
       LEFT JOIN accounts a ON a.id = p.author_id WHERE p.id = ?`,
    );
    const refs = new Map<number, { network: NetworkName; externalId: string; handle: string | null }>();
    for (const id of ids) {
      const ref = stmt.get(id);
      if (ref) refs.set(id, ref);
    }
    return refs;
  }

  redactedAccounts(ids: number[]): RedactedAccount[] {
    const stmt = this.db.prepare<[number], RedactedAccount>(
      'SELECT id, handle, name FROM accounts WHERE id = ?',
    );
    return ids.map((id) => stmt.get(id)).filter((a): a is RedactedAccount => a !== undefined);
  }

  redactedPeople(ids: number[]): RedactedPerson[] {
    const person = this.db.prepare<[number], { id: number; name: string }>(
      'SELECT id, display_name AS name FROM people WHERE id = ?',
    );
    const accounts = this.db.prepare<[number], RedactedAccount>(
      `SELECT a.id, a.handle, a.name FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id
       WHERE pa.person_id = ? AND pa.status != 'rejected' ORDER BY a.id`,
    );
    return ids
      .map((id) => person.get(id))
      .filter((p): p is { id: number; name: string } => p !== undefined)
      .map((p) => ({ ...p, accounts: accounts.all(p.id) }));
  }
}

function formatLabelOf(summaryJson: string): string | undefined {
  try {
    const summary = JSON.parse(summaryJson) as { formatLabel?: unknown };
    return typeof summary.formatLabel === 'string' ? summary.formatLabel : undefined;
  } catch {
    return undefined;
  }
}
