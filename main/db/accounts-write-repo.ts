import type { RunResult } from 'better-sqlite3';
import type { Db } from './sqlite';

/** handle, name, bio, location, url, followers, following, posts, created_at, profile_seen_at. */
type ProfileColumns = [
  handle: string | null,
  name: string | null,
  bio: string | null,
  location: string | null,
  url: string | null,
  followersCount: number | null,
  followingCount: number | null,
  postsCount: number | null,
  createdAt: string | null,
  profileSeenAt: string | null,
];

/** Placeholder external id for an account known only by handle, until a record brings its id. */
export function handlePlaceholderId(handle: string): string {
  return `handle:${handle.toLowerCase()}`;
}

/** The id an insert of one account created, or undefined when the account already existed. */
export function insertedId(result: RunResult): number | undefined {
  return result.changes ? Number(result.lastInsertRowid) : undefined;
}

/** Statements the import writer uses to find, create and merge accounts. */
export class AccountsWriteRepo {
  readonly byExternalId;
  readonly byHandle;
  readonly insert;
  readonly setHandleIfMissing;
  readonly promotePlaceholder;
  readonly linkSource;
  readonly anyPlaceholder;
  readonly insertWithProfile;
  readonly putSnapshot;
  readonly snapshots;
  readonly applyProfile;
  readonly maxId;
  readonly deferFts;
  readonly indexFtsAbove;
  readonly endFtsDeferral;

  constructor(db: Db) {
    this.byExternalId = db
      .prepare<[string, string], number>('SELECT id FROM accounts WHERE network = ? AND external_id = ?')
      .pluck();
    // A real id beats a placeholder when both carry the handle.
    this.byHandle = db
      .prepare<[string, string], number>(
        `SELECT id FROM accounts WHERE network = ? AND handle = ? COLLATE NOCASE
         ORDER BY external_id LIKE 'handle:%', id LIMIT 1`,
      )
      .pluck();
    // Inserts report the new id through insertedId (RETURNING costs more than the row itself).
    this.insert = db.prepare<[string, string, string | null]>(
      `INSERT INTO accounts(network, external_id, handle) VALUES (?, ?, ?)
       ON CONFLICT(network, external_id) DO NOTHING`,
    );
    this.setHandleIfMissing = db.prepare<[string, number]>(
      'UPDATE accounts SET handle = ? WHERE id = ? AND handle IS NULL',
    );
    this.promotePlaceholder = db.prepare<[string, number]>(
      'UPDATE accounts SET external_id = ? WHERE id = ?',
    );
    this.linkSource = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO account_sources(account_id, source_id) VALUES (?, ?)',
    );
    this.anyPlaceholder = db.prepare(
      "SELECT 1 FROM accounts WHERE network IN ('x', 'bluesky', 'mastodon') AND external_id >= 'handle:' AND external_id < 'handle;' LIMIT 1",
    );
    this.insertWithProfile = db.prepare<[network: string, externalId: string, ...ProfileColumns]>(
      `INSERT INTO accounts(network, external_id, handle, name, bio, location, url, followers_count, following_count,
           posts_count, created_at, profile_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(network, external_id) DO NOTHING`,
    );
    this.putSnapshot = db.prepare<[number, number, string | null, string]>(
      'INSERT OR REPLACE INTO account_sources(account_id, source_id, observed_at, profile_json) VALUES (?, ?, ?, ?)',
    );
    this.snapshots = db.prepare<[number], { profile_json: string }>(
      `SELECT profile_json FROM account_sources s JOIN sources src ON src.id = s.source_id
       WHERE s.account_id = ? AND s.profile_json IS NOT NULL
       ORDER BY coalesce(s.observed_at, src.captured_at, src.imported_at) DESC, s.source_id DESC`,
    );
    this.applyProfile = db.prepare<[...ProfileColumns, id: number]>(
      `UPDATE accounts SET handle = coalesce(?, handle), name = ?, bio = ?, location = ?, url = ?,
         followers_count = ?, following_count = ?, posts_count = ?, created_at = ?, profile_seen_at = ?
       WHERE id = ?`,
    );
    this.maxId = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM accounts').pluck();
    // See migration 003: the accounts_fts triggers skip accounts above this id until it is deleted.
    this.deferFts = db.prepare<[number]>('INSERT INTO accounts_fts_deferred(above_id) VALUES (?)');
    this.indexFtsAbove = db.prepare<[number]>(
      'INSERT INTO accounts_fts(rowid, handle, name, bio) SELECT id, handle, name, bio FROM accounts WHERE id > ?',
    );
    this.endFtsDeferral = db.prepare('DELETE FROM accounts_fts_deferred');
  }
}

/**
 * The accounts indexes that no statement of an import reads (name and follower count; the
 * network+id and handle indexes find accounts during the import, so they always stay).
 */
const SUSPENDABLE_INDEXES = ['accounts_by_name', 'accounts_by_followers'];

/**
 * Sets indexes aside for the rest of an import, inside its transaction, and rebuilds them
 * from their own definitions at its end: a rollback brings them back untouched.
 */
export class IndexSuspension {
  private constructor(
    private readonly db: Db,
    private readonly definitions: string[],
  ) {}

  static begin(db: Db): IndexSuspension {
    const definitions: string[] = [];
    const definition = db
      .prepare<[string], string>("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?")
      .pluck();
    for (const name of SUSPENDABLE_INDEXES) {
      const sql = definition.get(name);
      if (!sql) continue;
      definitions.push(sql);
      db.exec(`DROP INDEX ${name}`);
    }
    return new IndexSuspension(db, definitions);
  }

  restore(): void {
    for (const sql of this.definitions) this.db.exec(sql);
  }
}
