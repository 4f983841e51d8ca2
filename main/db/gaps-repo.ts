import type { GapsAccount, GapsSnapshot, ImportedPart, PersonAccount } from '../analysis/gaps';
import type { Db } from './sqlite';

/** The date an import's data is from: when it was captured, else when it was imported. */
const SOURCE_DATE = 'coalesce(s.captured_at, s.imported_at)';

const ACCOUNT_COLUMNS = `a.id AS accountId, a.network, a.handle, a.name, a.external_id AS externalId,
  a.followers_count AS followersCount, a.following_count AS followingCount, a.posts_count AS postsCount`;

/**
 * Mail and calendar arrive with migration 012 (`messages`, `meetings`, each with a `<row>_sources`
 * table): read only when the workspace has them.
 */
const OPTIONAL_TABLES = {
  mail: { table: 'messages', sources: 'message_sources' },
  calendar: { table: 'meetings', sources: 'meeting_sources' },
} as const;

/** What a gap analysis needs, read from the workspace in a handful of indexed statements. */
export class GapsRepo {
  constructor(private readonly db: Db) {}

  account(accountId: number): GapsAccount | undefined {
    return this.db
      .prepare<[number], GapsAccount>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = ?`)
      .get(accountId);
  }

  snapshot(accountId: number): GapsSnapshot | undefined {
    const prospect = this.account(accountId);
    if (!prospect) return undefined;
    return {
      prospect,
      posts: this.part(
        `SELECT count(DISTINCT p.id) AS count, max(${SOURCE_DATE}) AS newestImportAt
         FROM posts p LEFT JOIN post_sources ps ON ps.post_id = p.id LEFT JOIN sources s ON s.id = ps.source_id
         WHERE p.author_id = @id`,
        accountId,
      ),
      likes: this.part(
        `SELECT (SELECT count(*) FROM likes WHERE account_id = @id) AS count,
           (SELECT max(${SOURCE_DATE}) FROM like_sources ls JOIN sources s ON s.id = ls.source_id WHERE ls.account_id = @id) AS newestImportAt`,
        accountId,
      ),
      // Through the follows index, then each edge's sources by their primary key.
      followers: this.part(
        `SELECT (SELECT count(*) FROM follows WHERE followee_id = @id) AS count,
           (SELECT max(${SOURCE_DATE}) FROM follows f
              JOIN follow_sources fs ON fs.follower_id = f.follower_id AND fs.followee_id = f.followee_id
              JOIN sources s ON s.id = fs.source_id
            WHERE f.followee_id = @id) AS newestImportAt`,
        accountId,
      ),
      following: this.part(
        `SELECT (SELECT count(*) FROM follows WHERE follower_id = @id) AS count,
           (SELECT max(${SOURCE_DATE}) FROM follow_sources fs JOIN sources s ON s.id = fs.source_id
            WHERE fs.follower_id = @id) AS newestImportAt`,
        accountId,
      ),
      peopleAccounts: this.peopleAccounts(accountId),
      peopleWithoutAccount: Number(
        this.db
          .prepare(
            `SELECT count(*) FROM people p WHERE p.relationship <> 'me'
             AND NOT EXISTS (SELECT 1 FROM person_accounts pa WHERE pa.person_id = p.id AND pa.status = 'confirmed')`,
          )
          .pluck()
          .get(),
      ),
      ownArchive: this.part(
        `SELECT count(*) AS count, max(${SOURCE_DATE}) AS newestImportAt FROM sources s
         WHERE s.owner_account_id IN (SELECT pa.account_id FROM person_accounts pa JOIN people p ON p.id = pa.person_id
                                      WHERE p.relationship = 'me' AND pa.status = 'confirmed')`,
      ),
      contacts: this.part(
        `SELECT (SELECT count(*) FROM people WHERE relationship <> 'me') AS count,
           (SELECT max(${SOURCE_DATE}) FROM person_sources ps JOIN sources s ON s.id = ps.source_id
            WHERE s.format NOT IN ('x-archive', 'mastodon', 'bluesky-car')) AS newestImportAt`,
      ),
      mail: this.optionalTable(OPTIONAL_TABLES.mail),
      calendar: this.optionalTable(OPTIONAL_TABLES.calendar),
    };
  }

  private part(sql: string, id?: number): ImportedPart {
    const row = (
      id === undefined
        ? this.db.prepare<[], ImportedPart>(sql).get()
        : this.db.prepare<[{ id: number }], ImportedPart>(sql).get({ id })
    ) as ImportedPart | undefined;
    return { count: Number(row?.count ?? 0), newestImportAt: row?.newestImportAt ?? null };
  }

  /** The confirmed accounts of the user's people (not the prospect itself), with their imported lists. */
  private peopleAccounts(prospectId: number): PersonAccount[] {
    return this.db
      .prepare<[number], PersonAccount>(
        `SELECT ${ACCOUNT_COLUMNS}, p.id AS personId, p.display_name AS personName, p.relationship,
           (SELECT count(*) FROM follows f WHERE f.follower_id = a.id) AS importedFollowing,
           (SELECT count(*) FROM follows f WHERE f.followee_id = a.id) AS importedFollowers
         FROM people p
         JOIN person_accounts pa ON pa.person_id = p.id AND pa.status = 'confirmed'
         JOIN accounts a ON a.id = pa.account_id
         WHERE a.id <> ?
         ORDER BY p.id, a.id`,
      )
      .all(prospectId);
  }

  private optionalTable({
    table,
    sources,
  }: (typeof OPTIONAL_TABLES)[keyof typeof OPTIONAL_TABLES]): ImportedPart | null {
    const present = new Set(
      this.db
        .prepare<[string, string], string>(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)`,
        )
        .pluck()
        .all(table, sources),
    );
    if (!present.has(table)) return null;
    const count = Number(this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    const newestImportAt = present.has(sources)
      ? ((this.db
          .prepare(`SELECT max(${SOURCE_DATE}) FROM ${sources} t JOIN sources s ON s.id = t.source_id`)
          .pluck()
          .get() as string | null) ?? null)
      : null;
    return { count, newestImportAt };
  }
}
