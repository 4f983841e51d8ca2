// Tests only: records reduced to what a test states about them.
import type { AccountKey, ImportRecord, PersonRecord } from '../importers/records';

/** How many items fall under each key: records by type, posts by kind. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** How many records of each type: `{ account: 178, post: 164, warning: 1 }`. */
export function countTypes(records: readonly ImportRecord[]): Record<string, number> {
  return countBy(records, (record) => record.type);
}

/** A person with its stated accounts as keys only (their evidence is wording); other records as they are. */
export function accountsAsKeys(record: ImportRecord): unknown {
  if (record.type !== 'person') return record;
  const { accounts, ...rest } = record as PersonRecord;
  return accounts ? { ...rest, accounts: accounts.map((a) => a.key) } : rest;
}

/** An account a contact or an archive states, as readers record it: confirmed, with where it was stated. */
export function confirmedAccount(key: Omit<AccountKey, 'network'> & { network: string }, evidence: string) {
  return { key, status: 'confirmed' as const, evidence };
}

/** A person as a reader records it: fields left undefined, or lists left empty, are not there at all. */
export function expectedPerson(fields: { sourceKey: string; displayName: string } & Record<string, unknown>) {
  const present = Object.entries(fields).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return { type: 'person', ...Object.fromEntries(present) };
}
