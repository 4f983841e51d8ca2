import type { Db } from './sqlite';

/** Placeholder external id for an account known only by handle, until a record brings its id. */
export function handlePlaceholderId(handle: string): string {
  return `handle:${handle.toLowerCase()}`;
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
    this.insert = db
      .prepare<[string, string, string | null], number>(
        'INSERT INTO accounts(network, external_id, handle) VALUES (?, ?, ?) RETURNING id',
      )
      .pluck();
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
    this.insertWithProfile = db
      .prepare<
        [
          string,
          string,
          string | null,
          string | null,
          string | null,
          string | null,
          string | null,
          number | null,
          number | null,
          number | null,
          string | null,
          string | null,
        ],
        number
      >(
        `INSERT INTO accounts(network, external_id, handle, name, bio, location, url, followers_count, following_count,
           posts_count, created_at, profile_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .pluck();
    this.putSnapshot = db.prepare<[number, number, string | null, string]>(
      'INSERT OR REPLACE INTO account_sources(account_id, source_id, observed_at, profile_json) VALUES (?, ?, ?, ?)',
    );
    this.snapshots = db.prepare<[number], { profile_json: string }>(
      `SELECT profile_json FROM account_sources s JOIN sources src ON src.id = s.source_id
       WHERE s.account_id = ? AND s.profile_json IS NOT NULL
       ORDER BY coalesce(s.observed_at, src.captured_at, src.imported_at) DESC, s.source_id DESC`,
    );
    this.applyProfile = db.prepare<
      [
        string | null,
        string | null,
        string | null,
        string | null,
        string | null,
        number | null,
        number | null,
        number | null,
        string | null,
        string | null,
        number,
      ]
    >(
      `UPDATE accounts SET handle = coalesce(?, handle), name = ?, bio = ?, location = ?, url = ?,
         followers_count = ?, following_count = ?, posts_count = ?, created_at = ?, profile_seen_at = ?
       WHERE id = ?`,
    );
  }
}
