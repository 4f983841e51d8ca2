import type { Db } from './sqlite';

/** An account as naming and merging see it. */
export interface AccountIdentity {
  id: number;
  network: string;
  externalId: string;
  handle: string | null;
  name: string | null;
}

export { isKnownOnlyByHandle as isHandlePlaceholder } from '../../common/unknown-account';

/**
 * Who an account is: naming one known only by its id, and merging two rows that turn out to be
 * one account. Every statement runs inside the caller's transaction.
 */
export class AccountIdentityRepo {
  private readonly byId;
  private readonly byHandle;
  private readonly byExternalId;
  private readonly setHandleStmt;
  private readonly setNameStmt;
  private readonly ownerOf;

  constructor(private readonly db: Db) {
    const columns = 'SELECT id, network, external_id AS externalId, handle, name FROM accounts';
    this.byId = db.prepare<[number], AccountIdentity>(`${columns} WHERE id = ?`);
    this.byHandle = db.prepare<[string, string, number], AccountIdentity>(
      `${columns} WHERE network = ? AND handle = ? COLLATE NOCASE AND id <> ? ORDER BY id`,
    );
    this.byExternalId = db.prepare<[string, string], AccountIdentity>(
      `${columns} WHERE network = ? AND external_id = ?`,
    );
    this.setHandleStmt = db.prepare<[string, number]>('UPDATE accounts SET handle = ? WHERE id = ?');
    this.setNameStmt = db.prepare<[string | null, number]>('UPDATE accounts SET name = ? WHERE id = ?');
    this.ownerOf = db.prepare<[number]>('SELECT 1 FROM sources WHERE owner_account_id = ? LIMIT 1');
  }

  /** Runs `work` as one write transaction: all of it lands, or (it throws) none of it. */
  inTransaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  get(id: number): AccountIdentity | undefined {
    return this.byId.get(id);
  }

  byNetworkId(network: string, externalId: string): AccountIdentity | undefined {
    return this.byExternalId.get(network, externalId);
  }

  /** The other accounts on the network with this handle (any case). */
  othersWithHandle(network: string, handle: string, exceptId: number): AccountIdentity[] {
    return this.byHandle.all(network, handle, exceptId);
  }

  /** Whether an import is this account's archive or list. */
  ownsAnImport(id: number): boolean {
    return this.ownerOf.get(id) !== undefined;
  }

  setHandle(id: number, handle: string): void {
    this.setHandleStmt.run(handle, id);
  }

  setName(id: number, name: string | null): void {
    this.setNameStmt.run(name, id);
  }

