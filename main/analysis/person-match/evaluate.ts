import { SUGGESTION_THRESHOLD } from './formula';
import { accountKeys, contactKeys } from './keys';
import { matchContact } from './score';
import type { AccountFacts, ContactFacts } from './types';

export interface Judged {
  contact: string;
  accountId: number;
  confidence: number;
  same: boolean;
}

export interface Measure {
  precision: number;
  recall: number;
  suggested: Judged[];
  missed: Judged[];
  wrong: Judged[];
}

/**
 * Runs the matcher as the workspace does (candidates by shared key, then scored together) over
 * labelled contacts and accounts. A pair not labelled true is a different person.
 */
export function measure(
  contacts: readonly (ContactFacts & { key: string })[],
  accounts: readonly AccountFacts[],
  truePairs: ReadonlySet<string>,
  threshold = SUGGESTION_THRESHOLD,
): Measure {
  const byKey = new Map<string, AccountFacts[]>();
  for (const account of accounts) {
    for (const key of accountKeys(account)) byKey.set(key, [...(byKey.get(key) ?? []), account]);
  }
  const scored: Judged[] = [];
  for (const contact of contacts) {
    const keys = contactKeys(contact);
    const candidates = new Set(keys.flatMap((key) => byKey.get(key) ?? []));
    // A handle the contact's position names meets the account's handle (an index of its own).
    const handles = keys.filter((key) => key.startsWith('@:')).map((key) => key.slice(2));
    for (const account of accounts)
      if (handles.includes(account.handle?.toLowerCase() ?? '')) candidates.add(account);
    for (const { accountId, confidence } of matchContact(contact, [...candidates])) {
      scored.push({
        contact: contact.key,
        accountId,
        confidence,
        same: truePairs.has(`${contact.key}:${accountId}`),
      });
    }
  }
  const suggested = scored.filter((s) => s.confidence >= threshold);
  const right = suggested.filter((s) => s.same).length;
  const found = new Set(suggested.filter((s) => s.same).map((s) => `${s.contact}:${s.accountId}`));
  const missed = [...truePairs]
    .filter((pair) => !found.has(pair))
    .map((pair) => {
      const [contact, id] = pair.split(':');
      const hit = scored.find((s) => s.contact === contact && String(s.accountId) === id);
      return hit ?? { contact: contact!, accountId: Number(id), confidence: 0, same: true };
    });
  return {
    precision: suggested.length ? right / suggested.length : 1,
    recall: truePairs.size ? right / truePairs.size : 1,
    suggested,
    missed,
    wrong: suggested.filter((s) => !s.same),
  };
}
