import type { DuplicateGroupDto } from '../../../../common/person-merge-dto';

export type DuplicateAction =
  | { kind: 'next' | 'previous' | 'merge' | 'notSame' }
  /** Which record of the group to keep: 0 for the first. */
  | { kind: 'keep'; index: number };

/** What a key does in the duplicates review; null for any other key. */
export function duplicateKeyAction(key: string): DuplicateAction | null {
  if (key === 'j' || key === 'ArrowDown') return { kind: 'next' };
  if (key === 'k' || key === 'ArrowUp') return { kind: 'previous' };
  if (key === 'm') return { kind: 'merge' };
  if (key === 'n') return { kind: 'notSame' };
  if (/^[1-9]$/.test(key)) return { kind: 'keep', index: Number(key) - 1 };
  return null;
}

/** A group as the review tells it apart from the others: its people's ids. */
export function groupKey(group: DuplicateGroupDto): string {
  return group.people.map((person) => person.id).join('+');
}

/** The kept record's id: the one chosen, else the first (most sources). */
export function keptId(group: DuplicateGroupDto, chosen: number | undefined): number {
  return group.people.some((person) => person.id === chosen) ? chosen! : group.people[0]!.id;
}

/** The relationships the group's records have, when they differ: the user then picks one. */
export function differingRelationships(group: DuplicateGroupDto) {
  const found = [...new Set(group.people.map((person) => person.relationship))];
  return found.length > 1 ? found : [];
}
