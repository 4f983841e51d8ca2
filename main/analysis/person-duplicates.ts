import { foldText } from './person-match/fold';
import { companyPhrase } from './person-match/organisations';

/** A person as the duplicate finder reads them. */
export interface DuplicateCandidate {
  id: number;
  /** The person's source key, then the keys of the people merged into them. */
  keys: readonly string[];
  displayName: string;
  company: string | null;
  email: string | null;
  /** Their profile page as a contact record states it (LinkedIn's URL column). */
  profileUrl?: string | null;
  /** How many imports name them: the one with most is offered as the one to keep. */
  sourceCount: number;
}

export type DuplicateReason = 'email' | 'profile' | 'name-company';

/** Why two records look like one person, in the user's words. */
export interface DuplicateEvidence {
  kind: DuplicateReason;
  text: string;
}

/** People who look like one person, the suggested one to keep first. */
export interface DuplicateGroup {
  personIds: number[];
  evidence: DuplicateEvidence[];
}

/** An e-mail as a key: trimmed, lower-cased, without `mailto:`. */
export function normaliseEmail(value: string): string | undefined {
  const text = value
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  return /^[^\s@/|]+@[^\s@/|]+\.[^\s@/|]+$/.test(text) ? text : undefined;
}

/**
 * A profile URL as a key: scheme, `www.` (and LinkedIn's country subdomains), query, fragment,
 * trailing slashes, percent-escapes and case do not matter. Undefined for what is not a URL.
 */
export function normaliseProfileUrl(value: string): string | undefined {
  let text = value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray % stays as written.
  }
  text = text.replace(/^www\./, '').replace(/^[a-z]{2}\.linkedin\.com\//, 'linkedin.com/');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S+$/.test(text) ? text : undefined;
}

function identities(person: DuplicateCandidate): { kind: DuplicateReason; key: string; text: string }[] {
  const found: { kind: DuplicateReason; key: string; text: string }[] = [];
  for (const raw of [person.email, person.profileUrl, ...person.keys]) {
    if (!raw) continue;
    const email = normaliseEmail(raw);
    if (email) found.push({ kind: 'email', key: `e:${email}`, text: `same e-mail ${email}` });
    const profile = email ? undefined : normaliseProfileUrl(raw);
    if (profile) found.push({ kind: 'profile', key: `u:${profile}`, text: `same profile ${profile}` });
  }
  const name = foldText(person.displayName);
  // "S.L." and "S.A." as one word, so that the legal form drops as "SL" does.
  const company = companyPhrase(person.company?.replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1'));
  if (name && company) {
    found.push({
      kind: 'name-company',
      key: `n:${name}|${company}`,
      text: `same name and company: ${person.displayName}, ${person.company}`,
    });
  }
  return found;
}

/**
 * More records than one person has sources for: an identity this common is a placeholder (the
 * samples' "redacted@example.com" on 36 LinkedIn connections, LinkedIn's own for hidden addresses).
 */
export const MAX_RECORDS_OF_ONE_PERSON = 4;

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/**
 * Groups of people that share a normalised e-mail, a normalised profile URL, or the same folded
 * name and company, each with its evidence; an identity more than MAX_RECORDS_OF_ONE_PERSON
 * share joins nobody. A pair the user said are not the same person (any
 * key of one with any key of the other in `rejected`) is never joined by their own evidence; a
 * group is the people joined through such links. The one with most sources comes first.
 */
export function findDuplicates(
  people: readonly DuplicateCandidate[],
  rejected: Iterable<readonly [string, string]> = [],
): DuplicateGroup[] {
  const rejectedPairs = new Set<string>();
  for (const [a, b] of rejected) rejectedPairs.add(pairKey(a, b));
  const isRejected = (a: DuplicateCandidate, b: DuplicateCandidate) =>
    rejectedPairs.size > 0 && a.keys.some((ka) => b.keys.some((kb) => rejectedPairs.has(pairKey(ka, kb))));

  const byId = new Map(people.map((person) => [person.id, person]));
  const holders = new Map<string, { ids: number[]; kind: DuplicateReason; text: string }>();
  // By id, so that the evidence quotes the same record whatever the input order.
  for (const person of [...people].sort((a, b) => a.id - b.id)) {
    for (const { kind, key, text } of identities(person)) {
      const entry = holders.get(key);
      if (!entry) holders.set(key, { ids: [person.id], kind, text });
      else if (!entry.ids.includes(person.id)) entry.ids.push(person.id);
    }
  }

  // Union-find over the pairs that share a key and were not rejected.
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let at = id;
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  const evidenceOf = new Map<number, Map<string, DuplicateEvidence>>();
  for (const { ids, kind, text } of holders.values()) {
    if (ids.length > MAX_RECORDS_OF_ONE_PERSON) continue;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = byId.get(ids[i]!)!;
        const b = byId.get(ids[j]!)!;
        if (isRejected(a, b)) continue;
        const ra = root(a.id);
        const rb = root(b.id);
        const [low, high] = ra < rb ? [ra, rb] : [rb, ra];
        parent.set(low, low);
        if (low !== high) {
          parent.set(high, low);
          const merged = evidenceOf.get(low) ?? new Map<string, DuplicateEvidence>();
          for (const [t, e] of evidenceOf.get(high) ?? []) merged.set(t, e);
          evidenceOf.set(low, merged);
          evidenceOf.delete(high);
        }
        const evidence = evidenceOf.get(low) ?? new Map<string, DuplicateEvidence>();
        evidence.set(text, { kind, text });
        evidenceOf.set(low, evidence);
      }
    }
  }

  const members = new Map<number, number[]>();
  for (const id of parent.keys()) {
    const r = root(id);
    members.set(r, [...(members.get(r) ?? []), id]);
  }
  const order: DuplicateReason[] = ['email', 'profile', 'name-company'];
  const groups: DuplicateGroup[] = [];
  for (const [r, ids] of members) {
    const sorted = ids
      .map((id) => byId.get(id)!)
      .sort((a, b) => b.sourceCount - a.sourceCount || a.id - b.id)
      .map((person) => person.id);
    const evidence = [...(evidenceOf.get(r)?.values() ?? [])].sort(
      (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.text.localeCompare(b.text),
    );
    groups.push({ personIds: sorted, evidence });
  }
  const nameOf = (group: DuplicateGroup) => foldText(byId.get(group.personIds[0]!)!.displayName);
  return groups.sort((a, b) => nameOf(a).localeCompare(nameOf(b)) || a.personIds[0]! - b.personIds[0]!);
}
