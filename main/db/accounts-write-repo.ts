import type { RunResult } from 'better-sqlite3';
import type { Db } from './sqlite';

/** An account's profile columns, as an import writes them (null: not stated). */
export interface AccountProfile {
  handle: string | null;
  name?: string | null;
  bio?: string | null;
  location?: string | null;
  url?: string | null;
  followersCount?: number | null;
  followingCount?: number | null;
  postsCount?: number | null;
  createdAt?: string | null;
  profileSeenAt?: string | null;
}

/** The profile's values in the statements' column order; absent fields are written as null. */
function profileValues(p: AccountProfile) {
  return [
    p.handle,
    p.name ?? null,
    p.bio ?? null,
    p.location ?? null,
    p.url ?? null,
    p.followersCount ?? null,
    p.followingCount ?? null,
    p.postsCount ?? null,
    p.createdAt ?? null,
    p.profileSeenAt ?? null,
  ] as const;
}

type ProfileValues = ReturnType<typeof profileValues>;

/** Placeholder external id for an account known only by handle, until a record brings its id. */
export function handlePlaceholderId(handle: string): string {
  return `handle:${handle.toLowerCase()}`;
}

/** The id an insert of one account created, or undefined when the account already existed. */
function insertedId(result: RunResult): number | undefined {
  return result.changes ? Number(result.lastInsertRowid) : undefined;
}

/** How the import writer finds, creates and merges accounts, and keeps what each import stated. */
export class AccountsWriteRepo {
  private readonly byExternalId;
  private readonly byHandle;
  private readonly insertStmt;
  private readonly setHandleStmt;
  private readonly promoteStmt;
  private readonly linkSourceStmt;
  private readonly anyPlaceholder;
  private readonly insertWithProfileStmt;
  private readonly putSnapshotStmt;
  private readonly snapshotsStmt;
  private readonly applyProfileStmt;
  private readonly maxId;
  private readonly deferFts;
  private readonly indexFtsAbove;
  private readonly endFtsDeferral;

  constructor(private readonly db: Db) {
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
    this.insertStmt = db.prepare<[string, string, string | null]>(
      `INSERT INTO accounts(network, external_id, handle) VALUES (?, ?, ?)
       ON CONFLICT(network, external_id) DO NOTHING`,
    );
    this.setHandleStmt = db.prepare<[string, number]>(
      'UPDATE accounts SET handle = ? WHERE id = ? AND handle IS NULL',
    );
    this.promoteStmt = db.prepare<[string, number]>('UPDATE accounts SET external_id = ? WHERE id = ?');
    this.linkSourceStmt = db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO account_sources(account_id, source_id) VALUES (?, ?)',
    );
    this.anyPlaceholder = db.prepare(
      "SELECT 1 FROM accounts WHERE network IN ('x', 'bluesky', 'mastodon') AND external_id >= 'handle:' AND external_id < 'handle;' LIMIT 1",
    );
    this.insertWithProfileStmt = db.prepare<[network: string, externalId: string, ...ProfileValues]>(
      `INSERT INTO accounts(network, external_id, handle, name, bio, location, url, followers_count, following_count,
           posts_count, created_at, profile_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(network, external_id) DO NOTHING`,
    );
    this.putSnapshotStmt = db.prepare<[number, number, string | null, string]>(
      'INSERT OR REPLACE INTO account_sources(account_id, source_id, observed_at, profile_json) VALUES (?, ?, ?, ?)',
    );
    this.snapshotsStmt = db
      .prepare<[number], string>(
        `SELECT profile_json FROM account_sources s JOIN sources src ON src.id = s.source_id
         WHERE s.account_id = ? AND s.profile_json IS NOT NULL
         ORDER BY coalesce(s.observed_at, src.captured_at, src.imported_at) DESC, s.source_id DESC`,
      )
      .pluck();
    // The handle falls back to the current one: an account's handle is never unset.
    this.applyProfileStmt = db.prepare<[...ProfileValues, id: number]>(
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

  idByExternalId(network: string, externalId: string): number | undefined {
    return this.byExternalId.get(network, externalId);
  }

  /** The account with this handle (any case), its real one before a placeholder. */
  idByHandle(network: string, handle: string): number | undefined {
    return this.byHandle.get(network, handle);
  }

  /** Creates an account with no profile; its id, or undefined when it already exists. */
  insert(network: string, externalId: string, handle: string | null): number | undefined {
    return insertedId(this.insertStmt.run(network, externalId, handle));
  }

  /** Creates an account with its profile; its id, or undefined when it already exists. */
  insertWithProfile(network: string, externalId: string, profile: AccountProfile): number | undefined {
    return insertedId(this.insertWithProfileStmt.run(network, externalId, ...profileValues(profile)));
  }

  setHandleIfMissing(id: number, handle: string): void {
    this.setHandleStmt.run(handle, id);
  }

  /** Gives a handle-only placeholder the network id a later record brought. */
  promotePlaceholder(id: number, externalId: string): void {
    this.promoteStmt.run(externalId, id);
  }

  /** Whether any account is known by handle only (most workspaces have none). */
  hasPlaceholders(): boolean {
    return this.anyPlaceholder.get() !== undefined;
  }

  /** Ties an account to an import that names it. */
  linkSource(accountId: number, sourceId: number): void {
    this.linkSourceStmt.run(accountId, sourceId);
  }

  /** Records the profile an import states for an account (replacing its earlier statement). */
  putSnapshot(accountId: number, sourceId: number, observedAt: string | null, profileJson: string): void {
    this.putSnapshotStmt.run(accountId, sourceId, observedAt, profileJson);
  }

  /** The profiles imports stated for an account, as JSON, newest observation first. */
  profileSnapshots(accountId: number): string[] {
    return this.snapshotsStmt.all(accountId);
  }

  /** Sets an account's profile columns (a null handle keeps the current one). */
  applyProfile(accountId: number, profile: AccountProfile): void {
    this.applyProfileStmt.run(...profileValues(profile), accountId);
  }

  /**
   * Leaves accounts created from now on out of full-text search until indexDeferred, which
   * indexes them in one statement. Returns the id above which accounts are deferred.
   */
  deferSearchIndex(): number {
    const above = this.maxId.get()!;
    this.deferFts.run(above);
    return above;
  }

  /** Indexes the accounts created since deferSearchIndex, and indexes by trigger again. */
  indexDeferred(above: number): void {
    this.indexFtsAbove.run(above);
    this.endFtsDeferral.run();
  }

  /** Sets aside the accounts indexes no import reads, until the suspension is restored. */
  suspendIndexes(): IndexSuspension {
    return IndexSuspension.begin(this.db);
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