  /**
   * Moves everything `goneId` holds to `keptId` and deletes it: profiles stated by each import,
   * follows, posts, mentions, likes, links to people and decisions about them, categories, the
   * prospect and its note, the organisation set for it. Rows both held collapse into one, each
   * keeping every import that brought it.
   */
  merge(keptId: number, goneId: number): void {
    const kept = this.get(keptId);
    const gone = this.get(goneId);
    if (!kept || !gone || keptId === goneId) throw new Error(`Cannot merge account ${goneId} into ${keptId}`);
    const ids = { k: keptId, g: goneId };
    const mapped = (column: string) => `CASE ${column} WHEN :g THEN :k ELSE ${column} END`;
    const run = (sql: string, params: Record<string, unknown> = ids) => this.db.prepare(sql).run(params);

    run(
      `INSERT INTO account_sources(account_id, source_id, observed_at, profile_json)
         SELECT :k, source_id, observed_at, profile_json FROM account_sources WHERE account_id = :g
       ON CONFLICT(account_id, source_id) DO UPDATE SET
         observed_at = coalesce(account_sources.observed_at, excluded.observed_at),
         profile_json = coalesce(account_sources.profile_json, excluded.profile_json)`,
    );
    // An edge between the two would become a self-follow: it goes with the merged-away row.
    run(
      `INSERT OR IGNORE INTO follows(follower_id, followee_id)
         SELECT ${mapped('follower_id')}, ${mapped('followee_id')} FROM follows
         WHERE (follower_id = :g OR followee_id = :g) AND ${mapped('follower_id')} <> ${mapped('followee_id')}`,
    );
    run(
      `INSERT OR IGNORE INTO follow_sources(follower_id, followee_id, source_id)
         SELECT ${mapped('follower_id')}, ${mapped('followee_id')}, source_id FROM follow_sources
         WHERE (follower_id = :g OR followee_id = :g) AND ${mapped('follower_id')} <> ${mapped('followee_id')}`,
    );
    run('UPDATE posts SET author_id = :k WHERE author_id = :g');
    run('UPDATE posts SET reply_to_account_id = :k WHERE reply_to_account_id = :g');
    run(
      'INSERT OR IGNORE INTO post_mentions(post_id, account_id) SELECT post_id, :k FROM post_mentions WHERE account_id = :g',
    );
    run(
      `INSERT INTO likes(account_id, post_id, liked_at) SELECT :k, post_id, liked_at FROM likes WHERE account_id = :g
       ON CONFLICT(account_id, post_id) DO UPDATE SET liked_at = coalesce(likes.liked_at, excluded.liked_at)`,
    );
    run(
      `INSERT OR IGNORE INTO like_sources(account_id, post_id, source_id)
         SELECT :k, post_id, source_id FROM like_sources WHERE account_id = :g`,
    );
    // A decision the user made outranks a suggestion; a confirmation outranks an undecided link.
    run(
      `INSERT INTO person_accounts(person_id, account_id, status, evidence, decided, confidence, evidence_json)
         SELECT person_id, :k, status, evidence, decided, confidence, evidence_json FROM person_accounts WHERE account_id = :g
       ON CONFLICT(person_id, account_id) DO UPDATE SET
         status = excluded.status, evidence = excluded.evidence, decided = excluded.decided,
         confidence = excluded.confidence, evidence_json = excluded.evidence_json
       WHERE excluded.decided > person_accounts.decided
          OR (excluded.decided = person_accounts.decided AND excluded.status = 'confirmed' AND person_accounts.status <> 'confirmed')`,
    );
    const keys = { ...ids, network: kept.network, kext: kept.externalId, gext: gone.externalId };
    run(
      `INSERT OR IGNORE INTO link_decisions(person_key, network, external_id, status)
         SELECT person_key, network, :kext, status FROM link_decisions WHERE network = :network AND external_id = :gext`,
      keys,
    );
    run('DELETE FROM link_decisions WHERE network = :network AND external_id = :gext', keys);
    run(
      `INSERT OR IGNORE INTO prospect_organisations(network, external_id, organisation, updated_at)
         SELECT network, :kext, organisation, updated_at FROM prospect_organisations WHERE network = :network AND external_id = :gext`,
      keys,
    );
    run('DELETE FROM prospect_organisations WHERE network = :network AND external_id = :gext', keys);
    run(
      `INSERT INTO account_categories(account_id, category_id, manual)
         SELECT :k, category_id, manual FROM account_categories WHERE account_id = :g
       ON CONFLICT(account_id, category_id) DO UPDATE SET manual = max(account_categories.manual, excluded.manual)`,
    );
    this.mergeProspects(keptId, goneId);
    run('UPDATE sources SET owner_account_id = :k WHERE owner_account_id = :g');
    run('DELETE FROM accounts WHERE id = :g');
    // Its lookup keys for matching people are computed again from the merged profile.
    run('UPDATE accounts SET match_keys_fresh = 0 WHERE id = :k');
  }

  /** The prospect and its note go to the kept account; two notes become one, the kept one's first. */
  private mergeProspects(keptId: number, goneId: number): void {
    const prospectOf = this.db
      .prepare<[number], number>('SELECT id FROM prospects WHERE account_id = ?')
      .pluck();
    const goneProspect = prospectOf.get(goneId);
    if (goneProspect === undefined) return;
    const keptProspect = prospectOf.get(keptId);
    if (keptProspect === undefined) {
      this.db.prepare('UPDATE prospects SET account_id = ? WHERE id = ?').run(keptId, goneProspect);
      return;
    }
    const note = this.db.prepare<[number], { id: number; body: string }>(
      'SELECT id, body FROM notes WHERE prospect_id = ?',
    );
    const goneNote = note.get(goneProspect);
    const keptNote = note.get(keptProspect);
    if (goneNote && keptNote) {
      const body = [keptNote.body, goneNote.body].filter((text) => text.trim() !== '').join('\n\n');
      this.db
        .prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?')
        .run(body, new Date().toISOString(), keptNote.id);
    } else if (goneNote) {
      this.db.prepare('UPDATE notes SET prospect_id = ? WHERE id = ?').run(keptProspect, goneNote.id);
    }
    this.db.prepare('DELETE FROM prospects WHERE id = ?').run(goneProspect);
  }
}
