import { createHash, randomBytes } from 'node:crypto';
import { handlePlaceholderId } from './accounts-write-repo';
import type { Db } from './sqlite';

const SALT_KEY = 'suppression_salt';

/** Who an import must skip: an account by network and id, or a contact by its source key. */
export type SuppressedKey =
  { network: string; externalId: string } | { network: 'person'; externalId: string };

/** An account key as import records carry it: an id, a handle, or both. */
export interface RecordKey {
  network: string;
  id?: string | undefined;
  handle?: string | undefined;
}

function digest(salt: string, network: string, externalId: string): string {
  return createHash('sha256').update(`${salt}\u0000${network}\u0000${externalId}`).digest('hex');
}

/** Answers whether a record's key is suppressed, from the hashes held in memory. */
export class SuppressionMatcher {
  constructor(
    private readonly salt: string,
    private readonly hashes: ReadonlySet<string>,
  ) {}

  account(key: RecordKey): boolean {
    if (key.id && this.hashes.has(digest(this.salt, key.network, key.id))) return true;
    const handle = key.handle?.replace(/^@/, '');
    return Boolean(handle) && this.hashes.has(digest(this.salt, key.network, handlePlaceholderId(handle!)));
  }

  person(sourceKey: string): boolean {
    return this.hashes.has(digest(this.salt, 'person', sourceKey));
  }
}

/**
 * "Never import again" entries (migration 011): salted hashes of whom an erase suppressed. The
 * salt is the workspace's own, made with the first entry, so the same id hashes differently in
 * another workspace.
 */
export class SuppressionRepo {
  constructor(private readonly db: Db) {}

  private salt(create: boolean): string | undefined {
    const salt = this.db
      .prepare<[string], string>('SELECT value FROM workspace_meta WHERE key = ?')
      .pluck()
      .get(SALT_KEY);
    if (salt || !create) return salt;
    const fresh = randomBytes(32).toString('hex');
    this.db.prepare('INSERT INTO workspace_meta(key, value) VALUES (?, ?)').run(SALT_KEY, fresh);
    return fresh;
  }

  /**
   * Suppresses each key. An account with a handle is also suppressed by its handle's placeholder
   * id, so a file naming it only by handle (a mention, a handle-only list) is skipped too.
   */
  suppress(keys: readonly SuppressedKey[]): void {
    const salt = this.salt(true)!;
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO suppressed_accounts(hash, suppressed_at) VALUES (?, ?)',
    );
    const at = new Date().toISOString();
    for (const key of keys) insert.run(digest(salt, key.network, key.externalId), at);
  }

  /** The matcher imports use, or null when nobody is suppressed (most workspaces). */
  matcher(): SuppressionMatcher | null {
    const salt = this.salt(false);
    if (!salt) return null;
    const hashes = this.db.prepare<[], string>('SELECT hash FROM suppressed_accounts').pluck().all();
    return hashes.length ? new SuppressionMatcher(salt, new Set(hashes)) : null;
  }
}

/** The keys that suppress an account: its id, and its handle's placeholder id when it has one. */
export function accountKeys(network: string, externalId: string, handle: string | null): SuppressedKey[] {
  const keys: SuppressedKey[] = [{ network, externalId }];
  if (handle && handlePlaceholderId(handle) !== externalId) {
    keys.push({ network, externalId: handlePlaceholderId(handle) });
  }
  return keys;
}
