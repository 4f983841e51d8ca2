import { nameSpelling } from './fold';
import { NICKNAME_GROUPS } from './nicknames-data';

/** Each line's names spelled as names compare (nameSpelling). */
const GROUPS = NICKNAME_GROUPS.map((line) => line.split(' ').map(nameSpelling));
const groupsOf = new Map<string, number[]>();
GROUPS.forEach((names, group) => {
  for (const name of names) {
    const groups = groupsOf.get(name) ?? [];
    if (!groups.includes(group)) groups.push(group);
    groupsOf.set(name, groups);
  }
});

/** Whether two different given names (as names compare) are known forms of one name ("kate", "katherine"). */
export function areNicknames(a: string, b: string): boolean {
  if (a === b) return false;
  const groups = groupsOf.get(a);
  return groups !== undefined && (groupsOf.get(b) ?? []).some((g) => groups.includes(g));
}

/** The folded given name and every known form of it: "bill" → bill, william, will, liam, … */
export function nameForms(given: string): string[] {
  const forms = new Set([given]);
  for (const group of groupsOf.get(given) ?? []) {
    for (const name of GROUPS[group]!) forms.add(name);
  }
  return [...forms];
}

/** How many pairs the table holds (each line's names taken two at a time). */
export function nicknamePairCount(): number {
  return NICKNAME_GROUPS.reduce((sum, line) => {
    const n = line.split(' ').length;
    return sum + (n * (n - 1)) / 2;
  }, 0);
}
