import type { PersonLinkDto } from '../../../../common/dto';

export type QueueAction = 'next' | 'previous' | 'accept' | 'reject' | 'notThisPerson';

const keys: Record<string, QueueAction> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'accept',
  r: 'reject',
  n: 'notThisPerson',
};

/** What a key does in the review queue; null for any other key. */
export function keyAction(key: string): QueueAction | null {
  return keys[key] ?? null;
}

/** The selected index after a move, or after a decision took the selected row out ("stay"). */
export function nextSelection(
  queue: readonly unknown[],
  selected: number,
  move: 'next' | 'previous' | 'stay',
): number {
  if (queue.length === 0) return -1;
  const wanted = move === 'next' ? selected + 1 : move === 'previous' ? selected - 1 : selected;
  return Math.min(Math.max(wanted, 0), queue.length - 1);
}

/**
 * The suggestions bulk accept confirms: those at or above the threshold, most likely first, and
 * no two for one account or for one person on one network (confirming one drops the others).
 */
export function aboveThreshold(queue: readonly PersonLinkDto[], threshold: number): PersonLinkDto[] {
  const accounts = new Set<number>();
  const personNetworks = new Set<string>();
  const chosen: PersonLinkDto[] = [];
  for (const link of [...queue].sort((a, b) => b.confidence - a.confidence)) {
    if (link.confidence < threshold) break;
    const personNetwork = `${link.personId}:${link.network}`;
    if (accounts.has(link.accountId) || personNetworks.has(personNetwork)) continue;
    accounts.add(link.accountId);
    personNetworks.add(personNetwork);
    chosen.push(link);
  }
  return chosen;
}
