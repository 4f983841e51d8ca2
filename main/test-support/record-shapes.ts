// Tests only: records reduced to what a test states about them.
import type { ImportRecord, PersonRecord } from '../importers/records';

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
