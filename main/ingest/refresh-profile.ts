import type { AccountsWriteRepo } from '../db/accounts-write-repo';
import type { AccountRecord } from '../importers/records';
import { wellFormed } from '../importers/well-formed';

type Profile = Omit<AccountRecord, 'type' | 'key'> & { handle?: string };

/** Sets an account's columns from its snapshots: per field, the newest import that states it. */
export function refreshProfile(repo: AccountsWriteRepo, accountId: number): void {
  const merged: Profile = {};
  for (const json of repo.profileSnapshots(accountId)) {
    const snapshot = JSON.parse(json) as Profile;
    for (const [field, value] of Object.entries(snapshot)) {
      if (value !== undefined && value !== null && value !== '' && !(field in merged)) {
        // Imports made before text was repaired stored lone surrogates as JSON escapes.
        (merged as Record<string, unknown>)[field] = typeof value === 'string' ? wellFormed(value) : value;
      }
    }
  }
  const { observedAt, ...profile } = merged;
  repo.applyProfile(accountId, { ...profile, handle: merged.handle ?? null, profileSeenAt: observedAt });
}
